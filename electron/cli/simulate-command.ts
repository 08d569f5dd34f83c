import { writeFile } from 'node:fs/promises';
import { startSimulator, UnknownScenarioError } from '../simulator/simulator.ts';
import { DEMO_ENV } from '../simulator/demo-config.ts';
import type { CliIo } from './cli.ts';

export interface SimulateArgs {
  readonly scenario: string | undefined;
  readonly speed: number;
  readonly out: string | undefined;
}

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
    return 3;
  }
  const exports = Object.entries(DEMO_ENV)
    .map(([name, value]) => `export ${name}=${value}`)
    .join('\n');
  if (args.out) {
    await writeFile(args.out, simulator.configText);
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
  await simulator.stop();
  return 0;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
