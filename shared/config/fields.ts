import { z } from 'zod';
import type { DurationRange } from './duration-bounds.ts';
import { DURATION_EXAMPLE, DURATION_PATTERN, formatDuration, parseDuration } from './duration.ts';

/** Field schemas shared by the config sections, each with the message a user needs. */

export const idField = z
  .string({ error: 'an id of lower-case letters, digits and dashes' })
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and dashes');

const DURATION_UNITS = 'a whole number and a unit (ms, s, m, h or d)';

/** A duration within its range; the message names the range, never the value found. */
export function durationIn(range: DurationRange) {
  const bounds =
    range.min === 0
      ? `of at most ${formatDuration(range.max)}`
      : `from ${formatDuration(range.min)} to ${formatDuration(range.max)}`;
  const expected = `a duration ${bounds}`;
  // The pattern and description are what editors check and show (docs/config.schema.json),
  // which has no refinements.
  return z
    .string({ error: DURATION_EXAMPLE })
    .meta({
      pattern: DURATION_PATTERN.source,
      description: `A duration ${bounds}: ${DURATION_UNITS}`,
    })
    .refine((text) => parseDuration(text) !== null, DURATION_EXAMPLE)
    .transform((text) => parseDuration(text) as number)
    .refine((ms) => ms >= range.min && ms <= range.max, expected);
}

/**
 * A refinement's `when`: run it once the keys it reads have parsed, whatever failed elsewhere
 * in the object. By default zod skips a refinement after any failed key, so a config's errors
 * came out in rounds, one fix at a time.
 */
export function whenParsed(...keys: readonly string[]) {
  return {
    when: (payload: z.core.ParsePayload): boolean =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      payload.issues.every((issue) => !keys.includes(String(issue.path?.[0]))),
  };
}

export const nonEmptyText = z.string({ error: 'a text' }).min(1, 'a non-empty text');

export const textList = z.array(nonEmptyText, { error: 'a list of texts' });

export const labelMap = z.record(z.string(), z.string({ error: 'a text value' }), {
  error: 'a map of label names to values',
});

/** The references the schema parsed at secret keys; a label map `{ env: prod }` is not one. */
const parsedSecretRefs = new WeakSet<object>();

const ENV_NAME_HINT = 'the name of an environment variable';

/**
 * The name under which the app keeps a secret in its keychain store (electron/secrets):
 * `topdesk.password` for the secret the settings page stored for source `topdesk`.
 */
export const KEYCHAIN_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,255}$/;
const KEYCHAIN_NAME_HINT =
  'the name of a secret the app keeps in the OS keychain (letters, digits, dots, dashes and underscores)';

/**
 * Secrets are never written in the file itself: only a reference to where they live, an
 * environment variable (`{ env: NAME }`, what the command line reads) or the app's keychain
 * (`{ keychain: NAME }`, written by the settings page; docs/settings.md).
 */
export const secretRefField = z
  .strictObject(
    {
      env: z
        .string({ error: ENV_NAME_HINT })
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, ENV_NAME_HINT)
        .optional(),
      keychain: z
        .string({ error: KEYCHAIN_NAME_HINT })
        .regex(KEYCHAIN_NAME_PATTERN, KEYCHAIN_NAME_HINT)
        .optional(),
    },
    { error: 'a secret reference such as { env: NAME } (never the secret itself)' },
  )
  .superRefine((ref, ctx) => {
    const given = Number(ref.env !== undefined) + Number(ref.keychain !== undefined);
    if (given === 1) return;
    ctx.addIssue({
      code: 'custom',
      message:
        given === 0
          ? 'a secret reference: { env: NAME }, or { keychain: NAME } as the app writes it'
          : 'either { env: NAME } or { keychain: NAME }, not both',
    });
  })
  // Named, so that docs/config.schema.json defines it once for every secret key; oneOf says
  // "exactly one of the two" to editors, which the object's optional keys cannot.
  .meta({
    id: 'secret',
    description:
      "Where the secret is kept: { env: NAME }, an environment variable, or { keychain: NAME }, the app's OS keychain (docs/settings.md)",
    oneOf: [{ required: ['env'] }, { required: ['keychain'] }],
  })
  .transform((ref): SecretRef => {
    const parsed: SecretRef =
      ref.keychain !== undefined ? { keychain: ref.keychain } : { env: ref.env as string };
    parsedSecretRefs.add(parsed);
    return parsed;
  });

/** An environment variable's name, or the name of a secret in the app's keychain. */
export type SecretRef = { readonly env: string } | { readonly keychain: string };

/** True only for a value secretRefField produced, whatever other objects look like. */
export function isSecretRef(value: unknown): value is SecretRef {
  return typeof value === 'object' && value !== null && parsedSecretRefs.has(value);
}
