import { parseConfigText, type Config } from '../../shared/config/parse-config.ts';
import type { Clock } from '../time/clock.ts';
import { DEMO_ENV, demoConfigText } from './demo-config.ts';
import { startDemoWorld, type DemoWorld } from './demo-world.ts';
import { ScenarioDriver } from './scenario-driver.ts';
import { DEFAULT_SCENARIO, scenarios } from './scenario/scenarios.ts';

/** Real seconds per scenario minute at the default speed: the story takes ten minutes. */
export const DEFAULT_SPEED = 20;

export interface Simulator {
  readonly world: DemoWorld;
  readonly driver: ScenarioDriver;
  /** The config that points at the demo servers, as text (what `simulate` prints). */
  readonly configText: string;
  /** The same config parsed, with the demo servers' secrets resolved. */
  readonly config: Config;
  stop(): Promise<void>;
}

export class UnknownScenarioError extends Error {}

/** Starts the demo servers and plays a scenario on them. */
export async function startSimulator(
  options: { scenario?: string; speed?: number; clock?: Clock } = {},
): Promise<Simulator> {
  const scenario = scenarios[options.scenario ?? DEFAULT_SCENARIO];
  if (!scenario)
    throw new UnknownScenarioError(
      `unknown scenario "${options.scenario}" (known: ${Object.keys(scenarios).join(', ')})`,
    );
  const speed = options.speed ?? DEFAULT_SPEED;
  const world = await startDemoWorld(options.clock ? { clock: options.clock } : {});
  const driver = new ScenarioDriver(scenario, world, speed);
  driver.start();
  const configText = demoConfigText(world.endpoints, speed);
  const parsed = parseConfigText(configText, { fileName: 'demo', env: DEMO_ENV });
  if (!parsed.ok) throw parsed.error;
  return {
    world,
    driver,
    configText,
    config: parsed.value,
    stop: async () => {
      driver.stop();
      await world.close();
    },
  };
}
