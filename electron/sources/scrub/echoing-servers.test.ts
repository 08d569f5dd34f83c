import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SecretValue } from '../../../shared/config/secret.ts';
import { startAlertmanagerServerWithFaults } from '../../simulator/alertmanager/testing/server-with-faults.ts';
import { startElasticsearchServerWithFaults } from '../../simulator/elasticsearch/testing/server-with-faults.ts';
import type { EchoCredentialsFault } from '../../simulator/loopback/testing/echo-credentials.ts';
import { startStatusCakeServerWithFaults } from '../../simulator/statuscake/testing/server-with-faults.ts';
import { startTopdeskServerWithFaults } from '../../simulator/topdesk/testing/server-with-faults.ts';
import { systemClock } from '../../time/clock.ts';
import { createSourceClient } from '../create-client.ts';
import type { SourceConfig } from '../source-client.ts';
import { SourceError } from '../source-error.ts';
import { secretForms } from './secret-forms.ts';

/** Basic auth carries any text (base64 of UTF-8); header tokens only printable ASCII. */
const PASSWORD = 'S3cr3t +/=%&<é ü-päss';
const TOKEN = 'tok+/=%~!*()en-S3CR3T';
const USER = 'dijkwacht-api';
/** Every status a server may echo in: errors, a rate limit, a redirect to a login page. */
const STATUSES = [400, 401, 403, 404, 429, 500, 503, 302];

interface EchoingServer {
  readonly config: SourceConfig;
  readonly secret: string;
  readonly username?: string;
  inject(fault: EchoCredentialsFault): void;
  close(): Promise<void>;
}

const common = { interval: 60_000, timeout: 2_000 };

const SERVERS: Readonly<Record<string, () => Promise<EchoingServer>>> = {
  async topdesk() {
    const server = await startTopdeskServerWithFaults();
    const password = new SecretValue(PASSWORD, 'test');
    const config = { id: 'topdesk', kind: 'topdesk', url: server.url, username: USER, password };
    return {
      config: { ...config, ...common, resyncInterval: 3_600_000 } as SourceConfig,
      secret: PASSWORD,
      username: USER,
      inject: (fault) => {
        server.clearFaults();
        server.injectFault(fault);
      },
      close: () => server.close(),
    };
  },
  async statuscake() {
    const server = await startStatusCakeServerWithFaults({ token: TOKEN, rateLimits: [] });
    const token = new SecretValue(TOKEN, 'test');
    return {
      config: { id: 'statuscake', kind: 'statuscake', url: server.url, token, ...common },
      secret: TOKEN,
      inject: (fault) => {
        server.clearFaults();
        server.injectFault(fault, { times: 1000 });
      },
      close: () => server.close(),
    };
  },
  async elasticsearch() {
    const apiKey = Buffer.from(`key-id:${TOKEN}`).toString('base64');
    const server = await startElasticsearchServerWithFaults({ apiKey });
    const query = {
      id: 'q',
      index: 'logs-*',
      query: '*',
      window: 900_000,
      timeField: '@timestamp',
    };
    return {
      config: {
        id: 'elk',
        kind: 'elasticsearch',
        url: server.url,
        apiKey: new SecretValue(apiKey, 'test'),
        queries: [query],
        ...common,
      },
      secret: apiKey,
      inject: (fault) => {
        server.clearFaults();
        server.injectFault(fault);
      },
      close: () => server.close(),
    };
  },
  async alertmanager() {
    const server = await startAlertmanagerServerWithFaults({
      basicAuth: { username: USER, password: PASSWORD },
    });
    const password = new SecretValue(PASSWORD, 'test');
    return {
      config: {
        id: 'am',
        kind: 'alertmanager',
        url: server.url,
        username: USER,
        password,
        ...common,
      },
      secret: PASSWORD,
      username: USER,
      inject: (fault) => {
        server.clearFaults();
        server.injectFault(fault);
      },
      close: () => server.close(),
    };
  },
};

function assertNoSecret(text: string, server: EchoingServer, where: string): void {
  for (const form of secretForms(server.secret, server.username)) {
    assert.ok(!text.includes(form), `${where} contains the secret as ${JSON.stringify(form)}`);
  }
}

async function pollError(config: SourceConfig): Promise<SourceError> {
  const client = createSourceClient(config);
  const context = { signal: new AbortController().signal, clock: systemClock };
  const thrown = await client.poll(context).then(
    () => assert.fail('the poll should have failed'),
    (error: unknown) => error,
  );
  assert.ok(thrown instanceof SourceError, `not a SourceError: ${String(thrown)}`);
  return thrown;
}

for (const [name, start] of Object.entries(SERVERS)) {
  describe(`the ${name} client against a server that echoes the credentials`, () => {
    let server: EchoingServer;
    before(async () => (server = await start()));
    after(() => server.close());

    for (const status of STATUSES) {
      it(`passes on no form of the secret when the server answers ${status}`, async () => {
        server.inject({ kind: 'echo-credentials', status });
        const error = await pollError(server.config);
        assertNoSecret(error.message, server, 'the error');
        assertNoSecret(error.detail, server, 'the detail');
        assert.match(error.message, /«secret»|redirected|HTTP \d{3}/);
        assert.doesNotMatch(error.detail, /access_token=|sso\?token=/, 'no echoed query string');
      });
    }
  });
}
