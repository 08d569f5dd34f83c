import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Ticket } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import {
  HOUR,
  MINUTE,
  NOW,
  ago,
  at,
  ruleOf,
  ruleContext,
  ticket,
  ticketsBetween,
} from './testing/rule-fixtures.ts';
import { evaluateTicketSpike } from './ticket-spike.ts';

/** The default helpdesk rule: window (now-60m, now], baseline (now-7h, now-60m]. */
const HELPDESK_RULE = ruleOf(
  'ticket-spike',
  '{ by: subcategory, window: 60m, baseline: 6h, factor: 3, minCount: 20 }',
);
const BY_CATEGORY = ruleOf(
  'ticket-spike',
  '{ by: category, window: 60m, baseline: 6h, factor: 3, minCount: 20 }',
);
const WINDOW_START = ago(HOUR);
const BASELINE_START = ago(7 * HOUR);

/** `count` tickets of one subcategory inside the window (strictly after its start). */
const inWindow = (count: number, subcategory = 'Bluetooth', extra: Partial<Ticket> = {}) =>
  ticketsBetween(count, ago(59 * MINUTE), at(0), { subcategory, ...extra });
/** `count` tickets of one subcategory inside the baseline (strictly after its start). */
const inBaseline = (count: number, subcategory = 'Bluetooth') =>
  ticketsBetween(count, ago(6 * HOUR + 59 * MINUTE), ago(61 * MINUTE), { subcategory });

/** The kinds that spike (the others are reported too, inactive, with their count now). */
function spikes(tickets: readonly Ticket[], spikeRule = HELPDESK_RULE): Finding[] {
  const findings = evaluateTicketSpike(spikeRule, ruleContext({ tickets }));
  assert.ok(findings !== null);
  return findings.filter((finding) => finding.active);
}
const keys = (findings: Finding[]) => findings.map((finding) => finding.key).sort();

