import type { Contact } from '../../shared/contacts/contacts.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import { playbookWithOfficeHours, type Playbook } from '../../shared/playbook/playbook.ts';
import { Collector } from '../collector/collector.ts';
import { createSourceClient } from '../sources/create-client.ts';
import type { SourceClient, SourceConfig } from '../sources/source-client.ts';

export interface AppServicesOptions {
  readonly version: string;
  readonly playbook: Playbook;
  readonly config: Config;
  readonly contacts: readonly Contact[];
  /** The config file, or null when running the built-in demo. */
  readonly configFile: string | null;
  readonly now?: () => Date;
  /** Builds each source's client; the real HTTP clients unless a test hands in others. */
  readonly createClient?: (source: SourceConfig) => SourceClient;
}

/**
 * The main process's services, independent of Electron: the IPC handlers and the status
 * feed. Electron's main wires them to ipcMain; the browser test harness wires the very
 * same objects to Playwright bindings.
 */
export interface AppServices {
  readonly handlers: InvokeHandlers;
  readonly collector: Collector;
  /** Re-sends the snapshot every `intervalMs`, the viewers' proof that main is alive; returns stop. */
  startHeartbeat(intervalMs: number): () => void;
}

export function createAppServices(options: AppServicesOptions): AppServices {
  const demo = options.configFile === null || options.config.demo;
  // The seed's playbook with the config's office hours: the intake channel the config implies.
  const playbook = playbookWithOfficeHours(options.config.intake.officeHours, options.playbook);
  const collector = new Collector({
    config: options.config,
    playbook,
    demo,
    createClient: options.createClient ?? createSourceClient,
    ...(options.now ? { now: options.now } : {}),
  });
  const handlers: InvokeHandlers = {
    'app:info': async () => ({
      version: options.version,
      title: options.config.title,
      timezone: options.config.timezone,
      demo,
      configFile: options.configFile,
    }),
    'playbook:get': async () => playbook,
    'snapshot:get': async () => collector.snapshot(),
    'contacts:get': async () => [...options.contacts],
  };
  const startHeartbeat = (intervalMs: number) => {
    const timer = setInterval(() => collector.publish(), intervalMs);
    return () => clearInterval(timer);
  };
  return { handlers, collector, startHeartbeat };
}
