import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseConfigText } from '../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { SourceSignals, Ticket } from '../../shared/signals/signals.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';
import { SourceError } from '../sources/source-error.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { Collector } from './collector.ts';

const CONFIG = `
sources:
  - { id: td, kind: topdesk, url: "https://td.example", username: u, password: { env: P }, timeout: 1s }
  - { id: am, kind: alertmanager, url: "http://127.0.0.1:9093", timeout: 1s }
`;

function config() {
  const parsed = parseConfigText(CONFIG, { fileName: 'test.yaml', env: { P: 'password-x' } });
  if (!parsed.ok) throw parsed.error;
  // Polls every second to keep the tests short, below the 5s a config file may ask for.
  const sources = parsed.value.sources.map((source) => ({ ...source, interval: 1_000 }));
  return { ...parsed.value, sources };
}

/** Moves `clock` on by `ms` in 10 ms steps, letting the pollers react to each. */
async function run(clock: FakeClock, ms: number): Promise<void> {
  const settle = async () => {
    for (let turn = 0; turn < 5; turn++) await nextTurn();
  };
  await settle();
  for (let passed = 0; passed < ms; passed += 10) {
    clock.advance(10);
    await settle();
  }
}

function ticket(clock: FakeClock, overrides: Partial<Ticket> = {}): Ticket {
  const now = new Date(clock.now()).toISOString();
  return {
    id: 't1',
    number: 'I 2611 001',
    briefDescription: 'Datalek',
    category: 'Privacy',
    subcategory: null,
    priority: 'P2',
    operatorGroup: 'Bouwteam',
    processingStatus: null,
    callDate: now,
    modificationDate: now,
    closed: false,
    completed: false,
    majorCall: false,
    ...overrides,
  };
}

function collectorWith(clock: FakeClock, clients: Record<string, SourceClient>) {
  return new Collector({
    config: config(),
    playbook: defaultPlaybook,
    demo: false,
    createClient: (source: SourceConfig) => clients[source.id] as SourceClient,
    clock,
  });
}

const domain = (snapshot: Snapshot, id: string) =>
  snapshot.domains.find((candidate) => candidate.id === id);

describe('Collector', () => {
  it('keeps polling a healthy source while another hangs', async () => {
    const clock = new FakeClock();
    let alertPolls = 0;
    const collector = collectorWith(clock, {
      td: {
        poll: (context) =>
          new Promise((_, reject) =>
            context.signal.addEventListener('abort', () => reject(context.signal.reason)),
          ),
      },
      am: { poll: async () => (alertPolls++, { kind: 'alertmanager', alerts: [] }) },
    });
    collector.start();
    await run(clock, 2_300);
    const snapshot = collector.snapshot();
    await collector.stop();
    assert.equal(alertPolls, 3, 'alertmanager polled at 0, 1 and 2 s');
    assert.equal(snapshot.sources.find((source) => source.id === 'am')?.health, 'ok');
    assert.notEqual(snapshot.sources.find((source) => source.id === 'td')?.health, 'ok');
    assert.equal(
      domain(snapshot, 'privacy')?.status,
      'unknown',
      'privacy reads the hanging TOPdesk',
    );
  });

  it('turns a privacy ticket into a critical mark, and a failing source keeps the mark but not the green', async () => {
    const clock = new FakeClock();
    let fail = false;
    const signals: SourceSignals = { kind: 'topdesk', tickets: [ticket(clock)] };
    const collector = collectorWith(clock, {
      td: {
        poll: async () => {
          if (fail) throw new SourceError('server-error', 'HTTP 500');
          return signals;
        },
      },
      am: { poll: async () => ({ kind: 'alertmanager', alerts: [] }) },
    });
    await collector.pollAllOnce();
    const first = collector.snapshot();
    assert.equal(domain(first, 'privacy')?.status, 'critical');
    assert.match(domain(first, 'privacy')?.marks[0]?.summary ?? '', /I 2611 001/);
    assert.equal(
      domain(first, 'website')?.status,
      'unknown',
      'no StatusCake configured: never green',
    );
    fail = true;
    await collector.pollAllOnce();
    const second = collector.snapshot();
    assert.equal(second.sources[0]?.health, 'failing');
    assert.deepEqual(second.sources[0]?.error, {
      category: 'server-error',
      detail: 'HTTP 500',
      retryAt: null,
    });
    assert.equal(
      domain(second, 'privacy')?.status,
      'critical',
      'missing data neither raises nor clears',
    );
    assert.equal(domain(second, 'helpdesk')?.status, 'unknown');
  });

  it('publishes a snapshot to subscribers on every poll, and stops cleanly', async () => {
    const clock = new FakeClock();
    const collector = collectorWith(clock, {
      td: { poll: async () => ({ kind: 'topdesk', tickets: [] }) },
      am: { poll: async () => ({ kind: 'alertmanager', alerts: [] }) },
    });
    const seen: Snapshot[] = [];
    const unsubscribe = collector.subscribe((snapshot) => seen.push(snapshot));
    collector.start();
    await run(clock, 100);
    const started = Date.now();
    await collector.stop();
    unsubscribe();
    assert.ok(Date.now() - started < 200);
    assert.ok(seen.length >= 2);
    assert.equal(
      seen.at(-1)?.sources.every((source) => source.health === 'ok'),
      true,
    );
  });
});
