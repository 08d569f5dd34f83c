// The shared war room benchmark (docs/war-room.md), on a throwaway PostgreSQL cluster:
// (a) events per second appended into PostgreSQL (synchronous_commit as the server has it,
// printed) beside the SQLite store in the same run, in batches of 1 and of 50; (b) how long a
// seat's action takes to reach another seat: written by seat A, picked up by an in-process
// collector on the demo, published, read by seat B that follows the store; (c) failover: a
// SIGKILL of the active `collect` process until the standby's collector-started, 20 times.
// Run alone: `node scripts/bench/war-room.bench.ts`.
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Mark } from '../../shared/snapshot/snapshot-schema.ts';
import type { EventDraft } from '../../shared/timeline/event.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import type { PublishedState, SharedStore } from '../../shared/timeline/war-room.ts';
import { CollectProcess } from '../../electron/cli/testing/collect-process.ts';
import { DEMO_ENV } from '../../electron/simulator/demo-config.ts';
import { startSimulator } from '../../electron/simulator/simulator.ts';
import { createSourceClient } from '../../electron/sources/create-client.ts';
import { systemClock } from '../../electron/time/clock.ts';
import { performAction } from '../../electron/timeline/actions.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from '../../electron/timeline/postgres/testing/pg-cluster.ts';
import {
  freshDatabaseUrl,
  openTestStore,
} from '../../electron/timeline/postgres/testing/test-store.ts';
import { openSqliteStore } from '../../electron/timeline/sqlite/open-sqlite.ts';
import * as sample from '../../electron/timeline/sqlite/testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from '../../electron/timeline/sqlite/testing/temp-folder.ts';
import { startStandbyCollecting } from '../../electron/timeline/standby.ts';

const APPEND_SECONDS = 3;
const ACTIONS = 30;
const KILLS = Number(process.env.DIJKWACHT_FAILOVER_KILLS ?? 20);
/** A short heartbeat, as the tests use, and the default one `collect` runs with. */
const HEARTBEATS_MS = [500, 5_000];
const SPEED = 600;

export async function runWarRoomBench(): Promise<string[]> {
  const unavailable = clusterUnavailable();
  if (unavailable) return [`war room: skipped — ${unavailable}`];
  const folder = await tempFolder('war-room-bench');
  const cluster = await startPgCluster();
  try {
    return [
      ...(await appendRates(cluster, folder)),
      await actionPropagation(cluster),
      ...(await sequentially(HEARTBEATS_MS, (heartbeatMs) =>
        failover(cluster, folder, heartbeatMs),
      )),
    ];
  } finally {
    await cluster.remove();
    await folder.remove();
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function p50p95(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
}

/** Events per second for APPEND_SECONDS, each batch one durable transaction. */
async function appendRate(store: TimelineStore, batch: number): Promise<number> {
  const drafts: EventDraft[] = Array.from({ length: batch }, (_, index) =>
    sample.noteDraft(`bench note ${index}`, index),
  );
  let events = 0;
  const began = performance.now();
  while (performance.now() - began < APPEND_SECONDS * 1000) {
    await store.append(drafts);
    events += batch;
  }
  return events / ((performance.now() - began) / 1000);
}

async function appendRates(cluster: PgCluster, folder: TempFolder): Promise<string[]> {
  const syncCommit = await cluster.sql('SHOW synchronous_commit');
  const fsync = await cluster.sql('SHOW fsync');
  const lines: string[] = [];
  for (const batch of [1, 50]) {
    const sqlite = await openSqliteStore(folder.file(`append-${batch}.sqlite`), { create: true });
    const postgres = await openTestStore(
      cluster,
      await freshDatabaseUrl(cluster, `append${batch}`),
      {
        create: true,
      },
    );
    try {
      const sqliteRate = await appendRate(sqlite, batch);
      const pgRate = await appendRate(postgres, batch);
      lines.push(
        `war room append, batches of ${batch}: PostgreSQL ${Math.round(pgRate).toLocaleString('en')} events/s ` +
          `(synchronous_commit=${syncCommit}, fsync=${fsync}) vs SQLite ${Math.round(sqliteRate).toLocaleString('en')} events/s ` +
          `(synchronous=FULL), ${APPEND_SECONDS} s each, same disk`,
      );
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
    }
  }
  return lines;
}

function marksOf(published: PublishedState | null): Mark[] {
  return published?.snapshot.domains.flatMap((domain) => domain.marks) ?? [];
}

/**
 * Seat A acts on an open mark of the demo (an acknowledgement first; a mark is acknowledged
 * once per raising, so the rest are snoozes, which travel the same way); the time until seat
 * B, following the store, reads a publication that shows it.
 */
async function actionPropagation(cluster: PgCluster): Promise<string> {
  const url = await freshDatabaseUrl(cluster, 'propagation');
  const collectorStore = await openTestStore(cluster, url, { create: true });
  const seatA = await openTestStore(cluster, url);
  const seatB = await openTestStore(cluster, url);
  const simulator = await startSimulator({ speed: SPEED });
  const collecting = startStandbyCollecting({
    store: collectorStore,
    config: simulator.config,
    playbook: defaultPlaybook,
    demo: true,
    version: 'bench',
    label: 'dijkwacht collect',
    createClient: createSourceClient,
    log: () => undefined,
  });
  try {
    const active = await collecting.whenActive();
    const raisedSeq = await openCheckDownMark(seatB);
    simulator.driver.stop(); // The check stays down: the mark stays open.
    const samples: number[] = [];
    for (let index = 0; index < ACTIONS; index++)
      samples.push(await actOnceAndWait(seatA, seatB, raisedSeq, index === 0));
    const chartsMs = chartsCost(() => active.collector.charts());
    return (
      `war room seat-to-seat (an ack, then snoozes, on one open mark; collector heartbeat 5 s, ${ACTIONS} actions): ` +
      `${p50p95(samples)}; collector.charts() on the demo costs ${chartsMs.toFixed(1)} ms (median)`
    );
  } finally {
    await collecting.stop();
    await simulator.stop();
    await Promise.all([collectorStore.close(), seatA.close(), seatB.close()]);
  }
}

function chartsCost(build: () => unknown): number {
  const samples: number[] = [];
  for (let index = 0; index < 21; index++) {
    const began = performance.now();
    build();
    samples.push(performance.now() - began);
  }
  return samples.sort((a, b) => a - b)[10]!;
}

async function openCheckDownMark(seat: SharedStore): Promise<number> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const mark = marksOf(await seat.readPublished()).find(
      (candidate) => candidate.rule === 'check-down' && candidate.seq !== null,
    );
    if (mark) return mark.seq!;
    await sleep(50);
  }
  throw new Error('the demo raised no check-down mark within 90 s');
}

