import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventDraft } from '../../../shared/timeline/event.ts';
import { openSqliteStore } from './open-sqlite.ts';
import {
  criterionDraft,
  domainStatusDraft,
  markAcknowledgedDraft,
  markClearedDraft,
  markRaisedDraft,
  markSnoozedDraft,
  sourceHealthDraft,
} from './testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('resume');
});
after(() => folder.remove());

/** A mark raised by a writer that keeps no key of its own. */
const unkeyedMark: EventDraft = { ...markRaisedDraft('privacy', 'unused', 16), markKey: undefined };

/** A morning of events; the comment is each one's seq. */
const MORNING: EventDraft[] = [
  domainStatusDraft('helpdesk', 'ok', 'warning', 0), // 1
  domainStatusDraft('helpdesk', 'warning', 'critical', 1), // 2
  domainStatusDraft('website', 'ok', 'warning', 2), // 3
  sourceHealthDraft('topdesk', 'ok', 'failing', 3), // 4
  sourceHealthDraft('statuscake', 'ok', 'stale', 4), // 5
  sourceHealthDraft('topdesk', 'failing', 'ok', 5), // 6
  markRaisedDraft('website', 'check:web', 6), // 7
  markRaisedDraft('helpdesk', 'check:bellijn', 7), // 8
  markAcknowledgedDraft('website', 7, 'Anna de Vries', 8), // 9
  markSnoozedDraft('website', 7, 60, 9), // 10
  markClearedDraft('helpdesk', 8, 10), // 11
  markAcknowledgedDraft('helpdesk', 8, 'Bram Jansen', 11), // 12
  criterionDraft('criterion-met', 'security', 'SOC belde', 12), // 13
  criterionDraft('criterion-withdrawn', 'security', 'Vals alarm', 13), // 14
  criterionDraft('criterion-met', 'security', 'SOC belde opnieuw', 14), // 15
  criterionDraft('criterion-met', 'privacy', 'Datalek gemeld', 15), // 16
  unkeyedMark, // 17
  { ...criterionDraft('criterion-met', 'security', 'Zonder domein', 17), domain: null }, // 18
  { ...criterionDraft('criterion-withdrawn', 'security', 'Zonder domein', 18), domain: null }, // 19
  { ...criterionDraft('criterion-met', 'security', 'Weer zonder', 19), domain: null }, // 20
];

describe('resumeState', () => {
  it('is empty for an empty store', async () => {
    const store = await openSqliteStore(folder.file('empty.sqlite'), { create: true });
    const state = await store.resumeState();
    assert.deepEqual(state, {
      lastSeq: 0,
      domainStatus: new Map(),
      domainStatusSince: new Map(),
      sourceHealth: new Map(),
      openMarks: [],
      openCriteria: [],
    });
    await store.close();
  });

  it('gives the newest status per domain and source, open marks with their follow-ups, open criteria', async () => {
    const store = await openSqliteStore(folder.file('morning.sqlite'), { create: true });
    const events = await store.append(MORNING);
    const bySeq = (seq: number) => events[seq - 1];
    const state = await store.resumeState();
    assert.equal(state.lastSeq, 20);
    assert.deepEqual(
      state.domainStatus,
      new Map([
        ['helpdesk', 'critical'],
        ['website', 'warning'],
      ]),
    );
    // Since when: the time of the same newest status event, for "KRITIEK sinds 14:02".
    assert.deepEqual(
      state.domainStatusSince,
      new Map([
        ['helpdesk', bySeq(2)?.at],
        ['website', bySeq(3)?.at],
      ]),
    );
    assert.deepEqual(
      state.sourceHealth,
      new Map([
        ['statuscake', 'stale'],
        ['topdesk', 'ok'],
      ]),
    );
    assert.deepEqual(state.openMarks, [
      {
        raised: bySeq(7),
        markKey: 'check:web',
        acknowledgements: [bySeq(9)],
        snoozes: [bySeq(10)],
      },
      { raised: bySeq(17), markKey: null, acknowledgements: [], snoozes: [] },
    ]);
    assert.deepEqual(state.openCriteria, [bySeq(15), bySeq(16), bySeq(20)]);
    await store.close();
  });

  it('reads the same from a read-only store', async () => {
    const file = folder.file('morning.sqlite');
    const reader = await openSqliteStore(file, { readOnly: true });
    assert.equal((await reader.resumeState()).openMarks.length, 2);
    await reader.close();
  });
});
