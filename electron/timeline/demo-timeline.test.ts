import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { launchWeekend } from '../simulator/scenario/launch-weekend.ts';
import type { Clock } from '../time/clock.ts';
import { performAction } from './actions.ts';
import { openTimelineStore } from './open-store.ts';
import { RecordedDemo, STEP_MS } from './testing/recorded-demo.ts';

/**
 * The demo's story recorded to a real SQLite timeline on a clock the test moves (as in the
 * demo-cycle test): once with a coordinator who acknowledges every critical mark within
 * three scenario minutes, once with nobody at the desk.
 */
const ACK_AFTER_STEPS = 3;

interface Run {
  readonly snapshots: readonly Snapshot[];
  readonly events: readonly TimelineEvent[];
}

async function playTheStory(options: { acknowledge: boolean; steps: number }): Promise<Run> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-demo-timeline-'));
  const demo = await RecordedDemo.start();
  const store = await openTimelineStore(path.join(folder, 'timeline.sqlite'), { create: true });
  try {
    const recording = await demo.collector(store);
    const snapshots: Snapshot[] = [];
    for (let step = 0; step <= options.steps; step++) {
      const seen = await demo.step(recording);
      if (options.acknowledge) await acknowledgeOverdue(store, seen, demo.clock);
      await recording.keeper.catchUp();
      recording.collector.publish();
      await recording.keeper.flush();
      snapshots.push(recording.collector.snapshot());
    }
    return { snapshots, events: await store.read({}) };
  } finally {
    await store.close();
    await demo.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The coordinator: acknowledges each critical mark three scenario minutes after it rose. */
async function acknowledgeOverdue(store: TimelineStore, snapshot: Snapshot, clock: Clock) {
  for (const domain of snapshot.domains)
    for (const mark of domain.marks) {
      if (mark.seq === null || mark.acknowledged || mark.severity !== 'critical') continue;
      if (mark.rule === 'unacknowledged') continue;
      const raised = await store.read({ kinds: ['mark-raised'], afterSeq: mark.seq - 1, limit: 1 });
      const at = Date.parse(raised[0]?.at ?? '');
      if (clock.now() - at < ACK_AFTER_STEPS * STEP_MS) continue;
      await performAction(
        store,
        { kind: 'acknowledge', select: { raisedSeq: mark.seq }, note: 'opgepakt' },
        { actor: 'Coördinator', clock, playbook: defaultPlaybook },
      );
    }
}

const escalationMarks = (run: Run) =>
  run.snapshots.flatMap(
    (snapshot) => snapshot.domains.find((domain) => domain.id === 'escalation')?.marks ?? [],
  );

describe('the demo story on the timeline', () => {
  const steps = launchWeekend.lengthMinutes + 5;

  it('with a coordinator at the desk, Escalatie never escalates an unacknowledged mark', async () => {
    const run = await playTheStory({ acknowledge: true, steps });
    const unacknowledged = escalationMarks(run).filter((mark) => mark.rule === 'unacknowledged');
    assert.deepEqual(unacknowledged, []);
    const acks = run.events.filter((event) => event.kind === 'mark-acknowledged');
    assert.ok(acks.length >= 3, `only ${acks.length} acknowledgements`);
    assertCoherent(run.events);
  });

  it('with nobody at the desk, Escalatie turns red for the unacknowledged mark', async () => {
    const run = await playTheStory({ acknowledge: false, steps });
    assert.ok(escalationMarks(run).some((mark) => mark.rule === 'unacknowledged'));
  });
});

/** Every raising cleared at most once, after it, and numbered without gaps. */
function assertCoherent(events: readonly TimelineEvent[]) {
  events.forEach((event, index) => assert.equal(event.seq, index + 1));
  const raised = new Set<number>();
  const cleared = new Set<number>();
  for (const event of events) {
    if (event.kind === 'mark-raised') raised.add(event.seq);
    if (event.kind === 'mark-cleared') {
      assert.ok(raised.has(event.data.raisedSeq), `#${event.seq} clears an unknown raising`);
      assert.ok(!cleared.has(event.data.raisedSeq), `#${event.data.raisedSeq} cleared twice`);
      cleared.add(event.data.raisedSeq);
    }
  }
  assert.ok(raised.size > 3);
  assert.ok(cleared.size > 3);
  assert.equal(events.filter((event) => event.kind === 'domain-status').length > 6, true);
}
