import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { WallCharts } from '../../shared/charts/chart-schema.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { CollectorHolder } from '../../shared/timeline/timeline-store.ts';
import type { Publication } from '../../shared/timeline/war-room.ts';
import type { Collector, SnapshotListener } from '../collector/collector.ts';
import { FakeClock } from '../time/testing/fake-clock.ts';
import { FakeSharedStore } from './testing/fake-shared-store.ts';
import { startPublishing } from './war-room-publisher.ts';

const HOLDER: CollectorHolder = {
  id: 'here:1',
  pid: 1,
  host: 'here',
  startedAt: '2026-11-29T08:00:00.000Z',
  label: 'dijkwacht collect',
};
const INFO: Publication['info'] = {
  title: 'Test',
  timezone: 'Europe/Amsterdam',
  demo: true,
  wall: { rotateEveryMs: 15_000, alarmHoldMs: 60_000, changedHighlightMs: 10_000, sound: false },
};

/** The two things the publisher asks of a collector; snapshots are told apart by generatedAt. */
class FakeCollector {
  readonly listeners = new Set<SnapshotListener>();
  chartsBuilt = 0;
  subscribe(listener: SnapshotListener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  charts(): WallCharts {
    this.chartsBuilt++;
    return { built: this.chartsBuilt } as unknown as WallCharts;
  }
  emit(n: number) {
    const snapshot = { generatedAt: `snapshot ${n}` } as unknown as Snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }
}

/** A store whose publish waits until the test lets it go, so writes pile up behind it. */
class SlowStore extends FakeSharedStore {
  release: () => void = () => {};
  override async publish(publication: Publication, holder: CollectorHolder): Promise<void> {
    await new Promise<void>((resolve) => (this.release = resolve));
    return super.publish(publication, holder);
  }
}

function publishing(store: FakeSharedStore, collector: FakeCollector, logged: string[] = []) {
  const clock = new FakeClock('2026-11-29T08:00:00.000Z');
  const running = startPublishing({
    store,
    collector: collector as unknown as Collector,
    holder: HOLDER,
    info: INFO,
    playbook: defaultPlaybook,
    log: (line) => logged.push(line),
    clock,
    chartsEveryMs: 5_000,
  });
  return { running, clock };
}

describe('publishing the collector state for the seats', () => {
  it('has one write in flight and lets only the newest snapshot wait', async () => {
    const store = new SlowStore();
    await store.claimCollector(HOLDER, 10_000);
    const collector = new FakeCollector();
    const { running } = publishing(store, collector);
    for (let n = 1; n <= 5; n++) collector.emit(n);
    await nextTurn();
    store.release();
    await nextTurn();
    store.release();
    await running.stop();
    assert.deepEqual(
      store.publications.map((publication) => publication.snapshot.generatedAt),
      ['snapshot 1', 'snapshot 5'],
    );
    assert.deepEqual(store.publications[1]!.info, INFO);
  });

  it('rebuilds the charts at most every few seconds', async () => {
    const store = new FakeSharedStore();
    await store.claimCollector(HOLDER, 10_000);
    const collector = new FakeCollector();
    const { running, clock } = publishing(store, collector);
    const publishAndWait = async (n: number) => {
      collector.emit(n);
      while (store.publications.length < n) await nextTurn();
    };
    await publishAndWait(1);
    await publishAndWait(2);
    assert.equal(collector.chartsBuilt, 1);
    clock.advance(5_000);
    await publishAndWait(3);
    assert.equal(collector.chartsBuilt, 2);
    await running.stop();
  });

  it('logs a failure once per message, never throws, and says when it works again', async () => {
    const store = new FakeSharedStore();
    await store.claimCollector(HOLDER, 10_000);
    store.failPublish = new Error('connection refused (127.0.0.1:5432/warroom)');
    const collector = new FakeCollector();
    const logged: string[] = [];
    const { running } = publishing(store, collector, logged);
    for (let n = 1; n <= 3; n++) {
      collector.emit(n);
      await nextTurn();
      await nextTurn();
    }
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /cannot be published to memory:timeline: connection refused/);
    store.failPublish = null;
    collector.emit(4);
    await running.stop();
    assert.equal(store.publications.length, 1);
    assert.match(logged[1] ?? '', /works again/);
  });
});
