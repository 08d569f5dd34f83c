/**
 * Builders for the rule tests and the rules benchmark: signals with sensible defaults, rules
 * and configs written as users write them (YAML), and one call that runs evaluateRules.
 * Pure (no Node, no assert) so it type-checks with the rest of shared/.
 */
import { parse } from 'yaml';
import { parseConfigText, type Config } from '../../config/parse-config.ts';
import { ruleSchema, type DomainConfig, type RuleConfig } from '../../config/rules-schema.ts';
import { defaultDomainConfig } from '../../playbook/default-domain-config.ts';
import type { DomainId } from '../../playbook/domains.ts';
import { defaultSubjectRoutes } from '../../playbook/subject-routes.ts';
import { defaultPlaybook, type Playbook } from '../../playbook/playbook.ts';
import type { Alert, Check, QueryResult, SourceSignals, Ticket } from '../../signals/signals.ts';
import type { Mark } from '../../snapshot/snapshot-schema.ts';
import { evaluateRules, type Evaluation } from '../evaluate.ts';
import type { RuleContext } from '../rule-context.ts';
import { emptyRuleState, type RuleState } from '../rule-state.ts';

export const SECOND = 1_000;
export const MINUTE = 60_000;
export const HOUR = 3_600_000;

/** The launch Saturday of the seed (10 October 2020), at noon UTC. */
export const NOW = new Date('2020-10-10T12:00:00.000Z');

/** An ISO time `ms` after `from` (before it when negative). */
export function at(ms: number, from: Date = NOW): string {
  return new Date(from.getTime() + ms).toISOString();
}

/** An ISO time `ms` before `from`. */
export function ago(ms: number, from: Date = NOW): string {
  return at(-ms, from);
}

let sequence = 0;
function nextId(): number {
  sequence += 1;
  return sequence;
}

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  const n = nextId();
  return {
    id: `t-${n}`,
    number: `I 2010 ${String(n).padStart(4, '0')}`,
    briefDescription: `Melding ${n}`,
    category: 'Helpdesk',
    subcategory: 'Installatie',
    priority: 'P3 - Normaal',
    operatorGroup: 'CIBG service desk',
    processingStatus: 'Ingediend',
    callDate: ago(10 * MINUTE),
    modificationDate: ago(5 * MINUTE),
    closed: false,
    completed: false,
    majorCall: false,
    ...overrides,
  };
}

/** `count` tickets called in evenly over [from, to) (ISO times), with the same fields. */
export function ticketsBetween(
  count: number,
  from: string,
  to: string,
  overrides: Partial<Ticket> = {},
): Ticket[] {
  const start = Date.parse(from);
  const step = (Date.parse(to) - start) / count;
  return Array.from({ length: count }, (_, index) =>
    ticket({ ...overrides, callDate: new Date(start + index * step).toISOString() }),
  );
}

export function check(overrides: Partial<Check> = {}): Check {
  const n = nextId();
  return {
    id: `c-${n}`,
    name: `coronamelder.nl (${n})`,
    url: 'https://coronamelder.nl',
    status: 'up',
    paused: false,
    tags: ['website'],
    checkRateSeconds: 60,
    downSince: null,
    ...overrides,
  };
}

export function alert(overrides: Partial<Alert> = {}): Alert {
  const n = nextId();
  return {
    fingerprint: `fp-${n}`,
    name: `Alert${n}`,
    labels: { alertname: `Alert${n}` },
    annotations: {},
    startsAt: ago(5 * MINUTE),
    state: 'active',
    silencedBy: [],
    inhibitedBy: [],
    generatorURL: null,
    ...overrides,
  };
}

export function queryResult(overrides: Partial<QueryResult> = {}): QueryResult {
  return {
    id: 'backend-5xx',
    count: 0,
    from: ago(15 * MINUTE),
    to: at(0),
    degraded: false,
    degradedReason: null,
    histogram: [],
    ...overrides,
  };
}

/** A rule as a user writes it in the config (YAML flow mapping), parsed by the real schema. */
export function rule(yaml: string): RuleConfig {
  return ruleSchema.parse(parse(yaml));
}

export type RuleOf<K extends RuleConfig['kind']> = Extract<RuleConfig, { kind: K }>;

