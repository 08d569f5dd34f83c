import { z } from 'zod';
import type { DurationRange } from './duration-bounds.ts';
import { DURATION_EXAMPLE, formatDuration, parseDuration } from './duration.ts';
import { durationIn } from './fields.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The wall's durations, as users write them (docs/config.md, "Wall"). */
export const WALL_DURATIONS = {
  /** Below 5 s a page cannot be read before the next; the contract refuses it too. */
  rotate: { min: 5 * SECOND, max: HOUR },
  alarmHold: { min: 0, max: HOUR },
  highlight: { min: 0, max: DAY },
} as const satisfies Record<string, DurationRange>;

/** More screens than a war room has; a typo (20 for 2) is refused rather than ignored. */
export const MAX_DISPLAY = 16;

const ROTATE_OFF = 'off';
const ROTATE_HINT = `${ROTATE_OFF}, or a duration from ${formatDuration(WALL_DURATIONS.rotate.min)} to ${formatDuration(WALL_DURATIONS.rotate.max)}`;

/** `off` (null) or a duration in range; one message for both, so a typo gets one clear line. */
const rotateField = z
  .string({ error: ROTATE_HINT })
  // What editors check and show (docs/config.schema.json), which has no refinements.
  .meta({
    pattern: '^(off|\\d+(ms|s|m|h|d))$',
    description: `How long each page shows: ${ROTATE_HINT} (${DURATION_EXAMPLE})`,
  })
  .refine((text) => text === ROTATE_OFF || parseDuration(text) !== null, ROTATE_HINT)
  .transform((text) => (text === ROTATE_OFF ? null : (parseDuration(text) as number)))
  .refine(
    (ms) => ms === null || (ms >= WALL_DURATIONS.rotate.min && ms <= WALL_DURATIONS.rotate.max),
    ROTATE_HINT,
  );

const DISPLAY_HINT = `a screen number from 1 (the primary screen) to ${MAX_DISPLAY}`;

/** `wall:` — how the wall display pages, holds and highlights. */
export const wallSchema = z
  .strictObject(
    {
      // Defaults as users write them, so that editors show them (docs/config.schema.json).
      rotate: rotateField.prefault(ROTATE_OFF),
      /** How long a domain turning critical holds the screen on its detail page. */
      alarmHold: durationIn(WALL_DURATIONS.alarmHold).prefault('2m'),
      /** How long a tile whose state changed stays highlighted. */
      highlight: durationIn(WALL_DURATIONS.highlight).prefault('5m'),
      display: z
        .number({ error: DISPLAY_HINT })
        .int(DISPLAY_HINT)
        .min(1, DISPLAY_HINT)
        .max(MAX_DISPLAY, DISPLAY_HINT)
        .optional()
        .describe(
          'The screen the wall opens on: 1 is the primary, the others counted left to right',
        ),
    },
    { error: 'a mapping with rotate, alarmHold, highlight and display' },
  )
  .default(() => ({ rotate: null, alarmHold: 2 * MINUTE, highlight: 5 * MINUTE }));

export type WallConfig = z.infer<typeof wallSchema>;
