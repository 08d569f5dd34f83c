import type { Language } from '../playbook/text.ts';

/**
 * Numbers, durations and clock times for people, by Intl in the reader's locale and the war
 * room's time zone (never the machine's): "3,7" and "1.234" in Dutch, "2 uur, 5 min".
 */

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };
/** British English writes "3 mins, 2 hrs"; the plain "3 min, 2 hr" reads better on a wall. */
const DURATION_LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-US' };

// Building an Intl formatter costs far more than using one; summaries are made on every poll.
const cache = new Map<string, { format(value: never): string }>();
function cached<F extends { format(value: never): string }>(key: string, make: () => F): F {
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

/** A count or rate: "1.234", "3,7" (at most one decimal). */
export function formatCount(value: number, language: Language): string {
  return cached(
    `n ${language}`,
    () => new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }),
  ).format(value as never);
}

interface DurationFormatter {
  format(duration: Readonly<Record<string, number>>): string;
}
type DurationFormatConstructor = new (
  locale: string,
  options: { style: 'short'; secondsDisplay: 'always' | 'auto' },
) => DurationFormatter;
// Intl.DurationFormat is in Node 24 and Chromium ≥ 129, not yet in TypeScript's lib.
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor })
  .DurationFormat;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A duration as the war room says it: "50 sec" below 90 s, whole minutes below the hour,
 * then hours and minutes, then days and hours ("2 uur, 5 min", "3 dagen").
 */
export function formatDuration(ms: number, language: Language): string {
  return formatParts(durationParts(Math.max(0, ms)), language);
}

/**
 * A duration to the minute, for what re-draws once a minute (the wall's "sinds 14:02 · 12
 * min"): "< 1 min", then whole minutes (rounded down), then as formatDuration.
 */
export function formatMinutes(ms: number, language: Language): string {
  if (ms < 60_000) return '< 1 min';
  if (ms < HOUR) return formatParts({ minutes: Math.floor(ms / 60_000) }, language);
  return formatDuration(ms, language);
}

/**
 * The formatted durations, by language and parts. Formatting one with Intl.DurationFormat
 * takes about 50 µs, and a wall of marks says hundreds of them per update; there are few
 * distinct ones (seconds below 90, minutes below 60, hours and minutes below a day).
 */
const formattedDurations = new Map<string, string>();
const MAX_FORMATTED = 5_000;

function formatParts(parts: Record<string, number>, language: Language): string {
  const key = `${language} ${parts.days} ${parts.hours} ${parts.minutes} ${parts.seconds}`;
  let text = formattedDurations.get(key);
  if (text === undefined) {
    // Bounded: a process that runs for weeks forgets them all at once now and then.
    if (formattedDurations.size >= MAX_FORMATTED) formattedDurations.clear();
    text = formatPartsNow(parts, language);
    formattedDurations.set(key, text);
  }
  return text;
}

function formatPartsNow(parts: Record<string, number>, language: Language): string {
  if (!DurationFormat)
    return Object.entries(parts)
      .map(([unit, n]) => `${n} ${unit}`)
      .join(' ');
  // "always" for seconds alone: a duration of zero still reads "0 sec" instead of nothing.
  const display = 'seconds' in parts ? 'always' : 'auto';
  return cached(`d ${language} ${display}`, () => {
    const formatter = new DurationFormat(DURATION_LOCALES[language], {
      style: 'short',
      secondsDisplay: display,
    });
    return { format: (value: never) => formatter.format(value) };
  }).format(parts as never);
}

function durationParts(ms: number): Record<string, number> {
  if (ms < 90_000) return { seconds: Math.round(ms / 1000) };
  if (ms < HOUR) return { minutes: Math.round(ms / 60_000) };
  if (ms < DAY) {
    const minutes = Math.round(ms / 60_000);
    return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  }
  const hours = Math.round(ms / HOUR);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** "14:02" on the day of `now` (in the time zone), else "12 okt. 14:02". */
export function formatClock(
  at: string | Date,
  language: Language,
  timeZone: string,
  now: Date,
): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const sameDay = dayOf(date, timeZone) === dayOf(now, timeZone);
  const key = `${sameDay ? 't' : 'dt'} ${language} ${timeZone}`;
  return cached(
    key,
    () =>
      new Intl.DateTimeFormat(LOCALES[language], {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
      }),
  ).format(date as never);
}

/** The calendar day, by time zone and minute: a day starts on a whole minute in every zone. */
const daysByMinute = new Map<string, string>();

function dayOf(date: Date, timeZone: string): string {
  const key = `${timeZone} ${Math.floor(date.getTime() / 60_000)}`;
  let day = daysByMinute.get(key);
  if (day === undefined) {
    if (daysByMinute.size >= MAX_FORMATTED) daysByMinute.clear();
    day = cached(
      `day ${timeZone}`,
      () =>
        new Intl.DateTimeFormat('en-CA', {
          timeZone,
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
        }),
    ).format(date as never);
    daysByMinute.set(key, day);
  }
  return day;
}
