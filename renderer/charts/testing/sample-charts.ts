import type {
  ChartPoint,
  CheckStrip,
  HelpdeskSeries,
  QueryChart,
  WallCharts,
} from '../../../shared/charts/chart-schema.ts';

/**
 * A launch afternoon on the wall, for the charts' tests: 16:00 in Amsterdam, three hours
 * shown. "Code niet ontvangen" spikes (26 in the last hour, normally under 1), backend 5xx
 * is over its 150 per 15 min, and the website check was down for 12 minutes.
 */
export const SAMPLE_GENERATED_AT = '2026-11-29T15:00:00.000Z';
export const SAMPLE_FROM = '2026-11-29T12:00:00.000Z';
export const SAMPLE_TIME_ZONE = 'Europe/Amsterdam';

const MINUTE = 60_000;
const from = Date.parse(SAMPLE_FROM);
const minutes = (Date.parse(SAMPLE_GENERATED_AT) - from) / MINUTE;
const at = (minute: number) => new Date(from + minute * MINUTE).toISOString();

/** The first `length` minutes of the span (all by default), each counted by `count`. */
function perMinute(count: (minute: number) => number, length = minutes + 1): ChartPoint[] {
  return Array.from({ length }, (_, minute) => ({
    at: at(minute),
    count: count(minute),
  }));
}

/** At each minute, how many of `calls` (minutes) fell in the hour before it. */
function trailingHour(calls: readonly number[]): (minute: number) => number {
  return (minute) => calls.filter((call) => call <= minute && call > minute - 60).length;
}

/** 26 calls since 15:05 local, one in the quiet hour before; normal is under 1 an hour. */
const codeCalls = [
  70, 125, 128, 131, 135, 138, 141, 143, 146, 148, 150, 152, 154, 156, 158, 160, 161, 163, 165, 167,
  168, 170, 172, 174, 176, 178, 179,
];
const loginCalls = [5, 14, 31, 52, 66, 80, 97, 104, 118, 133, 149, 162, 171];
const appointmentCalls = [9, 40, 77, 101, 139, 155, 177];
const otherCalls = [22, 95, 144];

const series = (
  key: string | null,
  calls: readonly number[],
  expected: number,
  spiking: boolean,
): HelpdeskSeries => ({
  key,
  points: perMinute(trailingHour(calls)),
  expected,
  // ticket-spike's max(minCount 20, factor 3 × expected), the default helpdesk rule.
  threshold: Math.max(20, 3 * expected),
  spiking,
});

export const sampleHelpdeskSeries = {
  code: series('Code niet ontvangen', codeCalls, 0.8, true),
  login: series('Inloggen met DigiD', loginCalls, 4.2, false),
  appointment: series('Afspraak wijzigen', appointmentCalls, 2.5, false),
  none: series(null, otherCalls, 1.1, false),
};

/** The last 15 minutes of backend 5xx: 187, over the rule's 150. */
const burst = [13, 12, 14, 11, 16, 12, 13, 15, 10, 14, 12, 13, 12, 10, 10];
const burstStart = minutes - burst.length;

/** Backend 5xx: up to 3 a minute, then a burst of 10 to 16 a minute from 15:45 local. */
export const sampleQuery: QueryChart = {
  id: 'backend-5xx',
  domain: 'alerting',
  windowMinutes: 15,
  threshold: 150,
  count: 187,
  degraded: false,
  // Buckets are keyed by their start: the last one is the minute before generatedAt.
  points: perMinute((minute) => burst[minute - burstStart] ?? (minute * 7) % 4, minutes),
};

const segment = (status: CheckStrip['segments'][number]['status'], start: number, end: number) => ({
  status,
  from: at(start),
  to: at(end),
});

export const sampleChecks: CheckStrip[] = [
  {
    id: '7001',
    name: 'GGD-portaal inloggen',
    domains: ['ggd-portal'],
    segments: [segment('up', 0, minutes)],
  },
  {
    id: '7002',
    name: 'GGD-portaal afspraken',
    domains: ['ggd-portal'],
    segments: [
      segment('unknown', 0, 6),
      segment('up', 6, 60),
      segment('paused', 60, 80),
      segment('up', 80, minutes),
    ],
  },
  {
    id: '7100',
    name: 'Website coronacheck',
    domains: ['website'],
    // Down from 15:20 to 15:32 local: 12 minutes.
    segments: [segment('up', 0, 140), segment('down', 140, 152), segment('up', 152, minutes)],
  },
];

export const sampleCharts: WallCharts = {
  generatedAt: SAMPLE_GENERATED_AT,
  from: SAMPLE_FROM,
  helpdesk: {
    windowMinutes: 60,
    by: 'subcategory',
    from: SAMPLE_FROM,
    to: SAMPLE_GENERATED_AT,
    // Busiest now first, as the data side sends it.
    series: [
      sampleHelpdeskSeries.code,
      sampleHelpdeskSeries.login,
      sampleHelpdeskSeries.appointment,
      sampleHelpdeskSeries.none,
    ],
  },
  queries: [sampleQuery],
  checks: sampleChecks,
};
