import type { Language } from '../playbook/text.ts';

/**
 * A privacy clock's time left (or overdue) as the war room reads it: whole hours while there
 * are many ("31 u"), hours and minutes in the last twelve ("9 u 40 min"), then minutes. Always
 * rounded down, so "nog 31 u" never promises time that is not there.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const UNITS: Readonly<Record<Language, { hours: string; minutes: string; seconds: string }>> = {
  nl: { hours: 'u', minutes: 'min', seconds: 's' },
  en: { hours: 'h', minutes: 'min', seconds: 's' },
};

/** The length of `ms` (its sign ignored), as "31 u", "9 u 40 min", "40 min" or "< 1 min". */
export function formatHoursLeft(ms: number, language: Language): string {
  const units = UNITS[language];
  const span = Math.abs(ms);
  if (span < MINUTE) return `< 1 ${units.minutes}`;
  const hours = Math.floor(span / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (hours === 0) return `${minutes} ${units.minutes}`;
  if (hours >= 12 || minutes === 0) return `${hours} ${units.hours}`;
  return `${hours} ${units.hours} ${minutes} ${units.minutes}`;
}

/** The length of `ms` (its sign ignored) as a stopwatch shows it: "71:59:59", "102:03:00". */
export function formatStopwatch(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/** Whole hours and minutes for a summary: "31 uur 12 min", "0 uur 40 min". */
export function formatHoursMinutesNl(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  return `${Math.floor(minutes / 60)} uur ${minutes % 60} min`;
}
