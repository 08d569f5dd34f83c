import type { WallSettings } from '../ipc/contract.ts';
import type { Config } from './parse-config.ts';

/**
 * What the renderer is told about the wall (AppInfo's `wall`): durations and a flag, built
 * field by field so that nothing else of the config, and never a Slack webhook, crosses IPC.
 */
export function wallSettingsFromConfig(config: Pick<Config, 'wall' | 'alerts'>): WallSettings {
  return {
    rotateEveryMs: config.wall.rotate,
    alarmHoldMs: config.wall.alarmHold,
    changedHighlightMs: config.wall.highlight,
    sound: config.alerts.sound,
  };
}

/** The screen the wall opens on (1 is the primary); null when the config leaves it to the OS. */
export function wallDisplayFromConfig(config: Pick<Config, 'wall'>): number | null {
  return config.wall.display ?? null;
}