describe('ticket-spike boundaries', () => {
  const cases: [string, () => Ticket[], string[]][] = [
    ['minCount reports with no baseline: a spike', () => inWindow(20), ['Bluetooth']],
    ['minCount - 1 reports with no baseline: none', () => inWindow(19), []],
    // 60 in the baseline → expected 60 × 1h/6h = 10 per window; factor 3 → 30.
    [
      'exactly factor × expected: a spike',
      () => [...inBaseline(60), ...inWindow(30)],
      ['Bluetooth'],
    ],
    ['just below factor × expected: none', () => [...inBaseline(60), ...inWindow(29)], []],
    [
      'a report at exactly the window start belongs to the baseline',
      () => [...inWindow(19), ticket({ subcategory: 'Bluetooth', callDate: WINDOW_START })],
      [],
    ],
    [
      'a report 1 ms after the window start belongs to the window',
      () => [
        ...inWindow(19),
        ticket({ subcategory: 'Bluetooth', callDate: at(1, new Date(WINDOW_START)) }),
      ],
      ['Bluetooth'],
    ],
    [
      'a report called at exactly now counts',
      () => [...inWindow(19), ticket({ subcategory: 'Bluetooth', callDate: at(0) })],
      ['Bluetooth'],
    ],
    [
      'a report dated after now (clock skew) does not count',
      () => [...inWindow(19), ticket({ subcategory: 'Bluetooth', callDate: at(1) })],
      [],
    ],
    // Window 30 needs baseline ≤ 60: a report at exactly the baseline start is outside it.
    [
      'a report at exactly the baseline start is not in the baseline',
      () => [
        ...inBaseline(60),
        ...inWindow(30),
        ticket({ subcategory: 'Bluetooth', callDate: BASELINE_START }),
      ],
      ['Bluetooth'],
    ],
    [
      'a report 1 ms after the baseline start is in the baseline',
      () => [
        ...inBaseline(60),
        ...inWindow(30),
        ticket({ subcategory: 'Bluetooth', callDate: at(1, new Date(BASELINE_START)) }),
      ],
      [],
    ],
    [
      'call dates with an offset are compared as instants (13:10+02:00 is 11:10Z, in the window)',
      () =>
        Array.from({ length: 20 }, (_, i) =>
          ticket({
            subcategory: 'Bluetooth',
            callDate: `2020-10-10T13:${String(10 + i)}:00+02:00`,
          }),
        ),
      ['Bluetooth'],
    ],
    [
      'and 12:59:59.999+02:00 (10:59:59.999Z) is in the baseline, not the window',
      () => [
        ...inWindow(19),
        ticket({ subcategory: 'Bluetooth', callDate: '2020-10-10T12:59:59.999+02:00' }),
      ],
      [],
    ],
    [
      'closed reports count: a spike is about reports called in',
      () => inWindow(20, 'Bluetooth', { closed: true, completed: true }),
      ['Bluetooth'],
    ],
    [
      'reports without a subcategory are not a kind of report',
      () => inWindow(25, 'Bluetooth', { subcategory: null }),
      [],
    ],
    [
      'reports outside the domain selector (category Helpdesk) do not count',
      () => inWindow(25, 'Bluetooth', { category: 'GGD-portaal' }),
      [],
    ],
    // Expected of a kind is also its baseline grown as much as the other kinds grew.
    [
      'the whole queue rising 4× evenly is no spike of any one kind',
      () =>
        ['Installatie', 'Overig', 'Bluetooth'].flatMap((sub) => [
          ...inBaseline(60, sub),
          ...inWindow(40, sub),
        ]),
      [],
    ],
    [
      'others rise 2.5×, one kind 8× (3.2× the rest): a spike of that kind only',
      () => [
        ...['Installatie', 'Overig', 'Sleutels delen'].flatMap((sub) => [
          ...inBaseline(60, sub),
          ...inWindow(25, sub),
        ]),
        ...inBaseline(60, 'Bluetooth'),
        ...inWindow(80, 'Bluetooth'),
      ],
      ['Bluetooth'],
    ],
    // Rest: 120 in the baseline, 40 in the window (×1/3, but that is above ×1/6 by time);
    // Bluetooth 60 in the baseline → expected max(10, 60 × 40/120 = 20) → factor 3 → 60.
    [
      'exactly factor × the rest-grown expectation: a spike',
      () => [
        ...['Installatie', 'Overig'].flatMap((sub) => [
          ...inBaseline(60, sub),
          ...inWindow(20, sub),
        ]),
        ...inBaseline(60),
        ...inWindow(60),
      ],
      ['Bluetooth'],
    ],
    [
      'just below factor × the rest-grown expectation: none',
      () => [
        ...['Installatie', 'Overig'].flatMap((sub) => [
          ...inBaseline(60, sub),
          ...inWindow(20, sub),
        ]),
        ...inBaseline(60),
        ...inWindow(59),
      ],
      [],
    ],
    [
      // Own past: 60 in 6 h → 10 an hour; the rest went quiet, so the bar drops to 3 × 0.8 × 10.
      'the rest falling lowers the bar at most to 80% of the kind’s own past: 23 is below it',
      () => [
        ...['Installatie', 'Overig'].flatMap((sub) => inBaseline(120, sub)),
        ...inBaseline(60),
        ...inWindow(23),
      ],
      [],
    ],
    [
      'the rest falling lowers the bar at most to 80% of the kind’s own past: 24 reaches it',
      () => [
        ...['Installatie', 'Overig'].flatMap((sub) => inBaseline(120, sub)),
        ...inBaseline(60),
        ...inWindow(24),
      ],
      ['Bluetooth'],
    ],
    [
      'two subcategories spiking at once are both found',
      () => [...inWindow(20, 'Bluetooth'), ...inWindow(21, 'Notificaties')],
      ['Bluetooth', 'Notificaties'],
    ],
  ];
  for (const [name, tickets, expected] of cases) {
    it(name, () => assert.deepEqual(keys(spikes(tickets())), expected));
  }
});

