import { z } from 'zod';
import { DEFAULT_OFFICE_HOURS, minuteOfDay, weekdays } from '../playbook/intake.ts';
import { whenParsed } from './fields.ts';

const DAYS_HINT = `a list of days (${weekdays.join(', ')})`;
const TIME_HINT = 'a time of day such as 08:00 (hh:mm, 24-hour clock, up to 24:00)';

// YAML 1.2 reads 08:00 as text; a bare number (800) is refused with the hint, not guessed.
const timeOfDay = z
  .string({ error: TIME_HINT })
  .regex(/^(([01]?\d|2[0-3]):[0-5]\d|24:00)$/, TIME_HINT)
  .transform((time) => time.padStart(5, '0'));

const days = z
  .array(z.enum(weekdays, { error: `a day: ${weekdays.join(', ')}` }), { error: DAYS_HINT })
  .min(1, 'at least one day')
  .refine((list) => new Set(list).size === list.length, 'each day at most once');

/**
 * When the CIBG service desk takes incidents by e-mail rather than by phone (§1.3), on the
 * config's `timezone`. One span per day, the same on every listed day.
 */
export const officeHoursSchema = z
  .strictObject(
    {
      days: days.default(() => [...DEFAULT_OFFICE_HOURS.days]),
      // As users write them, so that editors show them (docs/config.schema.json).
      from: timeOfDay.prefault(DEFAULT_OFFICE_HOURS.from),
      to: timeOfDay.prefault(DEFAULT_OFFICE_HOURS.to),
    },
    { error: 'a mapping with days, from and to' },
  )
  .superRefine(
    (hours, ctx) => {
      if (minuteOfDay(hours.to) <= minuteOfDay(hours.from))
        ctx.addIssue({
          code: 'custom',
          path: ['to'],
          message: 'a time later than from (office hours end on the day they start)',
        });
    },
    whenParsed('from', 'to'),
  );

export const intakeSchema = z
  .strictObject(
    { officeHours: officeHoursSchema.default(cloneDefault) },
    { error: 'a mapping with officeHours' },
  )
  .default(() => ({ officeHours: cloneDefault() }));

function cloneDefault() {
  return { ...DEFAULT_OFFICE_HOURS, days: [...DEFAULT_OFFICE_HOURS.days] };
}

export type IntakeConfig = z.infer<typeof intakeSchema>;
