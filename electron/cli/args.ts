import { parseArgs } from 'node:util';
import type { Language } from '../../shared/playbook/text.ts';

/**
 * What `simulate` plays without options. The simulator has the same defaults (a test keeps them
 * equal), but reading them from it would make `--help` load the whole simulator.
 */
export const SIMULATE_DEFAULTS = { scenario: 'launch-weekend', speed: 20 } as const;

export interface SimulateArgs {
  readonly scenario: string | undefined;
  readonly speed: number;
  readonly out: string | undefined;
}

export interface SnapshotArgs {
  readonly config: string;
  readonly format: 'json' | 'text';
  /** `--now`: judge the sources as if the wall clock stood at this instant. */
  readonly now: Date | undefined;
  /** The language of `--format text` (Dutch unless --lang en). */
  readonly lang: Language;
}

/** Usage errors exit 3 like a bad config: a monitoring caller must not read them as "ok". */
export class UsageError extends Error {}

/** A command's arguments, or 'help' when they ask for its usage: that beats every other check. */
type Parsed<Args> = Args | 'help';

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export function parseSnapshotArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Parsed<SnapshotArgs> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'json' },
      now: { type: 'string' },
      lang: { type: 'string', default: 'nl' },
      ...HELP_OPTION,
    },
  });
  if (values.help) return 'help';
  // As in the app (launch-options.ts): --config beats the variable, and empty means unset.
  const config = values.config ?? env.DIJKWACHT_CONFIG;
  if (!config)
    throw new UsageError(
      'snapshot needs --config FILE (or DIJKWACHT_CONFIG=FILE in the environment)',
    );
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format takes json or text');
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime()))
    throw new UsageError('--now takes an ISO 8601 time such as 2020-10-10T12:00:00Z');
  if (values.lang !== 'nl' && values.lang !== 'en') throw new UsageError('--lang takes nl or en');
  return { config, format: values.format, now, lang: values.lang };
}

export function parseSimulateArgs(args: readonly string[]): Parsed<SimulateArgs> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      scenario: { type: 'string', default: SIMULATE_DEFAULTS.scenario },
      speed: { type: 'string' },
      out: { type: 'string' },
      ...HELP_OPTION,
    },
  });
  if (values.help) return 'help';
  const speed = values.speed === undefined ? SIMULATE_DEFAULTS.speed : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 1 || speed > 3600)
    throw new UsageError('--speed takes a number from 1 to 3600');
  return { scenario: values.scenario, speed, out: values.out };
}

/** parseArgs' own errors (unknown option, stray argument) are usage errors too. */
export function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