async function actOnceAndWait(
  seatA: SharedStore,
  seatB: SharedStore,
  raisedSeq: number,
  acknowledge: boolean,
): Promise<number> {
  let done: () => void = () => {};
  const seen = new Promise<void>((resolve) => (done = resolve));
  let eventSeq = Number.POSITIVE_INFINITY;
  const check = async () => {
    const mark = marksOf(await seatB.readPublished()).find((m) => m.seq === raisedSeq);
    const shown = acknowledge ? mark?.acknowledged?.seq : mark?.snoozed?.seq;
    if (shown !== undefined && shown >= eventSeq) done();
  };
  const following = await seatB.follow({
    onPublished: () => void check(),
    onEvents: () => undefined,
    onConnected: () => undefined,
    onDisconnected: () => undefined,
  });
  try {
    const began = performance.now();
    const [event] = await performAction(
      seatA,
      acknowledge
        ? { kind: 'acknowledge', select: { raisedSeq }, note: 'bench' }
        : { kind: 'snooze', select: { raisedSeq }, forMs: 30 * 60_000, reason: 'bench' },
      { actor: 'Anna de Vries', clock: systemClock, playbook: defaultPlaybook },
    );
    eventSeq = event!.seq;
    void check();
    await Promise.race([
      seen,
      sleep(30_000).then(() => Promise.reject(new Error('seat B never saw the action'))),
    ]);
    return performance.now() - began;
  } finally {
    await following.stop();
  }
}

/** Runs one after the other: two clusters' worth of processes at once would skew both. */
async function sequentially<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await run(item));
  return results;
}

/** SIGKILL of the active collect process until the standby's collector-started, KILLS times. */
async function failover(
  cluster: PgCluster,
  folder: TempFolder,
  heartbeatMs: number,
): Promise<string> {
  const url = await freshDatabaseUrl(cluster, 'failover');
  const simulator = await startSimulator({ speed: SPEED });
  const config = folder.file('demo.yaml');
  await writeFile(
    config,
    `${simulator.configText}\nstore:\n  password: { env: WARROOM_PASSWORD }\n`,
  );
  const env = {
    ...process.env,
    ...DEMO_ENV,
    WARROOM_PASSWORD: cluster.password,
    DIJKWACHT_HEARTBEAT_MS: String(heartbeatMs),
  };
  const reader = await openTestStore(cluster, url, { create: true });
  const start = () => CollectProcess.start({ config, db: url }, env);
  let active = start();
  let standby: CollectProcess | null = null;
  const samples: number[] = [];
  try {
    await active.said('collecting into', 60_000);
    for (let kill = 0; kill < KILLS; kill++) {
      standby = start();
      await standby.said('standby —', 60_000);
      const startedBefore = await reader.count({ kinds: ['collector-started'] });
      active.kill('SIGKILL');
      const killedAt = Date.now();
      const started = await newCollectorStarted(reader, startedBefore);
      samples.push(Date.parse(started) - killedAt);
      await active.exited;
      active = standby;
      standby = null;
    }
  } finally {
    active.kill('SIGKILL');
    standby?.kill('SIGKILL');
    await reader.close();
    await simulator.stop();
  }
  return (
    `war room failover (${samples.length} SIGKILLs of the active collect, heartbeat ${heartbeatMs} ms, ` +
    `bound 2 × heartbeat = ${2 * heartbeatMs} ms): ${p50p95(samples)} until the standby's collector-started`
  );
}

/** The `at` of the collector-started after the first `before` ones. */
async function newCollectorStarted(store: TimelineStore, before: number): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const [event] = await store.read({ kinds: ['collector-started'], offset: before, limit: 1 });
    if (event) return event.at;
    await sleep(10);
  }
  throw new Error('no standby took over within 30 s');
}

if (import.meta.main) for (const line of await runWarRoomBench()) console.log(line);
