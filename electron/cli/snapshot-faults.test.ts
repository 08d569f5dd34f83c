import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { stringify } from 'yaml';
import { demoConfigDocument, DEMO_CREDENTIALS, DEMO_ENV } from '../simulator/demo-config.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';
import { startDemoWorld, type DemoWorld } from '../simulator/demo-world.ts';
import { runCli } from './cli.ts';

/**
 * `dijkwacht snapshot` against the four loopback sources under each fault of the issue:
 * every source's health and error class, the domains it feeds `unknown`, within the deadline.
 */
const REQUEST_TIMEOUT = '1s';
const MANY = 1000;

let world: DemoWorld;
let folder: string;
let configFile: string;

before(async () => {
  world = await startDemoWorld();
  // Every source has something to say, so a fault can cut an answer short.
  world.statuscake.dataset.addCheck({
    id: '1',
    name: 'coronamelder.nl',
    url: 'https://coronamelder.nl',
    tags: ['website'],
  });
  for (let index = 0; index < 3; index++)
    world.topdesk.incidents.add({
      category: 'Helpdesk',
      subcategory: 'Overig',
      priority: 'P4 - Laag',
      operatorGroup: 'CIBG service desk',
    });
  world.alertmanager.fire({ labels: { alertname: 'Watchdog', severity: 'none' } });
  world.alertmanager.silence({ alertname: 'Watchdog' });
  world.elasticsearch.addDocuments([
    {
      index: 'logs-backend-demo',
      timestamp: new Date(),
      fields: { 'http.response.status_code': 200 },
    },
  ]);
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-faults-'));
  const document = demoConfigDocument(world.endpoints, 1) as { sources: Record<string, unknown>[] };
  for (const source of document.sources) source.timeout = REQUEST_TIMEOUT;
  // Alertmanager needs no credentials in the demo; these give the echo test something to leak.
  Object.assign(document.sources[3] ?? {}, {
    username: 'dijkwacht-demo',
    password: { env: 'ALERTMANAGER_PASSWORD' },
  });
  configFile = path.join(folder, 'dijkwacht.yaml');
  await writeFile(configFile, stringify(document));
});

after(async () => {
  await world.close();
  await rm(folder, { recursive: true, force: true });
});

function clearFaults(): void {
  world.topdesk.clearFaults();
  world.statuscake.clearFaults();
  world.elasticsearch.clearFaults();
  world.alertmanager.clearFaults();
}

const ALERTMANAGER_PASSWORD = 'am-pässword+/=%';
const ENV = { ...DEMO_ENV, ALERTMANAGER_PASSWORD };

async function runSnapshot(format: 'json' | 'text') {
  let out = '';
  const started = Date.now();
  const code = await runCli(['snapshot', '--config', configFile, '--format', format], {
    stdout: (text) => (out += text),
    stderr: (text) => (out += text),
    env: ENV,
  });
  return { code, out, elapsedMs: Date.now() - started };
}

async function snapshot() {
  const { code, out, elapsedMs } = await runSnapshot('json');
  return {
    code,
    elapsedMs,
    json: JSON.parse(out) as {
      sources: { id: string; health: string; error: string | null }[];
      domains: { id: string; status: string }[];
    },
  };
}

/** The same fault for all four servers (StatusCake has no 401 of its own: it says 403). */
const FAULTS = [
  {
    name: '500 with an HTML body',
    expect: 'source server error',
    inject: () => {
      world.topdesk.injectFault({ kind: 'html-500' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'html-500' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'html-500' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'html-500' }, { times: MANY });
    },
  },
  {
    name: 'truncated JSON',
    expect: 'unusable answer from the source',
    inject: () => {
      world.topdesk.injectFault({ kind: 'truncated' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'truncated' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'truncated' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'truncated' }, { times: MANY });
    },
  },
  {
    name: 'a hang',
    expect: 'source did not answer in time',
    inject: () => {
      world.topdesk.injectFault({ kind: 'hang' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'hang' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'hang' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'hang' }, { times: MANY });
    },
  },
  {
    name: 'a slow drip',
    expect: 'source did not answer in time',
    inject: () => {
      world.topdesk.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.statuscake.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
    },
  },
  {
    name: '401',
    expect: 'wrong or expired credentials',
    inject: () => {
      world.topdesk.injectFault({ kind: 'unauthorized' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'status', status: 401 }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'unauthorized' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'unauthorized' }, { times: MANY });
    },
  },
] as const;

