import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { openTimelineStore } from './open-store.ts';
import { RecordedDemo } from './testing/recorded-demo.ts';

/** The real store, whose appends fail as a full disk makes SQLite fail while `full` is set. */
function fillable(store: TimelineStore): { store: TimelineStore; full: { on: boolean } } {
  const full = { on: false };
  const wrapped: TimelineStore = Object.create(store);
  wrapped.append = async (drafts) => {
    if (full.on) throw new Error('database or disk is full');
    return store.append(drafts);
  };
  for (const method of ['read', 'count', 'lastSeq', 'resumeState', 'verify', 'close'] as const)
    Object.assign(wrapped, { [method]: store[method].bind(store) });
  return { store: wrapped, full };
}

describe('a store that stops taking writes while collecting', () => {
  it('keeps the status live, says so loudly, retries, and loses nothing', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-disk-full-'));
    const demo = await RecordedDemo.start();
    const real = await openTimelineStore(path.join(folder, 'timeline.sqlite'), { create: true });
    const { store, full } = fillable(real);
    const logged: string[] = [];
    try {
      const recording = await demo.collector(store, (line) => logged.push(line));
      for (let step = 0; step < 5; step++) await demo.step(recording);
      const before = await real.read({});
      assert.ok(before.length > 0);

      full.on = true;
      const during = [];
      for (let step = 0; step < 90; step++) during.push(await demo.step(recording));
      const statuses = new Set(during.flatMap((snapshot) => snapshot.domains.map((d) => d.status)));
      assert.ok(statuses.has('critical'), 'the status kept moving on screen');
      const last = during.at(-1)?.timeline;
      assert.equal(last?.state, 'failing');
      assert.ok((last?.pending ?? 0) > 0);
      assert.match(last?.error ?? '', /disk is full/);
      assert.equal(await real.lastSeq(), before.at(-1)?.seq, 'nothing written meanwhile');
      assert.equal(logged.length, 1, 'said once, not once per poll');
      assert.match(logged[0] ?? '', /timeline cannot be written .*disk is full.*retried/);

      full.on = false;
      await recording.keeper.flush();
      const after = await real.read({});
      assert.equal(recording.keeper.state().state, 'ok');
      assert.equal(recording.keeper.state().pending, 0);
      assert.deepEqual(after.slice(0, before.length), before, 'what was committed stays');
      after.forEach((event, index) => assert.equal(event.seq, index + 1));
      assert.ok(after.length > before.length + 3, 'the waiting events were written');
      assert.ok((await real.verify()).ok);
      assert.match(logged.at(-1) ?? '', /written again/);
    } finally {
      await real.close();
      await demo.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
});
