import { z } from 'zod';
import type { Language } from '../playbook/text.ts';

/**
 * What one seat (one app on one computer) remembers about itself, in `settings.json` in the
 * app's data folder: not the war room's config, which every seat and the command line share.
 * The operator's name and the wall's display have files of their own (operator.json,
 * wall-display.json) and are read and written through them.
 */
export const seatSettingsSchema = z.strictObject({
  /** The language of this seat's screens. */
  language: z.enum(['nl', 'en'] as const satisfies readonly Language[]),
  /** A sound with each desktop alert; null: as the config's `alerts.sound` says. */
  sound: z.boolean().nullable(),
});
export type SeatSettings = z.infer<typeof seatSettingsSchema>;

export const DEFAULT_SEAT_SETTINGS: SeatSettings = { language: 'nl', sound: null };

/** The keys of settings.json, for reading it key by key (a bad key loses only itself). */
export const seatSettingKeys = Object.keys(seatSettingsSchema.shape) as (keyof SeatSettings)[];
