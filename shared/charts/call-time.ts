/**
 * Reading TOPdesk call dates fast: a 24-hour chart reads every ticket of a 250,000-ticket
 * queue on each snapshot, and Date.parse alone took a third of the time budget there.
 */

const [DASH, T, COLON, DOT, Z] = [45, 84, 58, 46, 90];

/**
 * A cheap pre-filter: dates in toISOString() form order as text, so tickets outside
 * (from, to] are mostly skipped without reading their date. Other forms are left to the
 * exact test on the instant.
 */
export function textOutside(from: number, to: number): (date: string) => boolean {
  const low = new Date(from).toISOString();
  const high = new Date(to).toISOString();
  if (low.length !== 24 || high.length !== 24) return () => false;
  return (date) => date.length === 24 && date.endsWith('Z') && (date <= low || date > high);
}

const DAY_MS = 86_400_000;

/**
 * The instant of an ISO date-time (ms), NaN when it is none. The UTC form is read by hand:
 * Date.parse, and even Date.UTC, cost several times as much per ticket.
 */
export function instantOf(date: string): number {
  if (!isUtcForm(date)) return Date.parse(date);
  const day = daysSinceEpoch(two(date, 0) * 100 + two(date, 2), two(date, 5), two(date, 8));
  return (
    day * DAY_MS +
    two(date, 11) * 3_600_000 +
    two(date, 14) * 60_000 +
    two(date, 17) * 1_000 +
    two(date, 20) * 10 +
    date.charCodeAt(22) -
    48
  );
}

/**
 * The form the TOPdesk client writes (toISOString), told by its separators:
 * 2020-10-10T12:00:00.000Z. The signal schema already refused anything but ISO date-times,
 * so a string of this length with these separators has digits in between.
 */
function isUtcForm(date: string): boolean {
  return (
    date.length === 24 &&
    date.charCodeAt(4) === DASH &&
    date.charCodeAt(7) === DASH &&
    date.charCodeAt(10) === T &&
    date.charCodeAt(13) === COLON &&
    date.charCodeAt(16) === COLON &&
    date.charCodeAt(19) === DOT &&
    date.charCodeAt(23) === Z
  );
}

/** The number written by the two digits at `at`. */
function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 1–12), as
 * Howard Hinnant's days_from_civil ("chrono-Compatible Low-Level Date Algorithms").
 */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
