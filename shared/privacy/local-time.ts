import { instantsAt, wallClock } from '../playbook/zoned-time.ts';
import type { Language } from '../playbook/text.ts';

/**
 * The moment of awareness as a coordinator types and reads it: on the war room's clock (the
 * config's `timezone`), never the machine's, with the hour that daylight saving skips or
 * repeats said out loud instead of guessed silently.
 */

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An instant as a `datetime-local` input's value on the zone's wall clock: "2026-11-29T14:00". */
export function toLocalInput(at: string | number, timeZone: string): string {
  const clock = wallClock(typeof at === 'string' ? Date.parse(at) : at, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const minuteOfDay = Math.floor(clock.secondOfDay / 60);
  return `${pad(clock.year, 4)}-${pad(clock.month)}-${pad(clock.day)}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

export type LocalInputResult =
  | {
      readonly ok: true;
      readonly at: string;
      /** The hour was repeated (clocks went back): the earlier of the two is taken. */
      readonly ambiguous: boolean;
    }
  | { readonly ok: false; readonly problem: 'format' | 'nonexistent' };

/**
 * A `datetime-local` value read on the zone's wall clock. A reading the clock skipped (the
 * hour clocks go forward) is refused; one it showed twice (clocks go back) is the earlier, so
 * the deadline can only come sooner than the true one, never later.
 */
export function fromLocalInput(value: string, timeZone: string): LocalInputResult {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return { ok: false, problem: 'format' };
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || hour > 23 || minute > 59) return { ok: false, problem: 'format' };
  const minuteOfDay = hour * 60 + minute;
  const instants = instantsAt({ year, month, day }, minuteOfDay, timeZone);
  const first = instants[0];
  if (first === undefined || toLocalInput(first, timeZone) !== value.trim())
    return { ok: false, problem: 'nonexistent' };
  return { ok: true, at: new Date(first).toISOString(), ambiguous: instants.length > 1 };
}

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, zone: boolean): Intl.DateTimeFormat {
  const key = `${language} ${timeZone} ${zone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(LOCALES[language], {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      ...(zone ? { timeZoneName: 'short' } : {}),
    });
    formatters.set(key, made);
  }
  return made;
}

export interface MomentOptions {
  /** With the year: for the timeline, read long after the weekend. */
  readonly year?: boolean;
  /** With the zone's abbreviation ("CEST"): where daylight saving could confuse. */
  readonly zone?: boolean;
}

/** A moment with its day, on the zone's clock: "wo 2 dec 14:00", "Wed 2 Dec 2026 14:00 CET". */
export function formatMoment(
  at: string | number,
  language: Language,
  timeZone: string,
  options: MomentOptions = {},
): string {
  const parts: Record<string, string> = {};
  const date = new Date(typeof at === 'string' ? Date.parse(at) : at);
  for (const part of formatter(language, timeZone, options.zone ?? false).formatToParts(date))
    if (part.type !== 'literal') parts[part.type] = part.value;
  const day = [parts.weekday, parts.day, parts.month, options.year ? parts.year : undefined];
  const time = `${parts.hour}:${parts.minute}`;
  return [...day, time, options.zone ? parts.timeZoneName : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
}