describe('ticket-spike by category or subcategory', () => {
  const spread = () => ['Installatie', 'Bluetooth', 'Overig'].flatMap((sub) => inWindow(10, sub));
  it('by subcategory: 3 × 10 reports is no spike of any one kind', () => {
    assert.deepEqual(keys(spikes(spread())), []);
  });
  it('by category: the same 30 reports are one spike of the category', () => {
    const findings = spikes(spread(), BY_CATEGORY);
    assert.deepEqual(keys(findings), ['Helpdesk']);
    assert.equal(
      findings[0]?.evidence.kind === 'ticket-spike' && findings[0].evidence.by,
      'category',
    );
  });
  it('by category counts reports that have no subcategory', () => {
    assert.deepEqual(keys(spikes(inWindow(20, 'x', { subcategory: null }), BY_CATEGORY)), [
      'Helpdesk',
    ]);
  });
});

describe('ticket-spike evidence and since', () => {
  const tickets = [...inBaseline(12), ...inWindow(25)];
  const [finding] = spikes(tickets);

  it('records what a coordinator needs to see why', () => {
    assert.ok(finding);
    const windowTickets = tickets.slice(12);
    const first = windowTickets[0]?.callDate ?? '';
    const last = windowTickets[windowTickets.length - 1]?.callDate ?? '';
    assert.ok(finding.evidence.kind === 'ticket-spike');
    assert.deepEqual(
      { ...finding.evidence, tickets: finding.evidence.tickets.map((t) => t.number) },
      {
        kind: 'ticket-spike',
        by: 'subcategory',
        value: 'Bluetooth',
        windowMs: HOUR,
        baselineMs: 6 * HOUR,
        count: 25,
        expectedCount: 2,
        // The count now is also the peak so far; its span, first to last report.
        peak: { count: 25, at: at(0), spanMs: Date.parse(last) - Date.parse(first) },
        // The ten newest, oldest first, each with its routing.
        tickets: windowTickets.slice(-10).map((t) => t.number),
      },
    );
    assert.deepEqual(finding.evidence.tickets[0]?.routing, {
      status: 'ok',
      expected: ['cibg-service-desk', 'build-team'],
    });
  });

  it('since is when the window first held minCount reports (the 20th oldest call date in it)', () => {
    const windowTickets = tickets.slice(12);
    assert.equal(finding?.since, windowTickets[20 - 1]?.callDate);
    assert.equal(finding?.key, 'Bluetooth');
  });

  it('expectedCount is rounded to one decimal', () => {
    const [rounded] = spikes([...inBaseline(7), ...inWindow(20)]);
    assert.equal(rounded?.evidence.kind === 'ticket-spike' && rounded.evidence.expectedCount, 1.2);
  });

  it('the evidence tickets are sorted by call date whatever the input order', () => {
    const shuffled = [...inWindow(20)].reverse();
    const [sorted] = spikes(shuffled);
    assert.ok(sorted?.evidence.kind === 'ticket-spike');
    assert.deepEqual(
      sorted.evidence.tickets.map((t) => t.number),
      [...shuffled]
        .reverse()
        .slice(-10)
        .map((t) => t.number),
    );
  });

  it('is not evaluable without fresh tickets', () => {
    assert.equal(evaluateTicketSpike(HELPDESK_RULE, ruleContext({ tickets: null })), null);
  });
});

describe('ticket-spike: what is expected grows with the rest of the domain', () => {
  // Installatie 60 → 20, Bluetooth 60 → 60: Bluetooth is exactly 3 × (60 × 20/60).
  const base = () => [
    ...inBaseline(60, 'Installatie'),
    ...inWindow(20, 'Installatie'),
    ...inBaseline(60),
    ...inWindow(60),
  ];

  it('so one more report of another kind can withdraw a spike (not monotone, by design)', () => {
    assert.deepEqual(keys(spikes(base())), ['Bluetooth']);
    assert.deepEqual(keys(spikes([...base(), ...inWindow(1, 'Installatie')])), []);
  });

  it('one more report of the same kind never does', () => {
    assert.deepEqual(keys(spikes([...base(), ...inWindow(1)])), ['Bluetooth']);
  });

  it('the evidence says what was expected: the higher of the two', () => {
    const [finding] = spikes(base());
    assert.ok(finding?.evidence.kind === 'ticket-spike');
    assert.equal(finding.evidence.expectedCount, 20);
  });
});

