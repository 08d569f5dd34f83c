import { stringify } from 'yaml';
import { formatDuration } from '../../shared/config/duration.ts';
import type { DomainConfig, RuleConfig } from '../../shared/config/rules-schema.ts';
import { defaultDomainConfig } from '../../shared/playbook/default-domain-config.ts';
import { DEFAULT_CLEAR_AFTER_MS } from '../../shared/rules/hysteresis.ts';

/** The config's `routing.unassignedAfter` when it says nothing: 30 minutes. */
const DEFAULT_UNASSIGNED_AFTER_MS = 1_800_000;

export interface DemoEndpoints {
  readonly topdesk: string;
  readonly statuscake: string;
  readonly elasticsearch: string;
  readonly alertmanager: string;
}

/** The demo servers' credentials: loopback only, printed in the config on purpose. */
export const DEMO_CREDENTIALS = {
  topdeskUser: 'dijkwacht-demo',
  topdeskPassword: 'demo-application-password',
  statuscakeToken: 'demo-statuscake-token',
  elasticsearchApiKey: 'ZGVtbzpkZW1vLWtleQ==',
} as const;

export const DEMO_ENV = {
  DIJKWACHT_DEMO_TOPDESK_PASSWORD: DEMO_CREDENTIALS.topdeskPassword,
  DIJKWACHT_DEMO_STATUSCAKE_TOKEN: DEMO_CREDENTIALS.statuscakeToken,
  DIJKWACHT_DEMO_ELK_API_KEY: DEMO_CREDENTIALS.elasticsearchApiKey,
} as const;

const MIN_DURATION_MS = 1_000;
/** A scenario's ten minutes: how long an alarm holds the demo's wall, before scaling. */
const DEMO_ALARM_HOLD_MS = 10 * 60_000;

/** A duration of the real playbook, compressed by the demo's speed factor. */
function scaled(ms: number, speed: number): string {
  // Zero stays zero: "clear at once" must not become "clear after a second".
  if (ms === 0) return '0s';
  return formatDuration(Math.max(MIN_DURATION_MS, Math.round(ms / speed / 1000) * 1000));
}

/**
 * Every duration of a rule, its built-in hold time included: a spike's 10 minutes of
 * clearAfter left unscaled would keep Helpdesk red for the demo's whole cycle.
 */
const SERVER_ERRORS_RULE: RuleConfig = {
  kind: 'query-threshold',
  severity: 'warning',
  query: 'backend-5xx',
  threshold: 200,
};

function scaledAtLeast(ms: number, speed: number, floorMs: number): string {
  return formatDuration(Math.max(floorMs, Math.round(ms / speed / 1000) * 1000));
}

function scaleRule(rule: RuleConfig, speed: number): Record<string, unknown> {
  const copy: Record<string, unknown> = {
    ...rule,
    clearAfter: rule.clearAfter ?? DEFAULT_CLEAR_AFTER_MS[rule.kind],
  };
  for (const key of ['for', 'clearAfter', 'window', 'baseline', 'deadline'] as const) {
    const value = copy[key];
    if (typeof value === 'number') copy[key] = scaled(value, speed);
  }
  return copy;
}

function scaleDomain(domain: DomainConfig, speed: number): Record<string, unknown> {
  return { ...domain, rules: (domain.rules ?? []).map((rule) => scaleRule(rule, speed)) };
}

/**
 * The config that points at the demo servers: the default playbook with every duration
 * divided by the speed factor (a 60-minute spike window becomes 3 minutes at speed 20), so
 * the scenario's story plays out in minutes and the rules still see it as the real thing.
 */
export function demoConfigDocument(
  endpoints: DemoEndpoints,
  speed: number,
  pollIntervalMs?: number,
): Record<string, unknown> {
  const interval = pollIntervalMs ? formatDuration(pollIntervalMs) : scaled(60_000, speed);
  const playbook: Record<string, DomainConfig> = {
    ...defaultDomainConfig,
    // The demo's Elasticsearch query gets a threshold in Alerting, scaled like every rule.
    alerting: {
      ...defaultDomainConfig.alerting,
      rules: [...(defaultDomainConfig.alerting.rules ?? []), SERVER_ERRORS_RULE],
    },
  };
  const domains = Object.fromEntries(
    Object.entries(playbook).map(([id, domain]) => [id, scaleDomain(domain, speed)]),
  );
  return {
    title: 'CoronaMelder — verhoogde dijkbewaking',
    timezone: 'Europe/Amsterdam',
    demo: true,
    sources: [
      {
        id: 'topdesk',
        kind: 'topdesk',
        url: endpoints.topdesk,
        username: DEMO_CREDENTIALS.topdeskUser,
        password: { env: 'DIJKWACHT_DEMO_TOPDESK_PASSWORD' },
        interval,
      },
      {
        id: 'statuscake',
        kind: 'statuscake',
        url: endpoints.statuscake,
        token: { env: 'DIJKWACHT_DEMO_STATUSCAKE_TOKEN' },
        interval,
      },
      {
        id: 'elk',
        kind: 'elasticsearch',
        url: endpoints.elasticsearch,
        apiKey: { env: 'DIJKWACHT_DEMO_ELK_API_KEY' },
        interval,
        queries: [
          {
            id: 'backend-5xx',
            index: 'logs-backend-*',
            query: 'http.response.status_code:[500 TO 599]',
            window: scaled(900_000, speed),
            label: { nl: 'serverfouten', en: 'server errors' },
          },
        ],
      },
      { id: 'alertmanager', kind: 'alertmanager', url: endpoints.alertmanager, interval },
    ],
    domains,
    priorities: { P0: '^(P0|Prio 0)', P1: '^(P1|Prio 1)' },
    // The config's floor is a minute; faster demos wait that minute before "no resolver group".
    routing: { unassignedAfter: scaledAtLeast(DEFAULT_UNASSIGNED_AFTER_MS, speed, 60_000) },
    // The story's alarms come minutes apart: each takes the wall long enough to read (half a
    // minute at the default speed), and a changed tile stays marked for a scenario hour.
    wall: {
      alarmHold: scaledAtLeast(DEMO_ALARM_HOLD_MS, speed, 5_000),
      highlight: scaledAtLeast(60 * 60_000, speed, 10_000),
    },
  };
}

export function demoConfigText(
  endpoints: DemoEndpoints,
  speed: number,
  pollIntervalMs?: number,
): string {
  const header = [
    '# Dijkwacht demo: points at the loopback servers of `dijkwacht simulate`.',
    `# Every duration of the default playbook is divided by the speed factor (${speed}).`,
    '# Secrets of the demo servers (loopback only):',
    ...Object.entries(DEMO_ENV).map(([name, value]) => `#   export ${name}=${value}`),
    '',
  ];
  return header.join('\n') + stringify(demoConfigDocument(endpoints, speed, pollIntervalMs));
}
