import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Ticket } from '../../../shared/signals/signals.ts';
import { afterDelta, afterFullSync, fullSyncDue, initialSyncState } from './sync-state.ts';

const NOW = new Date('2026-11-28T12:00:00.000Z');
const HOUR = 3_600_000;
const retention = { lookbackMs: 7 * HOUR, now: NOW };

function ticket(id: string, changes: Partial<Ticket> = {}): Ticket {
  return {
    id,
    number: `I ${id}`,
    briefDescription: '',
    category: null,
    subcategory: null,
    priority: null,
    operatorGroup: null,
    processingStatus: null,
    callDate: '2026-11-28T11:00:00.000Z',
    modificationDate: '2026-11-28T11:00:00.000Z',
    closed: false,
    completed: false,
    majorCall: false,
    ...changes,
  };
}

const rows = (...tickets: Ticket[]) => new Map(tickets.map((t) => [t.id, t]));

describe('sync state', () => {
  it('starts with a full sync, then waits resyncInterval for the next', () => {
    assert.ok(fullSyncDue(initialSyncState, NOW, HOUR));
    const state = afterFullSync(rows(ticket('a')), retention);
    assert.ok(!fullSyncDue(state, new Date(NOW.getTime() + HOUR - 1), HOUR));
    assert.ok(fullSyncDue(state, new Date(NOW.getTime() + HOUR), HOUR));
    assert.ok(fullSyncDue(state, new Date(NOW.getTime() - 1000), HOUR), 'the clock went back');
  });

  it('stays on full syncs while nothing was ever seen (no cursor)', () => {
    assert.ok(fullSyncDue(afterFullSync(new Map(), retention), NOW, HOUR));
  });

  it('keeps open incidents and closed ones called in within the lookback', () => {
    const state = afterFullSync(
      rows(
        ticket('open-old', { callDate: '2026-11-20T00:00:00.000Z' }),
        ticket('closed-recent', { closed: true, callDate: '2026-11-28T06:00:00.000Z' }),
        ticket('closed-old', {
          closed: true,
          callDate: '2026-11-28T04:59:59.999Z',
          modificationDate: '2026-11-28T11:30:00.000Z',
        }),
      ),
      retention,
    );
    assert.deepEqual([...state.tickets.keys()], ['open-old', 'closed-recent']);
    assert.equal(state.cursor, '2026-11-28T11:30:00.000Z', 'the cursor counts every row read');
  });

  it('applies a delta: changes in, closed-and-old out, cursor forward', () => {
    const before = afterFullSync(
      rows(ticket('a'), ticket('b', { callDate: '2026-11-27T00:00:00.000Z' })),
      retention,
    );
    const changes = rows(
      ticket('a', { priority: 'P1', modificationDate: '2026-11-28T11:58:00.000Z' }),
      ticket('b', {
        closed: true,
        callDate: '2026-11-27T00:00:00.000Z',
        modificationDate: '2026-11-28T11:59:00.000Z',
      }),
      ticket('c', { modificationDate: '2026-11-28T11:57:00.000Z' }),
    );
    const after = afterDelta(before, changes, retention);
    assert.deepEqual([...after.tickets.keys()], ['a', 'c']);
    assert.equal(after.tickets.get('a')?.priority, 'P1');
    assert.equal(after.cursor, '2026-11-28T11:59:00.000Z');
    assert.equal(after.fullSyncAt, before.fullSyncAt);
    assert.equal(before.tickets.size, 2, 'the previous state is untouched');
  });

  it('lets closed incidents age out of the lookback between deltas', () => {
    const closed = ticket('x', { closed: true, callDate: '2026-11-28T06:00:00.000Z' });
    const state = afterFullSync(rows(closed), retention);
    const later = afterDelta(state, new Map(), {
      ...retention,
      now: new Date(NOW.getTime() + 2 * HOUR),
    });
    assert.equal(later.tickets.size, 0);
    assert.equal(later.cursor, state.cursor, 'an empty delta keeps the cursor');
  });
});
