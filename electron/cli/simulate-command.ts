import { writeFile } from 'node:fs/promises';
import { EXIT_FAILED, EXIT_OK } from '../../shared/snapshot/exit-code.ts';
import { startSimulator, UnknownScenarioError, type Simulator } from '../simulator/simulator.ts';
import { DEMO_ENV } from '../simulator/demo-config.ts';
import type { CliIo } from './cli-io.ts';
import type { SimulateArgs } from './args.ts';

export type { SimulateArgs } from './args.ts';

/**
 * `dijkwacht simulate`: the demo servers on loopback, a scenario playing on them, and the
 * config that points at them — on stdout, or in --out FILE. Runs until SIGINT/SIGTERM.
 */
export async function runSimulate(args: SimulateArgs, io: CliIo): Promise<number> {
  let simulator;
  try {
    simulator = await startSimulator({
      ...(args.scenario ? { scenario: args.scenario } : {}),
      speed: args.speed,
    });
  } catch (error) {
    if (!(error instanceof UnknownScenarioError)) throw error;
    io.stderr(`dijkwacht: ${error.message}\n`);
    return EXIT_FAILED;
  }
  // Whatever goes wrong from here, the servers stop: while they listen, the process never exits.
  try {
    return await announceAndServe(simulator, args, io);
  } finally {
    await simulator.stop();
  }
}

async function announceAndServe(
  simulator: Simulator,
  args: SimulateArgs,
  io: CliIo,
): Promise<number> {
  const exports = Object.entries(DEMO_ENV)
    .map(([name, value]) => `export ${name}=${value}`)
    .join('\n');
  if (args.out) {
    const problem = await writeConfig(args.out, simulator.configText);
    if (problem) {
      io.stderr(`dijkwacht: simulate: cannot write the demo config to ${args.out}: ${problem}\n`);
      return EXIT_FAILED;
    }
    io.stderr(
      `dijkwacht: demo config written to ${args.out}; the demo servers' secrets:\n${exports}\n`,
    );
  } else {
    io.stdout(simulator.configText);
  }
  io.stderr(
    `dijkwacht: simulating at speed ${args.speed} (1 scenario minute = ${(60 / args.speed).toFixed(1)} s); Ctrl-C stops.\n`,
  );
  await (io.untilStopped ?? untilSignal)();
  return EXIT_OK;
}

/** writeFile's errors that a wrong --out explains; ENOENT on a write means the folder. */
const WRITE_PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** Writes the --out file; returns why it could not, in words, or null when it could. */
async function writeConfig(file: string, text: string): Promise<string | null> {
  try {
    await writeFile(file, text);
    return null;
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return WRITE_PROBLEMS[code ?? ''] ?? message.split('\n', 1)[0]!;
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
