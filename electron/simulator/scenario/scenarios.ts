import { launchWeekend } from './launch-weekend.ts';
import type { Scenario } from './scenario-events.ts';

/** The demo scenarios by name; `dijkwacht simulate --scenario NAME`. */
export const scenarios: Readonly<Record<string, Scenario>> = {
  [launchWeekend.name]: launchWeekend,
};

export const DEFAULT_SCENARIO = launchWeekend.name;
