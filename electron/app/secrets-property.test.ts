import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { runCli } from '../cli/cli.ts';
import { startAlertmanagerServerWithFaults } from '../simulator/alertmanager/testing/server-with-faults.ts';
import { startElasticsearchServerWithFaults } from '../simulator/elasticsearch/testing/server-with-faults.ts';
import { startStatusCakeServerWithFaults } from '../simulator/statuscake/testing/server-with-faults.ts';
import { startTopdeskServerWithFaults } from '../simulator/topdesk/testing/server-with-faults.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';
import { testSeat } from './testing/test-seat.ts';
import { startServices } from './start-services.ts';

/**
 * For random secrets — with `+ / = %`, quotes, unicode and now and then a line break — and
 * servers that echo them back in every way, no output of `snapshot` (json and text), no IPC
 * answer and no log line holds any form of any secret. A secret no header can carry is refused
 * when the config is read, with a message that names the variable.
 */
const SAFE = [...'abcXYZ0189+/=%&<>"\'!~*()-_.:;@'];
const WIDE = [...'éü€ß😀 '];
const CONTROL = ['\r', '\n', '\r\n'];
const STATUSES = [400, 401, 403, 429, 500, 302] as const;
const USER = 'dijkwacht-api';
const RUNS = 40;

const text = (units: readonly string[]) =>
  fc.string({ unit: fc.constantFrom(...units), minLength: 8, maxLength: 24 });
const withLineBreak = fc.tuple(text(SAFE), fc.constantFrom(...CONTROL)).map(([a, b]) => a + b);
/** A Basic password: any text (it is base64-encoded), now and then one the config refuses. */
const passwordArb = fc.oneof(
  { weight: 8, arbitrary: text([...SAFE, ...WIDE]) },
  { weight: 1, arbitrary: withLineBreak },
);
/** A Bearer token or API key, sent as it is: non-ASCII or a line break must be refused. */
const headerTokenArb = fc.oneof(
  { weight: 8, arbitrary: text(SAFE) },
  { weight: 1, arbitrary: text([...SAFE, ...WIDE]) },
  { weight: 1, arbitrary: withLineBreak },
);

interface Secrets {
  readonly topdesk: string;
  readonly statuscake: string;
  readonly elasticsearch: string;
  readonly alertmanager: string;
}

const ENV_NAMES: Readonly<Record<keyof Secrets, string>> = {
  topdesk: 'PROP_TOPDESK_PASSWORD',
  statuscake: 'PROP_STATUSCAKE_TOKEN',
  elasticsearch: 'PROP_ELK_API_KEY',
  alertmanager: 'PROP_ALERTMANAGER_PASSWORD',
};

/** What the config must refuse: see shared/config/resolve-secrets.ts. */
function refusable(secrets: Secrets): boolean {
  const bad = (value: string) => /[\r\n]/.test(value) || value.trim() !== value;
  const notAscii = (value: string) => !/^[\x21-\x7e]+$/.test(value);
  return (
    Object.values(secrets).some(bad) ||
    notAscii(secrets.statuscake) ||
    notAscii(secrets.elasticsearch)
  );
}

function formsOf(secrets: Secrets): string[] {
  return [
    ...secretForms(secrets.topdesk, USER),
    ...secretForms(secrets.statuscake),
    ...secretForms(secrets.elasticsearch),
    ...secretForms(secrets.alertmanager, USER),
  ].filter((form) => form.length >= 6);
}

function assertClean(output: string, forms: readonly string[], where: string): void {
  for (const form of forms)
    assert.ok(!output.includes(form), `${where} holds the secret as ${JSON.stringify(form)}`);
}

