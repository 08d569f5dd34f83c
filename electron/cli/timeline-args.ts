import { parseArgs } from 'node:util';
import { parseDuration } from '../../shared/config/duration.ts';
import { markRuleKinds, type MarkRuleKind } from '../../shared/marks/rule-kind.ts';
import { domainIds, type DomainId } from '../../shared/playbook/domains.ts';
import { roles } from '../../shared/playbook/roles.ts';
import { actionLimits } from '../../shared/timeline/action-limits.ts';
import { actorSchema, SYSTEM_ACTOR } from '../../shared/timeline/event.ts';
import { UsageError } from './args.ts';

/**
 * The arguments of the timeline's commands (docs/cli.md). Each is checked here, before any
 * store is opened, so a bad argument exits 3 with one line and writes nothing.
 */

type Parsed<Args> = Args | 'help';

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;
const DB_OPTION = { db: { type: 'string' } } as const;

export interface CollectArgs {
  readonly config: string;
  readonly db: string;
  /** DIJKWACHT_HEARTBEAT_MS, for tests only: null keeps the default (5 s). */
  readonly heartbeatMs: number | null;
}

/** The heartbeats a test may set (DIJKWACHT_HEARTBEAT_MS); a person never needs to. */
export const TEST_HEARTBEAT_RANGE = { min: 50, max: 60_000 } as const;

export const EXPORT_FORMATS = ['csv', 'json', 'md', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportArgs {
  readonly db: string;
  readonly format: ExportFormat;
  readonly redact: boolean;
  readonly from: Date | null;
  readonly to: Date | null;
  readonly domain: DomainId | null;
  readonly out: string | null;
  /** For the title, the time zone and the contacts' names; optional. */
  readonly config: string | null;
  readonly by: string;
}

export type ActionArgs =
  | { readonly command: 'log'; readonly kind: 'note' | 'decision'; readonly text: string }
  | { readonly command: 'informed'; readonly role: string; readonly text: string | null }
  | { readonly command: 'ack'; readonly rule: MarkRuleKind | null; readonly text: string | null }
  | {
      readonly command: 'snooze';
      readonly rule: MarkRuleKind | null;
      readonly forMs: number;
      readonly text: string;
    };

export type ActionCommandArgs = ActionArgs & {
  readonly db: string;
  readonly by: string;
  readonly domain: DomainId | null;
};

export function parseCollectArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Parsed<CollectArgs> {
  const { values } = strictParse(args, { config: { type: 'string' }, ...DB_OPTION });
  if (values.help) return 'help';
  const config = stringValue(values.config) ?? env.DIJKWACHT_CONFIG;
  if (!config)
    throw new UsageError(
      'collect needs --config FILE (or DIJKWACHT_CONFIG=FILE in the environment)',
    );
  return { config, db: requireDb(values.db, 'collect'), heartbeatMs: testHeartbeat(env) };
}

/** For the failover tests, which cannot wait 2 × 5 s per takeover (the help says: tests only). */
function testHeartbeat(env: Readonly<Record<string, string | undefined>>): number | null {
  const text = env.DIJKWACHT_HEARTBEAT_MS;
  if (text === undefined || text === '') return null;
  const ms = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const { min, max } = TEST_HEARTBEAT_RANGE;
  if (!(ms >= min && ms <= max))
    throw new UsageError(`DIJKWACHT_HEARTBEAT_MS takes milliseconds from ${min} to ${max}`);
  return ms;
}

export function parseExportArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Parsed<ExportArgs> {
  const { values } = strictParse(args, {
    ...DB_OPTION,
    format: { type: 'string' },
    redact: { type: 'boolean', default: false },
    from: { type: 'string' },
    to: { type: 'string' },
    domain: { type: 'string' },
    out: { type: 'string' },
    config: { type: 'string' },
    by: { type: 'string' },
  });
  if (values.help) return 'help';
  const format = stringValue(values.format);
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}`);
  const out = stringValue(values.out) ?? null;
  if (format === 'pdf' && out === null) throw new UsageError('--format pdf needs --out FILE');
  const from = timeOption(values.from, '--from');
  const to = timeOption(values.to, '--to');
  if (from && to && from.getTime() >= to.getTime())
    throw new UsageError('--from must be before --to');
  return {
    db: requireDb(values.db, 'export'),
    format: format as ExportFormat,
    redact: values.redact === true,
    from,
    to,
    domain: domainOption(values.domain),
    out,
    config: stringValue(values.config) ?? env.DIJKWACHT_CONFIG ?? null,
    by: values.by === undefined ? (env.USER ?? SYSTEM_ACTOR) : actorOption(values.by),
  };
}

export function parseVerifyArgs(args: readonly string[]): Parsed<{ db: string }> {
  const { values } = strictParse(args, DB_OPTION);
  if (values.help) return 'help';
  return { db: requireDb(values.db, 'verify') };
}

export function parseActionArgs(
  command: ActionArgs['command'],
  args: readonly string[],
): Parsed<ActionCommandArgs> {
  const { values } = strictParse(args, {
    ...DB_OPTION,
    by: { type: 'string' },
    domain: { type: 'string' },
    text: { type: 'string' },
    kind: { type: 'string' },
    role: { type: 'string' },
    rule: { type: 'string' },
    for: { type: 'string' },
  });
  if (values.help) return 'help';
  const allowed = ALLOWED_OPTIONS[command];
  const stray = Object.keys(values).find(
    (name) => name !== 'help' && !allowed.includes(name) && values[name as keyof typeof values],
  );
  if (stray) throw new UsageError(`${command} takes no --${stray}`);
  const common = {
    db: requireDb(values.db, command),
    by: requireActor(values.by, command),
    domain: domainOption(values.domain),
  };
  const specific = specificArgs(command, values);
  if (command !== 'log' && common.domain === null)
    throw new UsageError(`${command} needs --domain ID (one of ${domainIds.join(', ')})`);
  return { ...common, ...specific };
}

const ALLOWED_OPTIONS: Readonly<Record<ActionArgs['command'], readonly string[]>> = {
  log: ['db', 'by', 'domain', 'text', 'kind'],
  informed: ['db', 'by', 'domain', 'text', 'role'],
  ack: ['db', 'by', 'domain', 'text', 'rule'],
  snooze: ['db', 'by', 'domain', 'text', 'rule', 'for'],
};

type ActionValues = Readonly<Record<string, string | boolean | undefined>>;

function specificArgs(command: ActionArgs['command'], values: ActionValues): ActionArgs {
  switch (command) {
    case 'log':
      return { command, kind: logKind(values.kind), text: requireText(values.text, 'log') };
    case 'informed':
      return { command, role: roleOption(values.role), text: optionalText(values.text) };
    case 'ack':
      return { command, rule: ruleOption(values.rule), text: optionalText(values.text) };
    case 'snooze':
      return {
        command,
        rule: ruleOption(values.rule),
        forMs: snoozeDuration(values.for),
        text: requireText(values.text, 'snooze (the reason)'),
      };
  }
}

function strictParse<O extends Record<string, { type: 'string' | 'boolean'; default?: boolean }>>(
  args: readonly string[],
  options: O,
) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { ...options, ...HELP_OPTION },
  });
}

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function requireDb(value: unknown, command: string): string {
  const db = stringValue(value);
  if (!db)
    throw new UsageError(
      `${command} needs --db STORE (a file, e.g. timeline.sqlite, or a postgres:// URL)`,
    );
  return db;
}

