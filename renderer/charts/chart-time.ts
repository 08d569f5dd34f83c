import type { Language } from '../../shared/playbook/text.ts';
import { formatTime } from '../i18n/format.ts';

export const MINUTE_MS = 60_000;

/** Tick steps a reader counts in: a tick every 5, 10, 15, 30 minutes, or whole hours. */
const STEP_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440] as const;

/** Minutes the zone's wall clock is ahead of UTC at `at`: Intl has no direct getter for it. */
export function zoneOffsetMinutes(at: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
  );
  return Math.round((wallClock - Math.floor(at / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * At most `maxTicks` times between `from` and `to` (ms), on round minutes of the war room's
 * clock (15:00, 15:30), not of UTC: with a half-hour zone the ticks still land on :00 and :30.
 */
export function timeTicks(from: number, to: number, maxTicks: number, timeZone: string): number[] {
  if (!(to > from) || maxTicks < 1) return [];
  const spanMinutes = (to - from) / MINUTE_MS;
  const fits = (step: number) => Math.floor(spanMinutes / step) + 1 <= maxTicks;
  const step = STEP_MINUTES.find(fits) ?? 1440;
  const offset = zoneOffsetMinutes(from, timeZone);
  const first = Math.ceil((from / MINUTE_MS + offset) / step) * step - offset;
  const ticks: number[] = [];
  for (let minute = first; minute * MINUTE_MS <= to; minute += step) ticks.push(minute * MINUTE_MS);
  return ticks;
}

/** An axis label: the war room's wall-clock time, as the rest of the screen writes it. */
export function formatTick(at: number, language: Language, timeZone: string): string {
  return formatTime(new Date(at), language, timeZone);
}

/** Whole minutes between two instants, for "12 min down". */
export function minutesBetween(from: number, to: number): number {
  return Math.round((to - from) / MINUTE_MS);
}
