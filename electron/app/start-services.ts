import { parseConfigText } from '../../shared/config/parse-config.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import { loadConfigFile } from '../config/load-config.ts';
import { createAppServices, type AppServices } from './app-services.ts';

/** The built-in demo's config, used when the app starts without one. */
const DEMO_CONFIG = 'title: Dijkwacht — demo\n';

/** Loads the config (or the demo) and builds the services; throws ConfigError for a bad file. */
export async function startServices(
  configFile: string | null,
  version: string,
): Promise<AppServices> {
  if (configFile) {
    const loaded = await loadConfigFile(configFile, defaultPlaybook);
    return createAppServices({
      version,
      playbook: defaultPlaybook,
      config: loaded.config,
      contacts: loaded.contacts,
      configFile,
    });
  }
  const demo = parseConfigText(DEMO_CONFIG, { fileName: 'demo', env: {} });
  if (!demo.ok) throw demo.error;
  return createAppServices({
    version,
    playbook: defaultPlaybook,
    config: demo.value,
    contacts: [],
    configFile: null,
  });
}