function requireActor(value: unknown, command: string): string {
  if (value === undefined) throw new UsageError(`${command} needs --by NAME (who does this)`);
  return actorOption(value);
}

function actorOption(value: unknown): string {
  const name = typeof value === 'string' ? value.trim() : '';
  if (name === SYSTEM_ACTOR) throw new UsageError('--by system is reserved for the collector');
  if (name.length > actionLimits.nameMax || !actorSchema.safeParse(name).success)
    throw new UsageError(
      `--by takes a name of 1 to ${actionLimits.nameMax} characters on one line`,
    );
  return name;
}

function domainOption(value: unknown): DomainId | null {
  if (value === undefined) return null;
  if (!(domainIds as readonly unknown[]).includes(value))
    throw new UsageError(`unknown domain "${String(value)}"; one of ${domainIds.join(', ')}`);
  return value as DomainId;
}

function roleOption(value: unknown): string {
  if (value === undefined) throw new UsageError('informed needs --role ROLE');
  if (!roles.some((role) => role.id === value))
    throw new UsageError(
      `unknown role "${String(value)}"; one of ${roles.map((role) => role.id).join(', ')}`,
    );
  return value as string;
}

function ruleOption(value: unknown): MarkRuleKind | null {
  if (value === undefined) return null;
  if (!(markRuleKinds as readonly unknown[]).includes(value))
    throw new UsageError(`unknown rule "${String(value)}"; one of ${markRuleKinds.join(', ')}`);
  return value as MarkRuleKind;
}

function logKind(value: unknown): 'note' | 'decision' {
  if (value !== 'note' && value !== 'decision')
    throw new UsageError('log needs --kind note or --kind decision');
  return value;
}

function requireText(value: unknown, command: string): string {
  const text = optionalText(value);
  if (text === null) throw new UsageError(`${command} needs --text TEXT`);
  return text;
}

function optionalText(value: unknown): string | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (text === '') throw new UsageError('--text must not be empty');
  if (text.length > actionLimits.textMax)
    throw new UsageError(`--text takes at most ${actionLimits.textMax} characters`);
  return text;
}

function snoozeDuration(value: unknown): number {
  const ms = typeof value === 'string' ? parseDuration(value) : null;
  if (ms === null || ms < actionLimits.snoozeMinMs || ms > actionLimits.snoozeMaxMs)
    throw new UsageError('snooze needs --for DURATION from 1m to 24h, e.g. --for 30m');
  return ms;
}

function timeOption(value: unknown, name: string): Date | null {
  if (value === undefined) return null;
  const text = String(value);
  const time = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(time.getTime()))
    throw new UsageError(`${name} takes an ISO 8601 time such as 2020-10-10T12:00:00Z`);
  return time;
}