describe('no form of a random secret leaves Dijkwacht', () => {
  let servers: {
    topdesk: Awaited<ReturnType<typeof startTopdeskServerWithFaults>>;
    statuscake: Awaited<ReturnType<typeof startStatusCakeServerWithFaults>>;
    elasticsearch: Awaited<ReturnType<typeof startElasticsearchServerWithFaults>>;
    alertmanager: Awaited<ReturnType<typeof startAlertmanagerServerWithFaults>>;
  };
  let folder: string;

  before(async () => {
    servers = {
      topdesk: await startTopdeskServerWithFaults(),
      statuscake: await startStatusCakeServerWithFaults({ token: 'unused-token', rateLimits: [] }),
      elasticsearch: await startElasticsearchServerWithFaults({ apiKey: 'unused-key' }),
      alertmanager: await startAlertmanagerServerWithFaults(),
    };
    folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-secret-property-'));
  });
  after(async () => {
    await Promise.all(Object.values(servers).map((server) => server.close()));
    await rm(folder, { recursive: true, force: true });
  });

  function echoEverywhere(status: number): void {
    for (const server of Object.values(servers)) {
      server.clearFaults();
      server.injectFault({ kind: 'echo-credentials', status }, { times: 1000 });
    }
  }

  async function writeConfig(): Promise<string> {
    const file = path.join(folder, 'dijkwacht.yaml');
    const source = (fields: string) => `  - { ${fields}, interval: 60s, timeout: 2s }`;
    await writeFile(
      file,
      [
        'sources:',
        source(
          `id: topdesk, kind: topdesk, url: "${servers.topdesk.url}", username: ${USER}, password: { env: ${ENV_NAMES.topdesk} }`,
        ),
        source(
          `id: statuscake, kind: statuscake, url: "${servers.statuscake.url}", token: { env: ${ENV_NAMES.statuscake} }`,
        ),
        source(
          `id: elk, kind: elasticsearch, url: "${servers.elasticsearch.url}", apiKey: { env: ${ENV_NAMES.elasticsearch} }`,
        ),
        source(
          `id: alertmanager, kind: alertmanager, url: "${servers.alertmanager.url}", username: ${USER}, password: { env: ${ENV_NAMES.alertmanager} }`,
        ),
        '',
      ].join('\n'),
    );
    return file;
  }

  async function snapshotOutput(file: string, env: Record<string, string>, format: string) {
    let output = '';
    const code = await runCli(['snapshot', '--config', file, '--format', format], {
      stdout: (chunk) => (output += chunk),
      stderr: (chunk) => (output += chunk),
      env,
    });
    return { code, output };
  }

  async function servicesOutput(file: string, env: Record<string, string>): Promise<string> {
    Object.assign(process.env, env);
    try {
      const running = await startServices({
        configFile: file,
        version: 'test',
        ...(await testSeat()),
      });
      await running.services.collector.pollAllOnce();
      const handlers = running.services.handlers;
      const answers = await Promise.all([
        handlers['app:info'](undefined),
        handlers['snapshot:get'](undefined),
        handlers['contacts:get'](undefined),
      ]);
      await running.stop();
      return `${JSON.stringify(answers)}\n${inspect(running.services, { depth: 8 })}`;
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
    }
  }

  it('in snapshot json and text, IPC answers and log lines, for echoing servers', async () => {
    const file = await writeConfig();
    const logged: string[] = [];
    const originals = { log: console.log, error: console.error, warn: console.warn };
    const capture = (...args: unknown[]) => logged.push(args.map((arg) => inspect(arg)).join(' '));
    Object.assign(console, { log: capture, error: capture, warn: capture });
    let refused = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.record({
            topdesk: passwordArb,
            statuscake: headerTokenArb,
            elasticsearch: headerTokenArb,
            alertmanager: passwordArb,
          }),
          fc.constantFrom(...STATUSES),
          async (secrets, status) => {
            echoEverywhere(status);
            const env = Object.fromEntries(
              Object.entries(ENV_NAMES).map(([key, name]) => [name, secrets[key as keyof Secrets]]),
            );
            const forms = formsOf(secrets);
            for (const format of ['json', 'text']) {
              const { code, output } = await snapshotOutput(file, env, format);
              assertClean(output, forms, `snapshot --format ${format}`);
              if (refusable(secrets)) {
                assert.equal(code, 3);
                assert.match(
                  output,
                  /the config cannot be used:\n.*the environment variable PROP_/,
                );
              } else {
                assert.match(output, /«secret»|redirected/, 'the echo reached the output');
              }
            }
            if (refusable(secrets)) refused++;
            else assertClean(await servicesOutput(file, env), forms, 'the app');
            assertClean(logged.join('\n'), forms, 'the log');
          },
        ),
        { numRuns: RUNS },
      );
      assert.ok(
        refused > 0 && refused < RUNS,
        `${refused} of ${RUNS} configs refused: both paths ran`,
      );
    } finally {
      Object.assign(console, originals);
    }
  });
});
