import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import type { CollectorHolder } from '../../shared/timeline/timeline-store.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { startCollecting } from './collecting.ts';
import { RecordedDemo } from './testing/recorded-demo.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';

const OTHER: CollectorHolder = {
  id: 'elsewhere:1',
  pid: 1,
  host: 'elsewhere',
  startedAt: '2026-11-29T08:00:00.000Z',
  label: 'dijkwacht collect',
};

describe('a collector whose claim was taken over', () => {
  it('stops recording and says so, instead of writing a second timeline', async () => {
    const demo = await RecordedDemo.start();
    const store = new MemoryTimelineStore();
    const logged: string[] = [];
    const clock = new FakeClock();
    try {
      const collecting = await startCollecting({
        store,
        config: demo.config,
        playbook: defaultPlaybook,
        demo: true,
        version: 'test',
        label: 'the Dijkwacht app',
        // Sources that never answer: the claim is what this test is about.
        createClient: () => ({ poll: () => new Promise(() => {}) }),
        heartbeatMs: 50,
        clock,
        log: (line) => logged.push(line),
      });
      await collecting.keeper.flush();
      // Another collector finds our claim stale and takes it.
      await store.releaseCollector((await claimHolder(store)) ?? OTHER);
      assert.equal((await store.claimCollector(OTHER, 1)).ok, true);
      clock.advance(50);
      await settled(() => collecting.keeper.state().state === 'failing');
      const written = await store.lastSeq();
      assert.equal(collecting.keeper.state().state, 'failing');
      assert.match(collecting.keeper.state().error ?? '', /another collector took over/);
      assert.ok(logged.some((line) => line.includes('records no more')));
      collecting.collector.publish();
      await collecting.keeper.flush();
      assert.equal(await store.lastSeq(), written, 'nothing more written');
      await collecting.stop();
    } finally {
      await demo.close();
    }
  });
});

/** Lets the heartbeat run out its awaits, a bounded number of event-loop turns. */
async function settled(done: () => boolean): Promise<void> {
  for (let turn = 0; turn < 100 && !done(); turn++) await nextTurn();
}

/** Who holds the memory store's claim now (the test releases it as a stale holder's). */
async function claimHolder(store: MemoryTimelineStore): Promise<CollectorHolder | null> {
  const probe = await store.claimCollector(OTHER, Number.MAX_SAFE_INTEGER);
  return probe.ok ? null : probe.holder;
}
