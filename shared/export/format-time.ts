/**
 * Times in an export, in the war room's time zone from the config (never the machine's), by
 * Intl alone so any machine writes the same file.
 */

const QUARTER_HOUR = 15 * 60_000;

// An Intl formatter costs far more to build than to use; an export formats 100,000 times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = make()));
  return cached;
}

/** The zone's offset from UTC at an instant, in minutes, read from Intl's "GMT+01:00". */
function offsetMinutesAt(instant: number, timeZone: string): number {
  const zoneName = formatter(
    `offset ${timeZone}`,
    () => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }),
  )
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zoneName ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

// Zones change offset on a quarter hour, so one reading serves every instant of the quarter —
// unless the quarter's two ends disagree, when each instant is read by itself.
const offsetCache = new Map<string, Map<number, number | null>>();
function offsetMinutes(instant: number, timeZone: string): number {
  const start = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  let cached = zone.get(start);
  if (cached === undefined) {
    const atStart = offsetMinutesAt(start, timeZone);
    cached = atStart === offsetMinutesAt(start + QUARTER_HOUR - 1, timeZone) ? atStart : null;
    if (zone.size > 100_000) zone.clear();
    zone.set(start, cached);
  }
  return cached ?? offsetMinutesAt(instant, timeZone);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** ISO 8601 on the zone's wall clock with its offset: `2026-11-29T14:02:03.120+01:00`. */
export function isoInZone(at: string | Date, timeZone: string): string {
  const instant = typeof at === 'string' ? Date.parse(at) : at.getTime();
  const offset = offsetMinutes(instant, timeZone);
  const wall = new Date(instant + offset * 60_000);
  const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date}T${time}.${pad(wall.getUTCMilliseconds(), 3)}${zone}`;
}

function dutch(at: string | Date, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  const key = `nl ${timeZone} ${JSON.stringify(options)}`;
  const date = typeof at === 'string' ? new Date(at) : at;
  return formatter(key, () => new Intl.DateTimeFormat('nl-NL', { timeZone, ...options })).format(
    date,
  );
}

/** "14:02:03": a log line's time, under its day's heading. */
export function clockTime(at: string | Date, timeZone: string): string {
  return dutch(at, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** "14:02". */
export function shortClock(at: string | Date, timeZone: string): string {
  return dutch(at, timeZone, { hour: '2-digit', minute: '2-digit' });
}

/** "29 nov 14:02": where a report spans days. */
export function dayAndClock(at: string | Date, timeZone: string): string {
  const day = dutch(at, timeZone, { day: 'numeric', month: 'short' }).replace('.', '');
  return `${day} ${shortClock(at, timeZone)}`;
}

/** "zondag 29 november 2026": a day's heading in the log. */
export function dayTitle(at: string | Date, timeZone: string): string {
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  return dutch(at, timeZone, options);
}

/** "29 november 2026 14:02". */
export function dateAndClock(at: string | Date, timeZone: string): string {
  const date = dutch(at, timeZone, { day: 'numeric', month: 'long', year: 'numeric' });
  return `${date} ${shortClock(at, timeZone)}`;
}

/** The calendar day in the zone, "2026-11-29": to tell whether two times share a day. */
export function localDay(at: string | Date, timeZone: string): string {
  return isoInZone(at, timeZone).slice(0, 10);
}
