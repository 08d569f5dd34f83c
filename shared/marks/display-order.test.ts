import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inDisplayOrder } from './display-order.ts';
import { sampleMark, SAMPLE_NOW } from './testing/sample-marks.ts';
import type { Mark } from './mark.ts';

const NOW = new Date(SAMPLE_NOW);
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

function mark(name: string, severity: Mark['severity'], sinceMinutesAgo: number): Mark {
  return {
    ...sampleMark('ticket-open'),
    summary: name,
    severity,
    since: minutesAgo(sinceMinutesAgo),
  };
}

const names = (marks: readonly Mark[]) => marks.map((item) => item.summary);

describe('the order marks are shown in', () => {
  it('is worst first, then newest first', () => {
    const marks = [
      mark('old warning', 'warning', 50),
      mark('old critical', 'critical', 40),
      mark('new critical', 'critical', 5),
      mark('new warning', 'warning', 1),
    ];
    assert.deepEqual(names(inDisplayOrder(marks, NOW)), [
      'new critical',
      'old critical',
      'new warning',
      'old warning',
    ]);
  });

  it('puts an acknowledged or snoozed mark after the ones nobody has seen to, within its severity', () => {
    const acknowledged = {
      ...mark('acknowledged', 'critical', 1),
      acknowledged: { by: 'Anna', at: minutesAgo(0), note: null, seq: 9 },
    };
    const snoozed = {
      ...mark('snoozed', 'critical', 2),
      snoozed: { by: 'Anna', at: minutesAgo(1), until: minutesAgo(-30), reason: 'bekend', seq: 10 },
    };
    const expiredSnooze = {
      ...mark('snooze over', 'critical', 3),
      snoozed: { by: 'Anna', at: minutesAgo(60), until: minutesAgo(30), reason: 'bekend', seq: 11 },
    };
    const marks = [
      acknowledged,
      snoozed,
      expiredSnooze,
      mark('open', 'critical', 30),
      mark('warning', 'warning', 0),
    ];
    assert.deepEqual(names(inDisplayOrder(marks, NOW)), [
      'snooze over',
      'open',
      'acknowledged',
      'snoozed',
      'warning',
    ]);
  });

  it('leaves the input as it was', () => {
    const marks = [mark('a', 'warning', 1), mark('b', 'critical', 2)];
    inDisplayOrder(marks, NOW);
    assert.deepEqual(names(marks), ['a', 'b']);
  });
});