/** A rule of one kind from its other keys, e.g. ruleOf('check-down', '{ for: 2m }'). */
export function ruleOf<K extends RuleConfig['kind']>(kind: K, yaml = '{}'): RuleOf<K> {
  const keys: unknown = parse(yaml);
  const parsed = ruleSchema.parse({ ...(keys as object), kind });
  if (parsed.kind !== kind) throw new Error(`expected a ${kind} rule`);
  return parsed as RuleOf<K>;
}

/** One source of each kind, with the ids the signal helpers below use. */
export const ALL_SOURCES = `sources:
  - { id: td, kind: topdesk, url: "https://td.example", username: u, password: { env: S } }
  - { id: sc, kind: statuscake, url: "https://sc.example", token: { env: S } }
  - { id: am, kind: alertmanager, url: "https://am.example" }
  - id: elk
    kind: elasticsearch
    url: https://elk.example
    queries: [{ id: backend-5xx, index: "logs-*", query: "status:500", window: 15m }]
`;
export const ALL_SOURCE_IDS: ReadonlySet<string> = new Set(['td', 'sc', 'am', 'elk']);

/** A config from YAML text (the sources above unless the text has its own). */
export function config(yaml = ''): Config {
  const text = /^sources:/m.test(yaml) ? yaml : `${ALL_SOURCES}${yaml}`;
  const result = parseConfigText(text, { fileName: 'test.yaml', env: { S: 'secret-s3cr3t' } });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export interface SignalLists {
  readonly tickets?: readonly Ticket[];
  readonly checks?: readonly Check[];
  readonly alerts?: readonly Alert[];
  readonly queries?: readonly QueryResult[];
}

/** The signals by the source ids of ALL_SOURCES. */
export function signalsOf(lists: SignalLists): Map<string, SourceSignals> {
  return new Map<string, SourceSignals>([
    ['td', { kind: 'topdesk', tickets: lists.tickets ?? [] }],
    ['sc', { kind: 'statuscake', checks: lists.checks ?? [] }],
    ['am', { kind: 'alertmanager', alerts: lists.alerts ?? [] }],
    ['elk', { kind: 'elasticsearch', queries: lists.queries ?? [] }],
  ]);
}

/** What one rule sees, for calling a per-kind evaluator directly. */
export function ruleContext(
  overrides: Partial<RuleContext> & { readonly domainId?: DomainId } = {},
): RuleContext {
  const { domainId = 'helpdesk', ...rest } = overrides;
  const domain = defaultPlaybook.domains.find((candidate) => candidate.id === domainId);
  if (!domain) throw new Error(`no domain ${domainId}`);
  const settings: DomainConfig = defaultDomainConfig[domainId];
  return {
    now: NOW,
    domain,
    settings,
    playbook: defaultPlaybook,
    priorities: { P0: '^(P0|Prio 0)', P1: '^(P1|Prio 1)' },
    unassignedAfterMs: 30 * MINUTE,
    routingSubjects: defaultSubjectRoutes,
    tickets: [],
    checks: [],
    alerts: [],
    queries: new Map(),
    queryLabels: new Map(),
    alertClaimsElsewhere: [],
    ...rest,
  };
}

export interface EvaluateOptions extends SignalLists {
  readonly now?: Date;
  readonly config?: Config;
  readonly playbook?: Playbook;
  readonly fresh?: ReadonlySet<string>;
  readonly state?: RuleState;
  readonly acknowledged?: ReadonlySet<string>;
}

/** evaluateRules with every source fresh and the default playbook unless told otherwise. */
export function evaluate(options: EvaluateOptions = {}): Evaluation {
  return evaluateRules({
    now: options.now ?? NOW,
    config: options.config ?? config(),
    playbook: options.playbook ?? defaultPlaybook,
    signals: signalsOf(options),
    freshSourceIds: options.fresh ?? ALL_SOURCE_IDS,
    state: options.state ?? emptyRuleState,
    ...(options.acknowledged ? { acknowledged: options.acknowledged } : {}),
  });
}

/** The marks of one domain (empty when it has none). */
export function marksOf(evaluation: Evaluation, domain: DomainId): readonly Mark[] {
  return evaluation.marks.get(domain) ?? [];
}