describe('dijkwacht snapshot against faulty sources', () => {
  it('reads all four sources when they behave: every domain green, exit 0', async () => {
    clearFaults();
    const { code, json } = await snapshot();
    assert.deepEqual(
      json.sources.map((source) => [source.id, source.health]),
      [
        ['topdesk', 'ok'],
        ['statuscake', 'ok'],
        ['elk', 'ok'],
        ['alertmanager', 'ok'],
      ],
    );
    assert.ok(
      json.domains.every((domain) => domain.status === 'ok'),
      JSON.stringify(json.domains),
    );
    assert.equal(code, 0);
  });

  for (const fault of FAULTS) {
    it(`reports ${fault.name} as "${fault.expect}" for every source, domains unknown, exit 3, in time`, async () => {
      clearFaults();
      fault.inject();
      const { code, json, elapsedMs } = await snapshot();
      clearFaults();
      for (const source of json.sources) {
        assert.equal(source.health, 'failing', source.id);
        assert.ok(source.error?.startsWith(fault.expect), `${source.id}: ${source.error}`);
      }
      assert.ok(
        json.domains.every((domain) => domain.status === 'unknown'),
        JSON.stringify(json.domains),
      );
      assert.equal(code, 3);
      assert.ok(elapsedMs < 5_000, `took ${elapsedMs} ms`);
    });
  }

  it('a 429 with Retry-After is reported as rate-limited, the other sources unaffected', async () => {
    clearFaults();
    world.topdesk.injectFault({ kind: 'rate-limited', retryAfter: '30' }, { times: MANY });
    const { json } = await snapshot();
    clearFaults();
    const health = Object.fromEntries(json.sources.map((source) => [source.id, source.health]));
    assert.deepEqual(health, {
      topdesk: 'failing',
      statuscake: 'ok',
      elk: 'ok',
      alertmanager: 'ok',
    });
    assert.match(json.sources[0]?.error ?? '', /^rate-limited by the source/);
    const statuses = Object.fromEntries(json.domains.map((domain) => [domain.id, domain.status]));
    assert.equal(statuses.privacy, 'unknown', 'privacy reads tickets only');
    assert.equal(statuses.website, 'ok', 'the website reads StatusCake only');
  });
});

describe('dijkwacht snapshot against sources that echo the credentials', () => {
  const forms = [
    ...secretForms(DEMO_CREDENTIALS.topdeskPassword, DEMO_CREDENTIALS.topdeskUser),
    ...secretForms(DEMO_CREDENTIALS.statuscakeToken),
    ...secretForms(DEMO_CREDENTIALS.elasticsearchApiKey),
    ...secretForms(ALERTMANAGER_PASSWORD, 'dijkwacht-demo'),
  ];

  for (const status of [400, 401, 429, 500, 302]) {
    it(`prints no secret in any form, in json and text, when all four echo in a ${status}`, async () => {
      clearFaults();
      const fault = { kind: 'echo-credentials', status } as const;
      world.topdesk.injectFault(fault, { times: MANY });
      world.statuscake.injectFault(fault, { times: MANY });
      world.elasticsearch.injectFault(fault, { times: MANY });
      world.alertmanager.injectFault(fault, { times: MANY });
      // Two snapshots inside a second would meet StatusCake's burst limit (5/s) instead.
      await delay(1100);
      const outputs = [await runSnapshot('json'), await runSnapshot('text')];
      clearFaults();
      const sources = (JSON.parse(outputs[0]?.out ?? '') as { sources: { error: string }[] })
        .sources;
      for (const source of sources)
        assert.match(source.error, status === 302 ? /redirected.*\?…/ : /«secret»/);
      for (const { out } of outputs)
        for (const form of forms) assert.ok(!out.includes(form), `leaks ${JSON.stringify(form)}`);
    });
  }
});
