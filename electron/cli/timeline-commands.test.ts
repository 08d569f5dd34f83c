import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { DEMO_ENV, demoConfigText } from '../simulator/demo-config.ts';
import { startDemoWorld, type DemoWorld } from '../simulator/demo-world.ts';
import { openTimelineStore } from '../timeline/open-store.ts';
import { runCli, type CliIo } from './cli.ts';

/**
 * The timeline's commands as a terminal runs them: `collect` against the demo servers on
 * loopback, the actions beside it, `verify` and `export` after.
 */

let folder = '';
let world: DemoWorld;
let config = '';

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-timeline-cli-'));
  world = await startDemoWorld();
  config = path.join(folder, 'demo.yaml');
  await writeFile(config, demoConfigText(world.endpoints, 20, 1_000));
});
after(async () => {
  await world.close();
  await rm(folder, { recursive: true, force: true });
});

interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: string[], untilStopped?: () => Promise<void>): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { ...DEMO_ENV },
    ...(untilStopped ? { untilStopped } : {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventsIn(db: string): Promise<TimelineEvent[]> {
  const store = await openTimelineStore(db, { readOnly: true });
  try {
    return await store.read({});
  } finally {
    await store.close();
  }
}

describe('dijkwacht collect', () => {
  it('records the start, what it saw and the stop; a second collector is refused', async () => {
    const db = path.join(folder, 'collect.sqlite');
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const collecting = run(['collect', '--config', config, '--db', db], () => stopped);
    await sleep(2_500);
    const second = await run(['collect', '--config', config, '--db', db], async () => {});
    stop();
    const first = await collecting;
    assert.equal(first.code, 0, first.stderr);
    assert.equal(second.code, 3);
    assert.match(second.stderr, /already being written by dijkwacht collect \(process \d+ on /);
    const kinds = (await eventsIn(db)).map((event) => event.kind);
    assert.equal(kinds[0], 'collector-started');
    assert.equal(kinds.at(-1), 'collector-stopped');
    assert.ok(kinds.includes('source-health'), kinds.join());
    assert.equal(kinds.filter((kind) => kind === 'collector-started').length, 1);
  });

  it('refuses a store that is not a Dijkwacht store, naming it, and leaves it alone', async () => {
    const file = path.join(folder, 'notes.txt');
    await writeFile(file, 'dit is geen database\n'.repeat(100));
    const ran = await run(['collect', '--config', config, '--db', file], async () => {});
    assert.equal(ran.code, 3);
    assert.ok(ran.stderr.startsWith('dijkwacht: '), ran.stderr);
    assert.ok(ran.stderr.includes(file), ran.stderr);
    assert.equal(ran.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
    assert.equal(await readFile(file, 'utf8'), 'dit is geen database\n'.repeat(100));
  });
});

describe('the coordinator’s commands', () => {
  let db = '';
  before(async () => {
    db = path.join(folder, 'actions.sqlite');
    const store = await openTimelineStore(db, { create: true });
    await store.append([
      {
        kind: 'mark-raised',
        at: '2026-11-29T12:00:00.000Z',
        domain: 'security',
        source: null,
        actor: 'system',
        summary: 'Security: alert actief',
        data: {
          rule: 'alert-firing',
          severity: 'critical',
          since: '2026-11-29T11:58:00.000Z',
          evidence: {
            kind: 'alert-firing',
            alert: { name: 'SocIntrusion', fingerprint: 'f1', summary: null, labels: {} },
            startsAt: '2026-11-29T11:58:00.000Z',
          },
        },
        markKey: 'security:0:f1',
      },
    ]);
    await store.close();
  });

  it('log, informed, ack and snooze each write one event with who', async () => {
    const by = ['--db', db, '--by', 'Coördinator Zaterdag'];
    const ran = [
      await run(['log', ...by, '--kind', 'decision', '--text', 'Persbericht om 15:00']),
      await run(['informed', ...by, '--domain', 'security', '--role', 'security-coordination']),
      await run(['ack', ...by, '--domain', 'security', '--text', 'SOC belt terug']),
      await run([
        'snooze',
        ...by,
        '--domain',
        'security',
        '--for',
        '30m',
        '--text',
        'wacht op KPN',
      ]),
    ];
    for (const { code, stderr } of ran) assert.equal(code, 0, stderr);
    const events = await eventsIn(db);
    assert.deepEqual(
      events.map((event) => [event.kind, event.actor]),
      [
        ['mark-raised', 'system'],
        ['decision', 'Coördinator Zaterdag'],
        ['informed', 'Coördinator Zaterdag'],
        ['mark-acknowledged', 'Coördinator Zaterdag'],
        ['mark-snoozed', 'Coördinator Zaterdag'],
      ],
    );
    assert.match(events[3]?.summary ?? '', /— SOC belt terug$/);
    assert.match(ran[2]?.stdout ?? '', /^#4 .* mark-acknowledged Coördinator Zaterdag: /);
  });

  it('records a second acknowledgement of a mark acknowledged a moment ago, not an error', async () => {
    const second = await run(['ack', '--db', db, '--domain', 'security', '--by', 'Avonddienst']);
    assert.equal(second.code, 0, second.stderr);
    const acknowledgements = (await eventsIn(db)).filter(
      (event) => event.kind === 'mark-acknowledged',
    );
    assert.deepEqual(
      acknowledgements.map((event) => event.actor),
      ['Coördinator Zaterdag', 'Avonddienst'],
    );
  });

  const refusals: [string, string[], RegExp][] = [
    ['an unknown domain', ['ack', '--domain', 'weer', '--by', 'X'], /unknown domain "weer"/],
    [
      'an unknown role',
      ['informed', '--domain', 'security', '--role', 'paus', '--by', 'X'],
      /unknown role "paus"/,
    ],
    [
      'an unknown kind',
      ['log', '--kind', 'gerucht', '--text', 't', '--by', 'X'],
      /--kind note or --kind decision/,
    ],
    [
      'an unknown rule',
      ['ack', '--domain', 'security', '--rule', 'zon', '--by', 'X'],
      /unknown rule "zon"/,
    ],
    ['a missing --by', ['ack', '--domain', 'security'], /needs --by NAME/],
    [
      '--for out of range',
      ['snooze', '--domain', 'security', '--for', '3d', '--text', 'r', '--by', 'X'],
      /--for DURATION from 1m to 24h/,
    ],
    ['--by system', ['log', '--kind', 'note', '--text', 't', '--by', 'system'], /reserved/],
    ['no open mark', ['ack', '--domain', 'privacy', '--by', 'X'], /no open mark in privacy/],
    [
      'an option of another command',
      ['log', '--kind', 'note', '--text', 't', '--by', 'X', '--for', '5m'],
      /log takes no --for/,
    ],
  ];
  for (const [name, args, message] of refusals)
    it(`refuses ${name} with one line, exit 3, and writes nothing`, async () => {
      const before = (await eventsIn(db)).length;
      const ran = await run([...args, '--db', db]);
      assert.equal(ran.code, 3);
      assert.match(ran.stderr, message);
      assert.equal((await eventsIn(db)).length, before);
    });

  it('export refuses a --from that is not a time', async () => {
    const ran = await run(['export', '--db', db, '--format', 'csv', '--from', 'gisteren']);
    assert.equal(ran.code, 3);
    assert.match(ran.stderr, /--from takes an ISO 8601 time/);
  });
});

describe('dijkwacht verify', () => {
  it('says sound, then names the seq someone edited', async () => {
    const db = path.join(folder, 'verify.sqlite');
    const store = await openTimelineStore(db, { create: true });
    for (const text of ['eerste', 'tweede', 'derde'])
      await store.append([
        {
          kind: 'note',
          at: '2026-11-29T12:00:00.000Z',
          domain: null,
          source: null,
          actor: 'X',
          summary: text,
          data: {},
        },
      ]);
    await store.close();
    const sound = await run(['verify', '--db', db]);
    assert.equal(sound.code, 0);
    assert.match(sound.stdout, /sound — 3 events/);
    const raw = new DatabaseSync(db);
    raw.exec("UPDATE events SET summary = 'vervalst' WHERE seq = 2");
    raw.close();
    const broken = await run(['verify', '--db', db]);
    assert.equal(broken.code, 2);
    assert.match(broken.stdout, /BROKEN at seq 2/);
  });

  it('refuses a missing store instead of creating one', async () => {
    const db = path.join(folder, 'nowhere.sqlite');
    const ran = await run(['verify', '--db', db]);
    assert.equal(ran.code, 3);
    assert.ok(ran.stderr.includes(db));
    await assert.rejects(readFile(db));
  });
});
