import path from 'node:path';
import { ConfigError } from '../../shared/config/config-issues.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { startSimulator, type Simulator } from '../simulator/simulator.ts';
import { createAppServices, type AppServices, type AppServicesOptions } from './app-services.ts';

export interface RunningServices {
  readonly services: AppServices;
  /** The demo's simulator, when the app runs without a config. */
  readonly simulator: Simulator | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** A config file, or null for the built-in demo (the simulator on loopback). */
  readonly configFile: string | null;
  readonly version: string;
  /** Demo speed factor (scenario minutes per real minute). */
  readonly demoSpeed?: number;
  readonly createClient?: AppServicesOptions['createClient'];
}

/**
 * Loads the config (or starts the demo), builds the services and starts polling. Throws
 * ConfigError for a bad file. Used by Electron's main and by the browser test harness.
 */
export async function startServices(options: StartOptions): Promise<RunningServices> {
  const common = {
    version: options.version,
    playbook: defaultPlaybook,
    ...(options.createClient ? { createClient: options.createClient } : {}),
  };
  if (options.configFile) {
    // By its full path: an app started from a shortcut has no working directory to speak of,
    // and the start-up dialog must name the file a user can open.
    const configFile = path.resolve(options.configFile);
    const loaded = await loadConfigFile(configFile, defaultPlaybook);
    const services = createAppServices({
      ...common,
      config: loaded.config,
      contacts: loaded.contacts,
      configFile,
    });
    services.collector.start();
    return { services, simulator: null, stop: () => services.collector.stop() };
  }
  const simulator = await startSimulator(options.demoSpeed ? { speed: options.demoSpeed } : {});
  const services = createAppServices({
    ...common,
    config: simulator.config,
    contacts: [],
    configFile: null,
  });
  services.collector.start();
  return {
    services,
    simulator,
    stop: async () => {
      await services.collector.stop();
      await simulator.stop();
    },
  };
}

/**
 * The text of the dialog when the app cannot start. A ConfigError's message already names
 * the file, the path inside it and what was expected, one line per problem.
 */
export function startupErrorMessage(error: unknown): string {
  return error instanceof ConfigError
    ? `The config cannot be used:\n\n${error.message}`
    : String(error);
}
