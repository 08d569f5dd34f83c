import type { z } from 'zod';

export type PartlyParsed<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      readonly issues: readonly z.core.$ZodIssue[];
      /** The value as far as it parsed: valid parts parsed, the others as they were. */
      readonly partial: unknown;
    };

/**
 * safeParse that, when parsing fails, also hands back what did parse: zod returns no data
 * then, and the checks that come after the schema (secrets) should still see every valid part.
 */
export function safeParsePartly<S extends z.ZodType>(
  schema: S,
  value: unknown,
  params?: z.core.ParseContext<z.core.$ZodIssue>,
): PartlyParsed<z.output<S>> {
  let partial: unknown = value;
  // A refinement with `when` runs even after keys failed, on the value as parsed so far.
  const capturing = schema.superRefine(
    (parsed) => {
      partial = parsed;
    },
    { when: () => true },
  );
  const result = capturing.safeParse(value, params);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues, partial };
}
