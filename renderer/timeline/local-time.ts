import { instantsAt } from '../../shared/playbook/zoned-time.ts';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * A `datetime-local` value ("2026-11-29T14:05") read on the war room's clock, as the ISO
 * instant the contract wants; null when empty or unfinished. Where clocks go back the hour
 * happens twice: the earlier one is taken, so a "from" never skips events.
 */
export function localInputToIso(value: string, timeZone: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const [earliest] = instantsAt({ year, month, day }, hour * 60 + minute, timeZone);
  return earliest === undefined ? null : new Date(earliest).toISOString();
}
