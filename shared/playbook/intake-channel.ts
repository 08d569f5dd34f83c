import { minuteOfDay, weekdays, type OfficeHours } from './intake.ts';
import { addDays, instantsAt, wallClock, type LocalDate } from './zoned-time.ts';

/** How an incident reaches the CIBG service desk now (§1.3), and until when. */
export interface IntakeChannel {
  /** E-mail in office hours, the phone (on-call service) outside them. */
  readonly channel: 'email' | 'phone';
  readonly officeHours: boolean;
  /** When the channel changes next; null only for office hours round the clock, every day. */
  readonly changesAt: Date | null;
}

interface Boundary {
  readonly at: number;
  readonly opens: boolean;
}

// Every change comes round within a week. Boundaries are read for eight days and kept up to
// the midnight ending them: a close at that midnight might meet an opening of the next day.
const HORIZON_DAYS = 8;

/** Which intake channel is in force at `now` on the wall clock of `timeZone`. */
export function intakeChannel(now: Date, hours: OfficeHours, timeZone: string): IntakeChannel {
  const clock = wallClock(now.getTime(), timeZone);
  const open = isOfficeDay(clock.weekday, hours) && withinHours(clock.secondOfDay, hours);
  return {
    channel: open ? 'email' : 'phone',
    officeHours: open,
    changesAt: nextChange(now.getTime(), open, boundaries(clock, hours, timeZone)),
  };
}

function isOfficeDay(weekday: number, hours: OfficeHours): boolean {
  // Date#getUTCDay counts from Sunday; the config's list starts on Monday.
  return hours.days.includes(weekdays[(weekday + 6) % 7] ?? 'mon');
}

function withinHours(secondOfDay: number, hours: OfficeHours): boolean {
  return secondOfDay >= minuteOfDay(hours.from) * 60 && secondOfDay < minuteOfDay(hours.to) * 60;
}

/** Every opening and closing from today on, in time order; a close before an open at once. */
function boundaries(today: LocalDate, hours: OfficeHours, timeZone: string): Boundary[] {
  const all: Boundary[] = [];
  for (let offset = 0; offset < HORIZON_DAYS; offset++) {
    const date = addDays(today, offset);
    const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
    if (!isOfficeDay(weekday, hours)) continue;
    for (const at of instantsAt(date, minuteOfDay(hours.from), timeZone))
      all.push({ at, opens: true });
    for (const at of instantsAt(date, minuteOfDay(hours.to), timeZone))
      all.push({ at, opens: false });
  }
  const horizon = instantsAt(addDays(today, HORIZON_DAYS), 0, timeZone)[0] ?? Infinity;
  return all
    .filter((boundary) => boundary.at < horizon)
    .sort((a, b) => a.at - b.at || Number(a.opens) - Number(b.opens));
}

/**
 * The first instant after `now` that leaves the channel different: the last boundary at an
 * instant decides, so a day ending at 24:00 and the next starting at 00:00 is no change.
 */
function nextChange(now: number, open: boolean, all: readonly Boundary[]): Date | null {
  const ahead = all.filter((boundary) => boundary.at > now);
  for (const [index, boundary] of ahead.entries()) {
    if (ahead[index + 1]?.at === boundary.at) continue;
    if (boundary.opens !== open) return new Date(boundary.at);
  }
  return null;
}
