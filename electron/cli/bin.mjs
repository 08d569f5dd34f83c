#!/usr/bin/env node
// The `dijkwacht` command. Checks the Node version before loading any TypeScript, so an old
// Node gets one clear line instead of a syntax error; Node 24 runs the .ts sources as they are.
import { checkNodeVersion } from './require-node.mjs';

const problem = checkNodeVersion();
if (problem) {
  console.error(problem);
  process.exit(3);
}
const { runCli } = await import('./cli.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
