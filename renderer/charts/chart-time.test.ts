import { describe, expect, it } from 'vitest';
import { formatTick, minutesBetween, timeTicks, zoneOffsetMinutes } from './chart-time.ts';

const at = (iso: string) => Date.parse(iso);

describe('chart time', () => {
  it('knows the zone’s offset, summer time and half hours included', () => {
    expect(zoneOffsetMinutes(at('2026-11-29T12:00:00Z'), 'Europe/Amsterdam')).toBe(60);
    expect(zoneOffsetMinutes(at('2026-07-01T12:00:00Z'), 'Europe/Amsterdam')).toBe(120);
    expect(zoneOffsetMinutes(at('2026-11-29T12:00:30Z'), 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(at('2026-11-29T12:00:00Z'), 'UTC')).toBe(0);
  });

  it('puts ticks on round times of the local clock, at most as many as asked', () => {
    const from = at('2026-11-29T12:07:00Z');
    const to = at('2026-11-29T15:00:00Z');
    const kolkata = timeTicks(from, to, 7, 'Asia/Kolkata').map((tick) =>
      formatTick(tick, 'nl', 'Asia/Kolkata'),
    );
    expect(kolkata).toEqual(['18:00', '18:30', '19:00', '19:30', '20:00', '20:30']);
    expect(
      timeTicks(from, to, 4, 'Europe/Amsterdam').map((tick) =>
        formatTick(tick, 'en', 'Europe/Amsterdam'),
      ),
    ).toEqual(['14:00', '15:00', '16:00']);
    expect(timeTicks(from, to, 200, 'UTC')).toHaveLength(174);
  });

  it('has no ticks for an empty span', () => {
    expect(timeTicks(1000, 1000, 5, 'UTC')).toEqual([]);
  });

  it('counts whole minutes', () => {
    expect(minutesBetween(at('2026-11-29T14:20:00Z'), at('2026-11-29T14:32:10Z'))).toBe(12);
  });
});
