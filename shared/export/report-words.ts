import { formatCount, formatDuration } from '../text/format.ts';
import { dateAndClock, dayAndClock, localDay, shortClock } from './format-time.ts';

/** The small phrases of a report: durations, counts and times, in Dutch on the war room's clock. */
export class ReportWords {
  readonly timeZone: string;
  readonly #oneDay: boolean;

  /** `start`, `end`: the period, which decides whether a time needs its day. */
  constructor(timeZone: string, start: number, end: number) {
    this.timeZone = timeZone;
    this.#oneDay = localDay(new Date(start), timeZone) === localDay(new Date(end), timeZone);
  }

  /** "14:02" in a one-day report, else "29 nov 14:02". */
  time(at: string | number): string {
    const date = new Date(at);
    return this.#oneDay ? shortClock(date, this.timeZone) : dayAndClock(date, this.timeZone);
  }

  /** "29 november 2026 14:00 – 18:00", the second day written only when it differs. */
  period(start: number, end: number): string {
    const until = this.#oneDay
      ? shortClock(new Date(end), this.timeZone)
      : dateAndClock(new Date(end), this.timeZone);
    return `${dateAndClock(new Date(start), this.timeZone)} – ${until}`;
  }

  duration(ms: number): string {
    return formatDuration(ms, 'nl');
  }

  /** "gemiddeld 4 min over 3 markeringen", or what to say when nothing was measured. */
  mean(ms: number | null, over: number, none: string): string {
    if (ms === null) return none;
    return `gemiddeld ${this.duration(ms)} over ${this.count(over, 'markering', 'markeringen')}`;
  }

  count(value: number, one: string, many: string): string {
    return `${this.number(value)} ${value === 1 ? one : many}`;
  }

  /** "1.234". */
  number(value: number): string {
    return formatCount(value, 'nl');
  }
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
