// The charts a detail page draws after a day on the wall: every series built from a day of
// per-minute points (1,441 instants: both ends of 24 h) and downsampled by LTTB to at most
// MAX_CHART_POINTS, as the collector sends them.
import { buildWallCharts, MAX_CHART_SPAN_MS } from '../../../shared/charts/build-charts.ts';
import type { WallCharts } from '../../../shared/charts/chart-schema.ts';
import { CheckHistory } from '../../../shared/charts/check-history.ts';
import { sampleMark } from '../../../shared/marks/testing/sample-marks.ts';
import type { Mark } from '../../../shared/marks/mark.ts';
import type { Check, Ticket } from '../../../shared/signals/signals.ts';
import {
  check,
  config,
  queryResult,
  signalsOf,
  ticket,
} from '../../../shared/rules/testing/rule-fixtures.ts';

const MINUTE = 60_000;
const DAY = MAX_CHART_SPAN_MS;
const TICKETS = 30_000;
/** The first five are the busiest; the last three spike in the last hour: eight series, the most. */
const SUBCATEGORIES = [
  'Installatie',
  'Code niet ontvangen',
  'Bluetooth',
  'Notificaties',
  'Overig',
  'Sleutels delen',
  'Privacyvragen',
  'Toegankelijkheid',
];
const BUSY = 5;
const SPIKING = SUBCATEGORIES.slice(BUSY);
const CHECKS_PER_DOMAIN = 6;

/** A query-threshold rule in Alerting, so its chart has a threshold line. */
const CONFIG_YAML = `domains:
  alerting:
    alerts: { labels: {} }
    rules:
      - { kind: alert-firing, severity: warning, labels: {} }
      - { kind: query-threshold, severity: warning, query: backend-5xx, threshold: 150 }
`;

export interface DayCharts {
  readonly charts: WallCharts;
  /** How many points each series had before LTTB, and the most any has after it. */
  readonly pointsBefore: number;
  readonly pointsAfter: number;
}

export function dayCharts(now: number): DayCharts {
  const checks = Array.from({ length: 2 * CHECKS_PER_DOMAIN }, (_, index) =>
    check({ name: `Check ${index + 1}`, tags: [index % 2 === 0 ? 'website' : 'ggd-portal'] }),
  );
  const histogram = Array.from({ length: DAY / MINUTE }, (_, index) => ({
    at: new Date(now - DAY + index * MINUTE).toISOString(),
    count: Math.round(4 + 3 * Math.sin(index / 37) + ((index * 7919) % 11)),
  }));
  const charts = buildWallCharts({
    now: new Date(now),
    config: config(CONFIG_YAML),
    signals: signalsOf({
      tickets: dayOfTickets(now),
      checks,
      queries: [queryResult({ histogram })],
    }),
    marks: new Map([['helpdesk', SPIKING.map(spikeMark)]]),
    checkHistory: dayOfChecks(checks, now),
    spanMs: DAY,
  });
  const series = [
    ...(charts.helpdesk?.series ?? []).map((one) => one.points.length),
    ...charts.queries.map((query) => query.points.length),
    ...charts.checks.map((strip) => strip.segments.length),
  ];
  return { charts, pointsBefore: DAY / MINUTE + 1, pointsAfter: Math.max(...series) };
}

/** The day's reports: the busy kinds all day, the spiking kinds only in the last hour. */
function dayOfTickets(now: number): Ticket[] {
  return Array.from({ length: TICKETS }, (_, index) => {
    const spike = index % 100 === 0;
    const subcategory = spike
      ? SPIKING[(index / 100) % SPIKING.length]!
      : SUBCATEGORIES[(index * 7) % BUSY]!;
    const ago = spike ? (index * 104_729) % (60 * MINUTE) : (index * 7919 * MINUTE) % DAY;
    return ticket({ subcategory, callDate: new Date(now - ago).toISOString() });
  });
}

/** A spike mark on a kind, as the helpdesk's rule raises it: its series is drawn whatever its rank. */
function spikeMark(subcategory: string): Mark {
  const base = sampleMark('ticket-spike');
  if (base.evidence.kind !== 'ticket-spike') throw new Error('unexpected sample');
  return { ...base, evidence: { ...base.evidence, by: 'subcategory', value: subcategory } };
}

/** Polled once a minute for the day; half the checks flap (down 2 of every 7 minutes). */
function dayOfChecks(checks: readonly Check[], now: number): CheckHistory {
  const history = new CheckHistory();
  for (let at = now - DAY; at <= now; at += MINUTE) {
    const minute = Math.floor(at / MINUTE);
    history.record(
      checks.map((one, index) =>
        index % 4 < 2 && (minute + index) % 7 < 2 ? { ...one, status: 'down' } : one,
      ),
      new Date(at),
    );
  }
  return history;
}