describe('ticket-spike: an earlier spike of the same kind does not become its normal', () => {
  // Bluetooth 40 an hour next to a rest of 120 (Installatie and Overig 60 each), for 16 h;
  // a spike adds 120 Bluetooth reports in 30 min (seven times its rate). Against a plain
  // count over the baseline one such spike in it raises the bar to 3 × (240 + 120)/6 = 180,
  // above the 160 of the next spike's window; two raise it to 240.
  const SPIKE = 120;
  const background = (until: Date) =>
    [
      ['Bluetooth', 40],
      ['Installatie', 60],
      ['Overig', 60],
    ].flatMap(([subcategory, perHour]) =>
      ticketsBetween(Number(perHour) * 16, ago(16 * HOUR, until), at(0, until), {
        subcategory: String(subcategory),
      }),
    );
  /** A spike of Bluetooth reports over the 30 minutes up to `end` (inclusive). */
  const spikeUntil = (end: Date) =>
    ticketsBetween(SPIKE, ago(30 * MINUTE - 1, end), at(1, end), { subcategory: 'Bluetooth' });
  const hoursAfter = (hours: number) => new Date(NOW.getTime() + hours * HOUR);
  const spikeEnds = [hoursAfter(0), hoursAfter(2), hoursAfter(4)];
  const day = [...background(hoursAfter(4)), ...spikeEnds.flatMap(spikeUntil)];
  const spikesAt = (now: Date, tickets: readonly Ticket[]) => {
    const findings = evaluateTicketSpike(HELPDESK_RULE, ruleContext({ tickets, now }));
    assert.ok(findings !== null);
    return findings;
  };

  it('a spike 2 h after the first, and another 4 h after it, are found too', () => {
    for (const end of spikeEnds) {
      const findings = spikesAt(end, day).filter((finding) => finding.active);
      assert.deepEqual(keys(findings), ['Bluetooth'], end.toISOString());
      const [finding] = findings;
      assert.ok(finding?.evidence.kind === 'ticket-spike');
      assert.ok(finding.evidence.count >= 39 + SPIKE, `${finding.evidence.count}`);
      // What is expected stays near its rate of 40, whatever spikes the baseline holds.
      assert.ok(finding.evidence.expectedCount <= 46, `${finding.evidence.expectedCount}`);
    }
  });

  it('what is expected does not jump as a spike leaves the window and crosses the baseline', () => {
    // Of one kind, what is expected does not depend on its own count in the window: a batch
    // of its reports at `now` makes the rule report it at every step, spike or not.
    const expectedAt = (now: Date, tickets: readonly Ticket[]) => {
      const probe = ticketsBetween(1000, at(-1, now), at(0, now), { subcategory: 'Bluetooth' });
      const finding = spikesAt(now, [...tickets, ...probe]).find((f) => f.key === 'Bluetooth');
      assert.ok(finding?.evidence.kind === 'ticket-spike');
      return finding.evidence.expectedCount;
    };
    const quiet = background(hoursAfter(8));
    const withSpike = [...quiet, ...spikeUntil(NOW)];
    // From the spike filling the window until it is about to leave the baseline, every 5 min.
    for (let minutes = 0; minutes <= 7 * 60 - 5; minutes += 5) {
      const now = new Date(NOW.getTime() + minutes * MINUTE);
      const without = expectedAt(now, quiet);
      const expected = expectedAt(now, withSpike);
      assert.ok(Math.abs(without - 40) <= 1, `${minutes} min: ${without} without the spike`);
      // The half hours the spike falls in count for at most 3 standard deviations above their
      // usual 20 (spike-baseline.ts): two of them, 2 × 3√20 over 6 h, add 4.5 at most, where
      // counting the spike's 120 reports over 6 h added 20.
      assert.ok(expected <= without + 5, `${minutes} min after: ${expected} (${without})`);
    }
  });
});
