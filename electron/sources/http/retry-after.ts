/** Longest wait a Retry-After may impose; a larger value is clamped (docs/sources.md, "Alertmanager"). */
export const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Retry-After in either form RFC 9110 allows: delta-seconds or an HTTP-date. A date in the
 * past means "now"; anything unreadable means no advice.
 */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, MAX_RETRY_AFTER_MS);
  // Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day's name.
  const date = /^[A-Za-z]/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.min(Math.max(0, date - now.getTime()), MAX_RETRY_AFTER_MS);
}
