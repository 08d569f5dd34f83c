/**
 * Wall-clock arithmetic in an IANA time zone with nothing but Intl, so office hours follow
 * the war room's clock through daylight-saving changes on any machine.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A calendar date on the wall clock (month 1–12). */
export interface LocalDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface WallClock extends LocalDate {
  /** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
  readonly weekday: number;
  readonly secondOfDay: number;
}

// Building a formatter costs far more than using one; the renderer asks every few seconds.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** The wall clock at an instant (ms since the epoch). */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const date = { year: parts.year ?? 0, month: parts.month ?? 1, day: parts.day ?? 1 };
  return {
    ...date,
    weekday: new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay(),
    secondOfDay: (parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0),
  };
}

/** The date `days` after `date` on the calendar. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The wall clock read as if it were UTC: the instant plus the zone's offset then. */
function asUtc(instant: number, timeZone: string): number {
  const clock = wallClock(instant, timeZone);
  return Date.UTC(clock.year, clock.month - 1, clock.day) + clock.secondOfDay * 1000;
}

function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return asUtc(whole, timeZone) - whole;
}

/**
 * The instants at which the wall clock reads `minuteOfDay` on `date` (1440 is the next
 * midnight), earliest first: usually one; two in the hour repeated when clocks go back;
 * in the hour skipped when clocks go forward, the instant of the jump, when the clock
 * passes that reading without showing it.
 */
export function instantsAt(date: LocalDate, minuteOfDay: number, timeZone: string): number[] {
  const wanted = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE;
  // A zone changes its offset at most once around one day, so these are the two candidates.
  const offsets = new Set([offsetAt(wanted - DAY, timeZone), offsetAt(wanted + DAY, timeZone)]);
  const valid = [...offsets]
    .map((offset) => wanted - offset)
    .filter((instant) => asUtc(instant, timeZone) === wanted)
    .sort((a, b) => a - b);
  return valid.length > 0 ? valid : [jumpAround(wanted, timeZone)];
}

/** The first second whose wall clock is past `wanted`, for a reading the clock skips. */
function jumpAround(wanted: number, timeZone: string): number {
  let before = wanted - offsetAt(wanted - DAY, timeZone) - DAY / 24;
  let after = wanted - offsetAt(wanted + DAY, timeZone) + DAY / 24;
  if (before > after) [before, after] = [after, before];
  while (after - before > 1000) {
    const middle = Math.floor((before + after) / 2000) * 1000;
    if (asUtc(middle, timeZone) >= wanted) after = middle;
    else before = middle;
  }
  return after;
}
