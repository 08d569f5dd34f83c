// The wall-charts benchmark: how long building every chart of the wall takes over a day-long
// span with a 250,000-ticket queue called in over those 24 hours, 20 checks polled each minute
// for the day and a query with a day of per-minute counts. Run alone:
// `node scripts/bench/charts.bench.ts`.
import { performance } from 'node:perf_hooks';
import { buildWallCharts } from '../../shared/charts/build-charts.ts';
import { CheckHistory } from '../../shared/charts/check-history.ts';
import type { Check, Ticket } from '../../shared/signals/signals.ts';
import {
  check,
  config,
  queryResult,
  signalsOf,
  ticket,
} from '../../shared/rules/testing/rule-fixtures.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = Date.parse('2020-10-10T23:59:00.000Z');
const TICKETS = 250_000;
const TARGET_MS = 200;
const SUBCATEGORIES = ['Installatie', 'Bluetooth', 'Notificaties', 'Sleutels delen', 'Overig'];
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Helpdesk reports over the day (a few of other domains), in no particular order. */
function queue(): Ticket[] {
  return Array.from({ length: TICKETS }, (_, index) =>
    ticket({
      category: index % 10 === 0 ? 'GGD-portaal' : 'Helpdesk',
      subcategory: `${SUBCATEGORIES[index % SUBCATEGORIES.length]} ${index % 7}`,
      callDate: new Date(NOW - ((index * 7919) % DAY)).toISOString(),
    }),
  );
}

/** 20 checks polled once a minute for the day; every fifth goes down for a while each hour. */
function dayOfChecks(checks: readonly Check[]): CheckHistory {
  const history = new CheckHistory();
  for (let at = NOW - DAY; at <= NOW; at += MINUTE) {
    const down = Math.floor(at / MINUTE) % 60 < 5;
    history.record(
      checks.map((c, index) => (index % 5 === 0 && down ? { ...c, status: 'down' } : c)),
      new Date(at),
    );
  }
  return history;
}

function medianOf(samples: readonly number[]): number {
  return [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

export function runChartsBench(): string[] {
  const checks = Array.from({ length: 20 }, (_, index) =>
    check({ tags: [index % 2 === 0 ? 'website' : 'ggd-portal'] }),
  );
  const histogram = Array.from({ length: 24 * 60 }, (_, index) => ({
    at: new Date(NOW - DAY + index * MINUTE).toISOString(),
    count: index % 17,
  }));
  const inputs = {
    config: config(),
    signals: signalsOf({ tickets: queue(), checks, queries: [queryResult({ histogram })] }),
    marks: new Map(),
    checkHistory: dayOfChecks(checks),
    spanMs: DAY,
  };
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 25; round++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    buildWallCharts({ ...inputs, now: new Date(NOW + round * 1000) });
    const usedCpu = process.cpuUsage(startCpu);
    // The first rounds warm up the JIT.
    if (round < 5) continue;
    wall.push(performance.now() - start);
    cpu.push((usedCpu.user + usedCpu.system) / 1000);
  }
  const median = medianOf(wall);
  // CPU time too: on a busy machine the wall clock also counts other processes' turns.
  return [
    `wall charts (${TICKETS.toLocaleString('en')} tickets over 24 h, 24 h span, 20 checks, 1 query): median ${median.toFixed(1)} ms per build, ${medianOf(cpu).toFixed(1)} ms CPU (${wall.length} rounds; target < ${TARGET_MS} ms): ${met(median < TARGET_MS)}`,
  ];
}

if (import.meta.main) for (const line of runChartsBench()) console.log(line);
