/**
 * TOPdesk writes dates as `2021-02-11T06:32:36.303+0000`: milliseconds and a numeric offset
 * without a colon (docs/sources.md, "The incident object"), which strict RFC 3339 parsers reject. We accept that
 * form, the colon form and `Z`, with or without fractional seconds, and nothing looser.
 */
const TOPDESK_DATE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/** The date as an ISO 8601 UTC string (`…Z`), or null when it is not a valid TOPdesk date. */
export function parseTopdeskDate(text: string): string | null {
  const match = TOPDESK_DATE.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction = '', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as SixNumbers;
  if (!isValidWallTime(fields)) return null;
  const offsetMinutes = parseOffset(zone);
  if (offsetMinutes === null) return null;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(
    fields[0],
    fields[1] - 1,
    fields[2],
    fields[3],
    fields[4],
    fields[5],
    millis,
  );
  return toIsoOrNull(wall - offsetMinutes * 60_000, fields[0]);
}

type SixNumbers = [number, number, number, number, number, number];

function isValidWallTime([year, month, day, hour, minute, second]: SixNumbers): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `Z`, `+0100`, `-05:30` → minutes east of UTC; offsets beyond ±18:00 are not real ones. */
function parseOffset(zone: string): number | null {
  if (zone === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 18 || minutes > 59 || hours * 60 + minutes > 18 * 60) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function toIsoOrNull(ms: number, year: number): string | null {
  // Date.UTC maps years 0–99 to 1900–1999; such dates are not TOPdesk's anyway.
  if (year < 1000) return null;
  const iso = new Date(ms).toISOString();
  // An offset can push 9999-12-31 or 1000-01-01 past four digits: refuse, never mangle.
  return /^\d{4}-/.test(iso) ? iso : null;
}

/**
 * A date for a FIQL query, in the form TOPdesk documents for FIQL values
 * (`yyyy-MM-ddTHH:mm:ss` plus an offset such as `+0000`), truncated to whole seconds.
 * The `+` must be percent-encoded in the URL, or the server reads a space.
 */
export function formatFiqlDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+0000`;
}
