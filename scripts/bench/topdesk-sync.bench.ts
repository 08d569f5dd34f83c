// The TOPdesk sync benchmark: a 50,000-incident queue in the simulator, a full initial sync,
// then a delta poll after 100 changes. Figures and targets as printed lines.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SecretValue } from '../../shared/config/secret.ts';
import { DEFAULT_TOPDESK_USER } from '../../electron/simulator/topdesk/server.ts';
import { createSourceClient } from '../../electron/sources/create-client.ts';
import type { SourceClient } from '../../electron/sources/source-client.ts';
import { systemClock } from '../../electron/time/clock.ts';

const QUEUE = 50_000;
const CHANGED = 100;
const TARGET_REQUESTS = 2;
const TARGET_BYTE_RATIO = 50;
const TARGET_RSS_MB = 250;

interface Memory {
  readonly rssMb: number;
  readonly baselineMb: number;
}

interface Stats {
  readonly requests: number;
  readonly bytes: number;
}

export async function runTopdeskBench(): Promise<string[]> {
  const simulator = await startSimulator();
  try {
    return await measure(simulator);
  } finally {
    await simulator.call({ op: 'stop' });
  }
}

async function measure(simulator: Simulator): Promise<string[]> {
  const baselineMb = process.memoryUsage().rss / 2 ** 20;
  let now = Date.parse('2026-11-28T12:00:00.000Z');
  await simulator.call({ op: 'seed', count: QUEUE, endAt: new Date(now).toISOString() });
  await simulator.call({ op: 'stats' });
  // As the app builds it: the TOPdesk client behind the secret scrubber.
  const client = createSourceClient(benchConfig(simulator.url));
  const full = await timedPoll(client, new Date(now), simulator);
  const rssMb = process.memoryUsage().rss / 2 ** 20;
  await simulator.call({ op: 'change', count: CHANGED, advanceMs: 60_000 });
  now += 60_000;
  const delta = await timedPoll(client, new Date(now), simulator);
  now += 60_000;
  const quiet = await timedPoll(client, new Date(now), simulator);
  return report(full, delta, quiet, { rssMb, baselineMb });
}

function report(full: Poll, delta: Poll, quiet: Poll, memory: Memory): string[] {
  const ratio = full.stats.bytes / Math.max(1, delta.stats.bytes);
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  return [
    `topdesk initial sync (${QUEUE.toLocaleString('en')} open incidents): ${full.tickets} tickets in ${(full.ms / 1000).toFixed(2)} s, ${full.stats.requests} requests, ${mb(full.stats.bytes)}`,
    `topdesk poll after ${CHANGED} changes: ${delta.stats.requests} request(s), ${kb(delta.stats.bytes)}, ${delta.ms.toFixed(0)} ms — ≤ ${TARGET_REQUESTS} requests: ${met(delta.stats.requests <= TARGET_REQUESTS)}; ${ratio.toFixed(0)}× fewer bytes than a full read (target ≥ ${TARGET_BYTE_RATIO}×): ${met(ratio >= TARGET_BYTE_RATIO)}`,
    `topdesk quiet poll (no changes): ${quiet.stats.requests} request(s), ${kb(quiet.stats.bytes)}, ${quiet.ms.toFixed(0)} ms`,
    `topdesk process RSS after the initial sync: ${memory.rssMb.toFixed(0)} MB, ${memory.baselineMb.toFixed(0)} MB before it (target ≤ ${TARGET_RSS_MB} MB): ${met(memory.rssMb <= TARGET_RSS_MB)}`,
  ];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

function benchConfig(url: string) {
  return {
    id: 'topdesk',
    kind: 'topdesk' as const,
    url,
    username: DEFAULT_TOPDESK_USER.loginName,
    password: new SecretValue(DEFAULT_TOPDESK_USER.password, 'bench'),
    interval: 60_000,
    timeout: 30_000,
    resyncInterval: 3_600_000,
  };
}

interface Poll {
  readonly ms: number;
  readonly tickets: number;
  readonly stats: Stats;
}

async function timedPoll(client: SourceClient, now: Date, simulator: Simulator): Promise<Poll> {
  const started = performance.now();
  const clock = { ...systemClock, now: () => now.getTime() };
  const signals = await client.poll({ signal: new AbortController().signal, clock });
  const ms = performance.now() - started;
  const tickets = signals.kind === 'topdesk' ? signals.tickets.length : 0;
  return { ms, tickets, stats: (await simulator.call({ op: 'stats' })) as Stats };
}

interface Simulator {
  readonly url: string;
  call(request: { op: string; [key: string]: unknown }): Promise<unknown>;
}

async function startSimulator(): Promise<Simulator> {
  const script = fileURLToPath(new URL('./topdesk-bench-server.ts', import.meta.url));
  const child = fork(script, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, (result: unknown) => void>();
  child.on('message', (message: { id: number; result: unknown }) =>
    pending.get(message.id)?.(message.result),
  );
  const { url } = (await reply(pending, 0)) as { url: string };
  let next = 1;
  return {
    url,
    call(request) {
      const id = next++;
      const answer = reply(pending, id);
      child.send({ ...request, id });
      return answer;
    },
  };
}

function reply(pending: Map<number, (result: unknown) => void>, id: number): Promise<unknown> {
  return new Promise((resolve) => {
    pending.set(id, (result) => {
      pending.delete(id);
      resolve(result);
    });
  });
}
