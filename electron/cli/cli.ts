import { parseArgs } from 'node:util';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { EXIT_UNKNOWN } from '../../shared/snapshot/exit-code.ts';
import { packageVersion } from './package-version.ts';
import { runSnapshot } from './snapshot-command.ts';
import { runSimulate } from './simulate-command.ts';
import { DEFAULT_SPEED } from '../simulator/simulator.ts';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when a long-running command should stop (default: SIGINT or SIGTERM). */
  readonly untilStopped?: () => Promise<void>;
}

const HELP = `dijkwacht — war-room dashboard for heightened monitoring

Usage:
  dijkwacht snapshot --config FILE [--format json|text] [--now ISO]
      Read every configured source once, evaluate, print the snapshot.
      Exit code: 2 critical, 1 warning, 3 unknown (or an unusable config), 0 ok.
  dijkwacht simulate [--scenario launch-weekend] [--speed 20] [--out FILE]
      Serve the demo sources (TOPdesk, StatusCake, Elasticsearch, Alertmanager) on
      loopback, play the scenario on them, print a config that points at them.
  dijkwacht --help       Show this help.
  dijkwacht --version    Show the version.

The config file (YAML or JSON) is described in README.md.
`;

/** Usage errors exit 3 like a bad config: a monitoring caller must not read them as "ok". */
class UsageError extends Error {}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(`dijkwacht: the config cannot be used:\n${error.message}\n`);
      return EXIT_UNKNOWN;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`dijkwacht: ${(error as Error).message}\nRun "dijkwacht --help" for usage.\n`);
      return EXIT_UNKNOWN;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${await packageVersion()}\n`);
    return 0;
  }
  if (command === 'snapshot') return runSnapshot(parseSnapshotArgs(rest), io);
  if (command === 'simulate') return runSimulate(parseSimulateArgs(rest), io);
  throw new UsageError(`unknown command "${command}"`);
}

function parseSnapshotArgs(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      config: { type: 'string' },
      format: { type: 'string', default: 'json' },
      now: { type: 'string' },
    },
  });
  if (!values.config) throw new UsageError('snapshot needs --config FILE');
  if (values.format !== 'json' && values.format !== 'text')
    throw new UsageError('--format takes json or text');
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime()))
    throw new UsageError('--now takes an ISO 8601 time such as 2020-10-10T12:00:00Z');
  return { config: values.config, format: values.format as 'json' | 'text', now };
}

function parseSimulateArgs(args: readonly string[]) {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: { scenario: { type: 'string' }, speed: { type: 'string' }, out: { type: 'string' } },
  });
  const speed = values.speed === undefined ? DEFAULT_SPEED : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 1 || speed > 3600)
    throw new UsageError('--speed takes a number from 1 to 3600');
  return { scenario: values.scenario, speed, out: values.out };
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
