import { ConfigError } from '../../shared/config/config-issues.ts';
import { officeHoursSchema } from '../../shared/config/intake-schema.ts';
import type { OfficeHours } from '../../shared/playbook/intake.ts';
import type { SettingsView } from '../../shared/settings/settings-contract.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { documentData, type ConfigDocumentFile } from './config-document.ts';
import { configuredSources } from './configured-sources.ts';
import type { SeatSettingsFile } from './seat-settings-file.ts';
import type { WallDisplays } from './wall-displays.ts';

export interface SettingsViewSources {
  readonly seat: SeatSettingsFile;
  /** The config file, or null on the built-in demo. */
  readonly config: ConfigDocumentFile | null;
  readonly secrets: SecretStore;
  readonly displays: WallDisplays | null;
  /** What the loaded config says: the fallbacks when the file cannot be read now. */
  readonly loaded: { readonly sound: boolean; readonly officeHours: OfficeHours };
}

/**
 * What the settings page shows, read fresh each time: the file on disk, not the config the
 * app started with, so what was just saved is what the page shows. No secret is read.
 */
export async function buildSettingsView(from: SettingsViewSources): Promise<SettingsView> {
  const seat = await from.seat.read();
  const config = await readConfigData(from.config);
  return {
    seat: seat.settings,
    seatProblem: seat.problem,
    configSound: from.loaded.sound,
    configFile: from.config?.file ?? null,
    configProblem: config.problem,
    officeHours: copyHours(officeHoursOf(config.data) ?? from.loaded.officeHours),
    sources: configuredSources(config.data, (name) => from.secrets.has(name)),
    keychain: from.secrets.state(),
    displays: from.displays
      ? { list: [...from.displays.list()], chosen: await from.displays.chosen() }
      : null,
  };
}

async function readConfigData(
  config: ConfigDocumentFile | null,
): Promise<{ data: unknown; problem: string | null }> {
  if (!config) return { data: null, problem: null };
  try {
    return { data: documentData(await config.read()), problem: null };
  } catch (error) {
    const problem = error instanceof ConfigError ? error.message : `${config.file}: cannot be read`;
    return { data: null, problem: problem.slice(0, 4_000) };
  }
}

function officeHoursOf(data: unknown): OfficeHours | null {
  const intake = field(data, 'intake');
  const hours = field(intake, 'officeHours');
  if (hours === undefined) return null;
  const parsed = officeHoursSchema.safeParse(hours);
  return parsed.success ? parsed.data : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function copyHours(hours: OfficeHours): SettingsView['officeHours'] {
  return { days: [...hours.days], from: hours.from, to: hours.to };
}
