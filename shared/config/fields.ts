import { z } from 'zod';
import type { DurationRange } from './duration-bounds.ts';
import { DURATION_EXAMPLE, formatDuration, parseDuration } from './duration.ts';

/** Field schemas shared by the config sections, each with the message a user needs. */

export const idField = z
  .string({ error: 'an id of lower-case letters, digits and dashes' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');

const durationField = z
  .string({ error: DURATION_EXAMPLE })
  .refine((text) => parseDuration(text) !== null, DURATION_EXAMPLE)
  .transform((text) => parseDuration(text) as number);

/** A duration within its range; the message names the range, never the value found. */
export function durationIn(range: DurationRange) {
  const expected =
    range.min === 0
      ? `a duration of at most ${formatDuration(range.max)}`
      : `a duration from ${formatDuration(range.min)} to ${formatDuration(range.max)}`;
  return durationField.refine((ms) => ms >= range.min && ms <= range.max, expected);
}

export const nonEmptyText = z.string({ error: 'a text' }).min(1, 'a non-empty text');

export const textList = z.array(nonEmptyText, { error: 'a list of texts' });

export const labelMap = z.record(z.string(), z.string({ error: 'a text value' }), {
  error: 'a map of label names to values',
});

/** The references the schema parsed at secret keys; a label map `{ env: prod }` is not one. */
const parsedSecretRefs = new WeakSet<object>();

/** Secrets are never written in the file itself: only a reference to where they live. */
export const secretRefField = z
  .strictObject(
    {
      env: z
        .string({ error: 'the name of an environment variable' })
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'the name of an environment variable'),
    },
    { error: 'a secret reference such as { env: NAME } (never the secret itself)' },
  )
  .transform((ref) => {
    parsedSecretRefs.add(ref);
    return ref;
  });
export type SecretRef = z.infer<typeof secretRefField>;

/** True only for a value secretRefField produced, whatever other objects look like. */
export function isSecretRef(value: unknown): value is SecretRef {
  return typeof value === 'object' && value !== null && parsedSecretRefs.has(value);
}
