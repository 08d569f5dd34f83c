/** What a StatusCake route answers: a status and a JSON body. */
export interface StatusCakeAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** A 4xx the way StatusCake words it: `{message, errors: {field: [...]}}` (statuscake-go error.go). */
export function errorAnswer(
  status: number,
  message: string,
  errors: Record<string, string[]> = {},
): StatusCakeAnswer {
  return { status, body: { message, errors } };
}

export const INVALID_PARAMETERS = 'The provided parameters are invalid.';

/** A non-negative integer parameter: the fallback when absent, null when unreadable. */
export function readInt(value: string | null, fallback: number): number | null {
  if (value === null || value === '') return fallback;
  return /^\d{1,12}$/.test(value) ? Number(value) : null;
}

/** limit is 1–100, default 25; a larger one is capped (glama.ai connector docs, unverified). */
export function readLimit(params: URLSearchParams): number | null {
  const limit = readInt(params.get('limit'), 25);
  return limit === null ? null : Math.min(limit, 100);
}
