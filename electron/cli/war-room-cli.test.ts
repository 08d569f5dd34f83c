import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { DEMO_ENV } from '../simulator/demo-config.ts';
import { startSimulator, type Simulator } from '../simulator/simulator.ts';
import {
  clusterUnavailable,
  freePort,
  startPgCluster,
  type PgCluster,
} from '../timeline/postgres/testing/pg-cluster.ts';
import { freshDatabaseUrl, openTestStore } from '../timeline/postgres/testing/test-store.ts';
import { tempFolder, type TempFolder } from '../timeline/sqlite/testing/temp-folder.ts';
import { CollectProcess } from './testing/collect-process.ts';

/**
 * `dijkwacht collect` processes on one PostgreSQL database (docs/war-room.md): one collects,
 * the other stands by and takes over when the first is killed; the server restarted under a
 * collector; and the one-line refusals of a server that cannot be used.
 */
const skip = clusterUnavailable() ?? false;
const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
/** Short, so a takeover is quick; the bound is 2 heartbeats. */
const HEARTBEAT_MS = 500;
/** Process scheduling on a loaded 2-core machine, on top of the stated bound. */
const SCHEDULING_SLACK_MS = 1_500;
const SPEED = 600;

let cluster: PgCluster;
let folder: TempFolder;
let simulator: Simulator;
let configFile: string;
let env: Record<string, string | undefined>;

before(async () => {
  folder = await tempFolder('war-room-cli');
  if (skip) return;
  cluster = await startPgCluster();
  simulator = await startSimulator({ speed: SPEED });
  configFile = folder.file('demo.yaml');
  // The password the config's way, { env: NAME }; never in the URL.
  await writeFile(
    configFile,
    `${simulator.configText}\nstore:\n  password: { env: WARROOM_PASSWORD }\n`,
  );
  env = {
    ...process.env,
    ...DEMO_ENV,
    PGPASSWORD: undefined,
    WARROOM_PASSWORD: cluster.password,
    DIJKWACHT_HEARTBEAT_MS: String(HEARTBEAT_MS),
  };
});
after(async () => {
  if (!skip) {
    await simulator.stop();
    await cluster.remove();
  }
  await folder.remove();
});

