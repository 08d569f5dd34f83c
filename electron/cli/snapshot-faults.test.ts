import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { stringify } from 'yaml';
import { demoConfigDocument, DEMO_CREDENTIALS, DEMO_ENV } from '../simulator/demo-config.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';
import {
  startDemoWorldWithFaults,
  type DemoWorldWithFaults,
} from '../simulator/testing/demo-world-with-faults.ts';
import { runCli } from './cli.ts';

/**
 * `dijkwacht snapshot` against the four loopback sources under each fault of the issue:
 * every source's health and error class, the domains it feeds `unknown`, within the deadline.
 */
const REQUEST_TIMEOUT = '1s';
const MANY = 1000;

let world: DemoWorldWithFaults;
let folder: string;
let configFile: string;

before(async () => {
  world = await startDemoWorldWithFaults();
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
      sources: {
        id: string;
        health: string;
        error: { category: string; detail: string; retryAt: string | null } | null;
      }[];
      domains: { id: string; status: string }[];
    },
  };
}

/** The same fault for all four servers (StatusCake has no 401 of its own: it says 403). */
const FAULTS = [
  {
    name: '500 with an HTML body',
    category: 'server-error',
    inject: () => {
      world.topdesk.injectFault({ kind: 'html-500' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'html-500' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'html-500' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'html-500' }, { times: MANY });
    },
  },
  {
    name: 'truncated JSON',
    category: 'bad-payload',
    inject: () => {
      world.topdesk.injectFault({ kind: 'truncated' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'truncated' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'truncated' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'truncated' }, { times: MANY });
    },
  },
  {
    name: 'a hang',
    category: 'timeout',
    inject: () => {
      world.topdesk.injectFault({ kind: 'hang' }, { times: MANY });
      world.statuscake.injectFault({ kind: 'hang' }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'hang' }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'hang' }, { times: MANY });
    },
  },
  {
    name: 'a slow drip',
    category: 'timeout',
    inject: () => {
      world.topdesk.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.statuscake.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.elasticsearch.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
      world.alertmanager.injectFault({ kind: 'slow-drip', intervalMs: 200 }, { times: MANY });
    },
  },
  {
    name: '401',
    category: 'wrong-credentials',
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
    it(`reports ${fault.name} as ${fault.category} for every source, domains unknown, exit 3, in time`, async () => {
      clearFaults();
      fault.inject();
      const { code, json, elapsedMs } = await snapshot();
      clearFaults();
      for (const source of json.sources) {
        assert.equal(source.health, 'failing', source.id);
        assert.equal(
          source.error?.category,
          fault.category,
          `${source.id}: ${source.error?.detail}`,
        );
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
    assert.equal(json.sources[0]?.error?.category, 'rate-limited');
    const retryAt = Date.parse(json.sources[0]?.error?.retryAt ?? '');
    assert.ok(Math.abs(retryAt - (Date.now() + 30_000)) < 5_000, 'retryAt is 30 s on');
    const statuses = Object.fromEntries(json.domains.map((domain) => [domain.id, domain.status]));
    assert.equal(statuses.privacy, 'unknown', 'privacy reads tickets only');
    assert.equal(statuses.website, 'ok', 'the website reads StatusCake only');
  });
});

describe('dijkwacht snapshot and short rate limits', () => {
  it('waits out a Retry-After that fits its budget and asks once more', async () => {
    clearFaults();
    world.topdesk.injectFault({ kind: 'rate-limited', retryAfter: '1' }, { times: 1 });
    const { json, code, elapsedMs } = await snapshot();
    clearFaults();
    assert.equal(json.sources[0]?.health, 'ok', JSON.stringify(json.sources[0]));
    assert.equal(code, 0);
    assert.ok(elapsedMs >= 1_000 && elapsedMs < 5_000, `took ${elapsedMs} ms`);
  });

  it("waits out StatusCake's rate-limit block too", async () => {
    clearFaults();
    await delay(1100);
    world.statuscake.injectFault({ kind: 'rate-limited', retryAfterSeconds: 1 }, { times: 1 });
    const { json } = await snapshot();
    clearFaults();
    assert.equal(json.sources[1]?.health, 'ok', JSON.stringify(json.sources[1]));
  });

  it('says, for a longer one, when the source may be asked again (text, war-room time)', async () => {
    clearFaults();
    world.topdesk.injectFault({ kind: 'rate-limited', retryAfter: '600' }, { times: MANY });
    const { out, elapsedMs } = await runSnapshot('text');
    clearFaults();
    const at = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(Date.now() + 600_000));
    assert.match(out, new RegExp(`storing +topdesk .*door de bron afgeremd, opnieuw na ${at}`));
    assert.ok(elapsedMs < 5_000, `took ${elapsedMs} ms: it must not wait 10 minutes`);
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
      const sources = (
        JSON.parse(outputs[0]?.out ?? '') as { sources: { error: { detail: string } }[] }
      ).sources;
      for (const source of sources)
        assert.match(source.error.detail, status === 302 ? /redirected.*\?…/ : /«secret»/);
      for (const { out } of outputs)
        for (const form of forms) assert.ok(!out.includes(form), `leaks ${JSON.stringify(form)}`);
    });
  }
});
