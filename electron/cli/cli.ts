import { ConfigError } from '../../shared/config/config-issues.ts';
import { EXIT_FAILED, EXIT_OK } from '../../shared/snapshot/exit-code.ts';
import { isParseArgsError, parseSimulateArgs, parseSnapshotArgs, UsageError } from './args.ts';
import { MAIN_HELP, SIMULATE_HELP, SNAPSHOT_HELP } from './help.ts';
import { ACTION_HELP, COLLECT_HELP, EXPORT_HELP, VERIFY_HELP } from './timeline-help.ts';
import type { ActionArgs } from './timeline-args.ts';
import { packageVersion } from './package-version.ts';
import type { CliIo } from './cli-io.ts';

export type { CliIo } from './cli-io.ts';

interface Command {
  readonly help: string;
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
}

/**
 * Each command imports its code only when it runs: the snapshot and simulator graphs take most
 * of a start-up, and `--version`, `--help` or a usage error need none of it.
 */
const COMMANDS = new Map<string, Command>([
  [
    'snapshot',
    {
      help: SNAPSHOT_HELP,
      run: async (args, io) => {
        const parsed = parseSnapshotArgs(args, io.env);
        if (parsed === 'help') return printHelp(SNAPSHOT_HELP, io);
        const { runSnapshot } = await import('./snapshot-command.ts');
        return runSnapshot(parsed, io);
      },
    },
  ],
  [
    'simulate',
    {
      help: SIMULATE_HELP,
      run: async (args, io) => {
        const parsed = parseSimulateArgs(args);
        if (parsed === 'help') return printHelp(SIMULATE_HELP, io);
        const { runSimulate } = await import('./simulate-command.ts');
        return runSimulate(parsed, io);
      },
    },
  ],
  [
    'collect',
    {
      help: COLLECT_HELP,
      run: async (args, io) => {
        const { parseCollectArgs } = await import('./timeline-args.ts');
        const parsed = parseCollectArgs(args, io.env);
        if (parsed === 'help') return printHelp(COLLECT_HELP, io);
        const { runCollect } = await import('./timeline-commands.ts');
        return runCollect(parsed, io);
      },
    },
  ],
  [
    'export',
    {
      help: EXPORT_HELP,
      run: async (args, io) => {
        const { parseExportArgs } = await import('./timeline-args.ts');
        const parsed = parseExportArgs(args, io.env);
        if (parsed === 'help') return printHelp(EXPORT_HELP, io);
        const { runExportCommand } = await import('./export-command.ts');
        return runExportCommand(parsed, io);
      },
    },
  ],
  [
    'verify',
    {
      help: VERIFY_HELP,
      run: async (args, io) => {
        const { parseVerifyArgs } = await import('./timeline-args.ts');
        const parsed = parseVerifyArgs(args);
        if (parsed === 'help') return printHelp(VERIFY_HELP, io);
        const { runVerify } = await import('./timeline-commands.ts');
        return runVerify(parsed, io);
      },
    },
  ],
  ...(['log', 'informed', 'ack', 'snooze'] as const).map(actionCommand),
]);

/** The coordinator's actions: one command each, one help text for all. */
function actionCommand(name: ActionArgs['command']): [string, Command] {
  return [
    name,
    {
      help: ACTION_HELP,
      run: async (args, io) => {
        const { parseActionArgs } = await import('./timeline-args.ts');
        const parsed = parseActionArgs(name, args);
        if (parsed === 'help') return printHelp(ACTION_HELP, io);
        const { runAction } = await import('./timeline-commands.ts');
        return runAction(parsed, io);
      },
    },
  ];
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportError(error, commandName(argv), io);
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const name = commandName(argv);
  const rest = argv.slice(1);
  if (name === 'help') return rest.length === 0 ? printHelp(MAIN_HELP, io) : helpOf(rest[0]!, io);
  if (name === 'version') {
    io.stdout(`${await packageVersion()}\n`);
    return EXIT_OK;
  }
  return commandNamed(name).run(rest, io);
}

/** `dijkwacht help snapshot`: the same text as `dijkwacht snapshot --help`. */
function helpOf(name: string, io: CliIo): number {
  return printHelp(commandNamed(name).help, io);
}

function commandNamed(name: string): Command {
  const command = COMMANDS.get(name);
  if (!command) throw new UsageError(`unknown command "${name}"`);
  return command;
}

function printHelp(text: string, io: CliIo): number {
  io.stdout(text);
  return EXIT_OK;
}

/** What a run is about, for messages: a command's name, "help" or "version". */
function commandName(argv: readonly string[]): string {
  const [first] = argv;
  if (first === undefined || first === '--help' || first === '-h') return 'help';
  if (first === '--version' || first === '-v') return 'version';
  return first;
}

/** Every failure exits EXIT_FAILED (3): 1 would read as WARNING to monitoring, and nothing is known to be ok. */
function reportError(error: unknown, command: string, io: CliIo): number {
  if (error instanceof ConfigError) {
    io.stderr(`dijkwacht: the config cannot be used:\n${error.message}\n`);
  } else if (isRefusal(error)) {
    io.stderr(`dijkwacht: ${(error as Error).message}\n`);
  } else if (error instanceof UsageError || isParseArgsError(error)) {
    io.stderr(`dijkwacht: ${(error as Error).message}\n${usageHint(command)}\n`);
  } else {
    io.stderr(unexpectedErrorText(error, command, io.env));
  }
  return EXIT_FAILED;
}

/**
 * A store that cannot be opened or that another collector holds, or an action that cannot be
 * done as asked: said in one line. Told apart by name, so this module need not load the
 * timeline's code (and zod) to know them.
 */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof Error &&
    ['StoreOpenError', 'StoreBusyError', 'ActionError'].includes(error.name)
  );
}

function usageHint(command: string): string {
  const help = COMMANDS.has(command) ? `dijkwacht ${command} --help` : 'dijkwacht --help';
  return `Run "${help}" for usage.`;
}

/**
 * One line for an error the command did not foresee (an I/O error, a bug): a stack trace would
 * bury the cause for whoever reads the cron mail. DIJKWACHT_DEBUG=1 adds it for whoever debugs.
 * bin.mjs has its own copy for errors that escape runCli, or happen before it is loaded.
 */
function unexpectedErrorText(
  error: unknown,
  command: string,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = `dijkwacht: unexpected error in ${command}: ${message.split('\n', 1)[0]}\n`;
  const stack = error instanceof Error ? error.stack : undefined;
  return env.DIJKWACHT_DEBUG === '1' && stack ? `${line}${stack}\n` : line;
}
