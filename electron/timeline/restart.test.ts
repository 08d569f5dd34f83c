import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { openTimelineStore } from './open-store.ts';
import { RecordedDemo } from './testing/recorded-demo.ts';

/**
 * A collector stopped in the middle of the story and started again on the same store: what
 * is still active is not raised again, statuses are not written twice, and what clears
 * clears under the seq it was raised with.
 */
describe('a restarted collector', () => {
  it('carries on from the store: the same timeline as if it had never stopped', async () => {
    const steady = await playWithRestartAt(null);
    const restarted = await playWithRestartAt(60);
    assert.ok(restarted.openAtRestart > 0, 'the restart came while marks were open');
    assert.deepEqual(outline(restarted.events), outline(steady.events));
    assertNoMarkRaisedTwiceWhileOpen(restarted.events);
    assertNoStatusRepeated(restarted.events);
  });
});

async function playWithRestartAt(restartStep: number | null) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-restart-'));
  const demo = await RecordedDemo.start();
  const file = path.join(folder, 'timeline.sqlite');
  try {
    let store = await openTimelineStore(file, { create: true });
    let recording = await demo.collector(store);
    let openAtRestart = 0;
    for (let step = 0; step < 110; step++) {
      if (step === restartStep) {
        openAtRestart = (await store.resumeState()).openMarks.length;
        await store.close();
        store = await openTimelineStore(file, { create: true });
        recording = await demo.collector(store);
      }
      await demo.step(recording);
    }
    const events = await store.read({});
    await store.close();
    return { events, openAtRestart };
  } finally {
    await demo.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** What happened, when, to what: everything but the wording of figures that move. */
function outline(events: readonly TimelineEvent[]) {
  return events.map((event) => [
    event.seq,
    event.at,
    event.kind,
    event.domain,
    event.source,
    'rule' in event.data ? event.data.rule : null,
    'raisedSeq' in event.data ? event.data.raisedSeq : null,
    'to' in event.data ? event.data.to : null,
  ]);
}

function assertNoMarkRaisedTwiceWhileOpen(events: readonly TimelineEvent[]) {
  const open = new Map<string, number>();
  for (const event of events) {
    if (event.kind === 'mark-raised') {
      const key = `${event.domain} ${JSON.stringify(event.data.evidence).slice(0, 200)}`;
      assert.ok(!open.has(key), `#${event.seq} raises again what #${open.get(key)} raised`);
      open.set(key, event.seq);
    }
    if (event.kind === 'mark-cleared')
      for (const [key, seq] of open) if (seq === event.data.raisedSeq) open.delete(key);
  }
}

function assertNoStatusRepeated(events: readonly TimelineEvent[]) {
  const last = new Map<string, string>();
  for (const event of events) {
    if (event.kind !== 'domain-status') continue;
    const before = last.get(event.domain ?? '');
    assert.notEqual(
      before,
      event.data.to,
      `#${event.seq} repeats ${event.domain} ${event.data.to}`,
    );
    assert.equal(event.data.from, before ?? 'unknown');
    last.set(event.domain ?? '', event.data.to);
  }
}
