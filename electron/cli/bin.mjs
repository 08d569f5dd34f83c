#!/usr/bin/env node
// The `dijkwacht` command. Checks the Node version before loading any TypeScript, so an old
// Node gets one clear line instead of a syntax error; Node 24 runs the .ts sources as they are.
import { checkNodeVersion } from './require-node.mjs';

/** EXIT_FAILED of shared/snapshot/exit-code.ts, which an old Node cannot import. */
const EXIT_FAILED = 3;

const problem = checkNodeVersion();
if (problem) {
  console.error(problem);
  process.exit(EXIT_FAILED);
}

const argv = process.argv.slice(2);
// runCli reports what its commands throw; these catch what escapes it (cli.ts failing to load,
// a rejection or a throw nobody awaits), which Node would report with exit 1 and a stack trace.
process.on('uncaughtException', exitOnUnexpected);
process.on('unhandledRejection', exitOnUnexpected);
try {
  const { runCli } = await import('./cli.ts');
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  });
} catch (error) {
  exitOnUnexpected(error);
}

/**
 * Plain JavaScript, so it works when the TypeScript cannot load; the same message as cli.ts.
 * Exits at once: the demo servers of `simulate` may still be listening.
 */
function exitOnUnexpected(error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `dijkwacht: unexpected error in ${commandName(argv)}: ${message.split('\n', 1)[0]}\n`,
  );
  if (process.env.DIJKWACHT_DEBUG === '1' && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  process.exit(EXIT_FAILED);
}

/** As in cli.ts: a command's name, "help" or "version". */
function commandName([first]) {
  if (first === undefined || first === '--help' || first === '-h') return 'help';
  if (first === '--version' || first === '-v') return 'version';
  return first;
}
