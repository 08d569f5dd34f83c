import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CollectorHolder } from '../timeline-store.ts';
import {
  domainStatusDraft,
  markFollowUpDraft,
  markRaisedDraft,
  minutesAfter,
  noteDraft,
  ticketOpenEvidence,
} from './event-drafts.ts';
import { MemoryTimelineStore } from './memory-store.ts';

async function storeWithIncident() {
  const store = new MemoryTimelineStore();
  await store.append([
    domainStatusDraft(minutesAfter(0), 'helpdesk', 'ok', 'critical'),
    { ...markRaisedDraft(minutesAfter(1), 'helpdesk', ticketOpenEvidence()), markKey: 'k-1' },
    noteDraft(minutesAfter(2), null, 'Jan de Vries', 'Bouwteam gebeld'),
  ]);
  await store.append([
    markFollowUpDraft('mark-acknowledged', minutesAfter(3), 'helpdesk', {
      seq: 2,
      rule: 'ticket-open',
    }),
    domainStatusDraft(minutesAfter(4), 'security', 'ok', 'warning'),
  ]);
  return store;
}

describe('MemoryTimelineStore', () => {
  it('numbers appended events 1, 2, 3… across batches', async () => {
    const store = await storeWithIncident();
    const events = await store.read({});
    assert.deepEqual(
      events.map((event) => event.seq),
      [1, 2, 3, 4, 5],
    );
    assert.equal(await store.lastSeq(), 5);
  });

  it('refuses a batch with an invalid draft and writes none of it', async () => {
    const store = await storeWithIncident();
    const bad = { ...noteDraft(minutesAfter(5), null, 'x', 'y'), actor: '' };
    await assert.rejects(store.append([noteDraft(minutesAfter(5), null, 'a', 'b'), bad]));
    assert.equal(await store.lastSeq(), 5);
  });

  it('filters by time (from inclusive, to exclusive), domain, kind, text and afterSeq', async () => {
    const store = await storeWithIncident();
    const seqs = async (filter: Parameters<typeof store.read>[0]) =>
      (await store.read(filter)).map((event) => event.seq);
    assert.deepEqual(
      await seqs({ from: new Date(minutesAfter(1)), to: new Date(minutesAfter(3)) }),
      [2, 3],
    );
    assert.deepEqual(await seqs({ domains: ['security'] }), [5]);
    assert.deepEqual(await seqs({ kinds: ['domain-status'] }), [1, 5]);
    assert.deepEqual(await seqs({ text: 'JAN DE' }), [3]);
    assert.deepEqual(await seqs({ afterSeq: 3 }), [4, 5]);
    assert.equal(await store.count({ domains: ['helpdesk'] }), 3);
  });

  it('pages in either order', async () => {
    const store = await storeWithIncident();
    const page = await store.read({ order: 'desc', offset: 1, limit: 2 });
    assert.deepEqual(
      page.map((event) => event.seq),
      [4, 3],
    );
  });

  it('hands out frozen events: editing the history fails at once', async () => {
    const store = await storeWithIncident();
    const [first] = await store.read({ limit: 1 });
    assert.throws(() => {
      first!.summary = 'changed';
    }, TypeError);
    const drafts = [noteDraft(minutesAfter(9), null, 'a', 'b')];
    await store.append(drafts);
    assert.ok(!Object.isFrozen(drafts[0]), 'the caller’s drafts stay theirs');
  });

  it('resumes with statuses, open marks (with their key and acknowledgements)', async () => {
    const store = await storeWithIncident();
    const state = await store.resumeState();
    assert.equal(state.lastSeq, 5);
    assert.equal(state.domainStatus.get('helpdesk'), 'critical');
    assert.equal(state.openMarks.length, 1);
    assert.equal(state.openMarks[0]!.markKey, 'k-1');
    assert.equal(state.openMarks[0]!.acknowledgements.length, 1);
    await store.append([
      markFollowUpDraft('mark-cleared', minutesAfter(6), 'helpdesk', {
        seq: 2,
        rule: 'ticket-open',
      }),
    ]);
    assert.equal((await store.resumeState()).openMarks.length, 0);
  });

  it('verifies ok and refuses everything once closed', async () => {
    const store = await storeWithIncident();
    assert.deepEqual(await store.verify(), { ok: true, events: 5 });
    await store.close();
    await assert.rejects(store.read({}), /closed/);
  });
});

describe('MemoryTimelineStore collector lease', () => {
  const holder = (id: string): CollectorHolder => ({
    id,
    pid: 1,
    host: 'h',
    startedAt: minutesAfter(0),
    label: `collector ${id}`,
  });

  it('refuses a second collector until the first goes stale, then lets it take over', async () => {
    let now = Date.parse(minutesAfter(0));
    const store = new MemoryTimelineStore({ now: () => new Date(now) });
    assert.deepEqual(await store.claimCollector(holder('a'), 30_000), { ok: true });
    const refused = await store.claimCollector(holder('b'), 30_000);
    assert.equal(refused.ok, false);
    assert.equal(!refused.ok && refused.holder.id, 'a');
    now += 30_000;
    assert.deepEqual(await store.claimCollector(holder('b'), 30_000), { ok: true });
    assert.equal(await store.renewCollector(holder('a')), false);
    assert.equal(await store.renewCollector(holder('b')), true);
  });

  it('frees the seat on release', async () => {
    const store = new MemoryTimelineStore();
    await store.claimCollector(holder('a'), 30_000);
    await store.releaseCollector(holder('a'));
    assert.deepEqual(await store.claimCollector(holder('b'), 30_000), { ok: true });
  });
});
