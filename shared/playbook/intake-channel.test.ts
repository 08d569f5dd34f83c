import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from './intake.ts';
import { intakeChannel } from './intake-channel.ts';

const AMSTERDAM = 'Europe/Amsterdam';

function channelAt(iso: string, hours: OfficeHours = DEFAULT_OFFICE_HOURS, zone = AMSTERDAM) {
  const result = intakeChannel(new Date(iso), hours, zone);
  return [result.channel, result.officeHours, result.changesAt?.toISOString() ?? null];
}

describe('intakeChannel: the default office hours (Mon–Fri 08:00–17:00)', () => {
  const cases: [string, string, (string | boolean | null)[]][] = [
    [
      'a Wednesday morning (CET)',
      '2026-03-25T09:00:00Z',
      ['email', true, '2026-03-25T16:00:00.000Z'],
    ],
    [
      'one second before Friday 17:00',
      '2026-03-27T15:59:59Z',
      ['email', true, '2026-03-27T16:00:00.000Z'],
    ],
    // The weekend of 29 March: clocks go forward, so Monday 08:00 is 06:00 UTC, not 07:00.
    [
      'Friday 17:00 before spring forward',
      '2026-03-27T16:00:00Z',
      ['phone', false, '2026-03-30T06:00:00.000Z'],
    ],
    ['Saturday noon', '2026-03-28T11:00:00Z', ['phone', false, '2026-03-30T06:00:00.000Z']],
    [
      'Sunday in the skipped hour',
      '2026-03-29T01:00:00Z',
      ['phone', false, '2026-03-30T06:00:00.000Z'],
    ],
    [
      'Monday 07:59:59 (CEST)',
      '2026-03-30T05:59:59Z',
      ['phone', false, '2026-03-30T06:00:00.000Z'],
    ],
    ['Monday 08:00 (CEST)', '2026-03-30T06:00:00Z', ['email', true, '2026-03-30T15:00:00.000Z']],
    // The weekend of 25 October: clocks go back, so Monday 08:00 is 07:00 UTC, not 06:00.
    [
      'Friday 17:00 before fall back (CEST)',
      '2026-10-23T15:00:00Z',
      ['phone', false, '2026-10-26T07:00:00.000Z'],
    ],
    [
      'Sunday in the repeated hour',
      '2026-10-25T01:30:00Z',
      ['phone', false, '2026-10-26T07:00:00.000Z'],
    ],
    ['Monday 07:59 (CET)', '2026-10-26T06:59:00Z', ['phone', false, '2026-10-26T07:00:00.000Z']],
    ['Monday 16:59 (CET)', '2026-10-26T15:59:00Z', ['email', true, '2026-10-26T16:00:00.000Z']],
    ['a Thursday night', '2026-10-29T22:00:00Z', ['phone', false, '2026-10-30T07:00:00.000Z']],
  ];
  for (const [name, iso, expected] of cases)
    it(`${name}: ${expected.slice(0, 2).join(', ')}`, () =>
      assert.deepEqual(channelAt(iso), expected));

  it("reads the hours on the config's clock, not the machine's", () =>
    assert.deepEqual(channelAt('2026-03-25T07:30:00Z', DEFAULT_OFFICE_HOURS, 'UTC'), [
      'phone',
      false,
      '2026-03-25T08:00:00.000Z',
    ]));
});

describe('intakeChannel: configured hours on the DST nights themselves', () => {
  const sundayNight: OfficeHours = { days: ['sun'], from: '02:30', to: '12:00' };

  it('opens at the jump when clocks skip the opening time (29 March, 02:00 → 03:00)', () => {
    assert.deepEqual(channelAt('2026-03-28T12:00:00Z', sundayNight), [
      'phone',
      false,
      '2026-03-29T01:00:00.000Z',
    ]);
    assert.deepEqual(channelAt('2026-03-29T01:00:00Z', sundayNight), [
      'email',
      true,
      '2026-03-29T10:00:00.000Z',
    ]);
  });

  it('follows the wall clock through the repeated hour (25 October, 03:00 → 02:00)', () => {
    assert.deepEqual(channelAt('2026-10-24T12:00:00Z', sundayNight), [
      'phone',
      false,
      '2026-10-25T00:30:00.000Z',
    ]);
    // 02:15 for the second time: before 02:30 on the wall clock again, until it comes round.
    assert.deepEqual(channelAt('2026-10-25T01:15:00Z', sundayNight), [
      'phone',
      false,
      '2026-10-25T01:30:00.000Z',
    ]);
  });
});

describe('intakeChannel: hours that run to midnight', () => {
  it('sees no change where one office day ends at 24:00 and the next starts at 00:00', () =>
    assert.deepEqual(
      channelAt('2026-03-23T11:00:00Z', { days: ['mon', 'tue'], from: '00:00', to: '24:00' }),
      ['email', true, '2026-03-24T23:00:00.000Z'],
    ));

  it('never changes with office hours round the clock, every day', () =>
    assert.deepEqual(
      channelAt('2026-03-29T01:00:00Z', {
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        from: '00:00',
        to: '24:00',
      }),
      ['email', true, null],
    ));
});
