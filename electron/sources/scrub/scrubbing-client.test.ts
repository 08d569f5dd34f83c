import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import type { SourceSignals } from '../../../shared/signals/signals.ts';
import { systemClock } from '../../time/clock.ts';
import type { SourceClient, SourceConfig } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { scrubberForSource, scrubbingClient } from './scrubbing-client.ts';

const TOKEN = 'tok-3f9a+/=';
const config: SourceConfig = {
  id: 'am',
  kind: 'alertmanager',
  url: 'http://127.0.0.1:9093',
  username: 'me',
  password: new SecretValue(TOKEN, 'test'),
  interval: 60_000,
  timeout: 2_000,
};
const context = { signal: new AbortController().signal, clock: systemClock };

function clientThatThrows(error: unknown): SourceClient {
  return { poll: () => Promise.reject(error) };
}

describe('scrubbingClient', () => {
  it('scrubs the signals a source sends, e.g. an annotation quoting our credentials', async () => {
    const signals: SourceSignals = {
      kind: 'alertmanager',
      alerts: [
        {
          fingerprint: 'f1',
          name: 'Leak',
          labels: { alertname: 'Leak' },
          annotations: { summary: `auth failed for me:${TOKEN}` },
          startsAt: '2026-11-29T10:00:00.000Z',
          state: 'active',
          silencedBy: [],
          inhibitedBy: [],
          generatorURL: null,
        },
      ],
    };
    const client = scrubbingClient({ poll: async () => signals }, scrubberForSource(config));
    const polled = await client.poll(context);
    assert.ok(!JSON.stringify(polled).includes(TOKEN));
    assert.match(JSON.stringify(polled), /auth failed for «secret»/);
  });

  it('scrubs a SourceError and any other error a client throws', async () => {
    for (const thrown of [
      new SourceError('bad-request', `HTTP 400: ${TOKEN}`),
      new TypeError(`Headers.append: "Basic ${TOKEN}" is an invalid header value.`),
    ]) {
      const client = scrubbingClient(clientThatThrows(thrown), scrubberForSource(config));
      const error = await client.poll(context).catch((caught: unknown) => caught);
      assert.ok(error instanceof SourceError);
      assert.ok(!error.message.includes(TOKEN), error.message);
    }
  });

  it('passes our own abort on as it is', async () => {
    const controller = new AbortController();
    const reason = new Error('collector stopped');
    controller.abort(reason);
    const client = scrubbingClient(clientThatThrows(reason), scrubberForSource(config));
    const error = await client
      .poll({ signal: controller.signal, clock: systemClock })
      .catch((caught: unknown) => caught);
    assert.equal(error, reason);
  });
});