async function until<T>(probe: () => Promise<T | null>, what: string, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

async function eventsOf(url: string): Promise<TimelineEvent[]> {
  const store = await openTestStore(cluster, url, { readOnly: true });
  try {
    return await store.read({});
  } finally {
    await store.close();
  }
}

/** Runs the CLI in a process of its own; its exit code and what it printed. */
function runBin(args: string[], extraEnv: Record<string, string | undefined> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function assertContiguous(events: readonly TimelineEvent[]) {
  assert.deepEqual(
    events.map((event) => event.seq),
    events.map((_, index) => index + 1),
    'seqs 1..n without a gap',
  );
}

/** Raised again while still open (no mark-cleared between) would be a duplicate, by mark key. */
async function assertNoMarkRaisedTwiceWhileOpen(url: string) {
  const rows = await cluster.sql(
    "SELECT seq, kind, coalesce(mark_key, ''), coalesce(ref_seq, 0) FROM dijkwacht.events " +
      "WHERE kind IN ('mark-raised', 'mark-cleared') ORDER BY seq",
    new URL(url).pathname.slice(1),
  );
  const open = new Map<string, number>();
  for (const line of rows.split('\n').filter(Boolean)) {
    const [seq, kind, key, refSeq] = line.split('|');
    if (kind === 'mark-raised') {
      assert.ok(!open.has(key!), `#${seq} raises ${key} again, open since #${open.get(key!)}`);
      open.set(key!, Number(seq));
    } else for (const [k, raised] of open) if (raised === Number(refSeq)) open.delete(k);
  }
}

describe('two collect processes on one database', { skip }, () => {
  it('one collects, the standby takes over within 2 heartbeats of a SIGKILL, one timeline', async () => {
    const url = await freshDatabaseUrl(cluster, 'failover');
    const active = CollectProcess.start({ config: configFile, db: url }, env);
    let standby: CollectProcess | null = null;
    try {
      await active.said('collecting into');
      standby = CollectProcess.start({ config: configFile, db: url }, env);
      await standby.said('standby — dijkwacht collect');
      assert.match(standby.stderr, new RegExp(`\\(process ${active.pid} on `));
      // Kill it while a mark is open, so the standby must carry it on, not raise it again.
      await until(async () => {
        const events = await eventsOf(url);
        return events.some((event) => event.kind === 'mark-raised') ? true : null;
      }, 'a mark raised');
      const before = await eventsOf(url);
      assert.equal(before.filter((event) => event.kind === 'collector-started').length, 1);
      active.kill('SIGKILL');
      const killedAt = Date.now();
      await standby.said('collecting into');
      const started = await until(async () => {
        const events = await eventsOf(url);
        return events.filter((event) => event.kind === 'collector-started')[1] ?? null;
      }, "the standby's collector-started");
      const tookMs = Date.parse(started.at) - killedAt;
      assert.ok(
        tookMs <= 2 * HEARTBEAT_MS + SCHEDULING_SLACK_MS,
        `took over ${tookMs} ms after the kill (bound: 2 × ${HEARTBEAT_MS} ms + ${SCHEDULING_SLACK_MS} ms)`,
      );
      // The new collector carries on for a while (marks clear, statuses change) and stops cleanly.
      await sleep(3_000);
      assert.equal(await standby.stop(), 0, standby.stderr);
      const events = await eventsOf(url);
      assertContiguous(events);
      assert.deepEqual(events.slice(0, before.length), before, 'what was written stays');
      assert.deepEqual(
        events.filter((event) => event.kind.startsWith('collector-')).map((event) => event.kind),
        ['collector-started', 'collector-started', 'collector-stopped'],
      );
      await assertNoMarkRaisedTwiceWhileOpen(url);
      const verified = await runBin(['verify', '--db', url], { PGPASSWORD: cluster.password });
      assert.equal(verified.code, 0, verified.stdout + verified.stderr);
      assert.match(verified.stdout, /sound/);
    } finally {
      active.kill('SIGKILL');
      await standby?.stop();
    }
  });

  it('keeps collecting through a PostgreSQL restart and loses nothing it committed', async () => {
    const url = await freshDatabaseUrl(cluster, 'restart');
    const collector = CollectProcess.start({ config: configFile, db: url }, env);
    try {
      await collector.said('collecting into');
      const before = await until(async () => {
        const events = await eventsOf(url);
        return events.length >= 5 ? events : null;
      }, 'a few events');
      await cluster.restart();
      const restartedAt = Date.now();
      await until(async () => {
        const store = await openTestStore(cluster, url, { readOnly: true });
        try {
          const published = await store.readPublished();
          return published && Date.parse(published.publishedAt) > restartedAt ? true : null;
        } finally {
          await store.close();
        }
      }, 'a publication after the restart');
      const afterRestart = await until(async () => {
        const events = await eventsOf(url);
        return events.length > before.length ? events : null;
      }, 'events after the restart');
      assert.deepEqual(afterRestart.slice(0, before.length), before, 'every committed event stays');
      assert.equal(await collector.stop(), 0, collector.stderr);
      const events = await eventsOf(url);
      assertContiguous(events);
      assert.equal(events.filter((event) => event.kind === 'collector-started').length, 1);
      await assertNoMarkRaisedTwiceWhileOpen(url);
      const store = await openTestStore(cluster, url, { readOnly: true });
      try {
        assert.deepEqual(await store.verify(), { ok: true, events: events.length });
      } finally {
        await store.close();
      }
    } finally {
      await collector.stop();
    }
  });
});

describe('a PostgreSQL store that cannot be used', { skip }, () => {
  /** One line naming host:port/database, never the password; exit 3. */
  async function assertRefused(
    args: string[],
    where: string,
    extraEnv: Record<string, string | undefined>,
  ) {
    const { code, stderr } = await runBin(args, extraEnv);
    assert.equal(code, 3, stderr);
    assert.equal(stderr.trim().split('\n').length, 1, `one line: ${stderr}`);
    assert.ok(stderr.includes(where), `names ${where}: ${stderr}`);
    assert.ok(!stderr.includes(cluster.password), 'never the password');
    assert.ok(!stderr.includes('wrong-password-123'), 'never the password');
    return stderr;
  }

  it('refuses a wrong password, a missing database and an unreachable server', async () => {
    const server = `${cluster.host}:${cluster.port}`;
    const nobody = await freePort();
    const wrong = { PGPASSWORD: 'wrong-password-123' };
    const right = { PGPASSWORD: cluster.password };
    await Promise.all([
      assertRefused(['verify', '--db', cluster.url()], `${server}/warroom`, wrong),
      assertRefused(
        ['ack', '--db', cluster.url(), '--domain', 'helpdesk', '--by', 'Anna de Vries'],
        `${server}/warroom`,
        wrong,
      ),
      assertRefused(
        ['export', '--db', cluster.url('nosuchdb'), '--format', 'csv'],
        `${server}/nosuchdb`,
        right,
      ),
      assertRefused(
        [
          'log',
          '--db',
          `postgres://dijkwacht@127.0.0.1:${nobody}/warroom`,
          '--kind',
          'note',
        ].concat(['--by', 'Anna de Vries', '--text', 'hallo']),
        `127.0.0.1:${nobody}/warroom`,
        right,
      ),
      // collect: the config's { env: NAME } password, wrong.
      assertRefused(
        ['collect', '--config', configFile, '--db', cluster.url()],
        `${server}/warroom`,
        { WARROOM_PASSWORD: 'wrong-password-123' },
      ),
    ]);
  });
});
