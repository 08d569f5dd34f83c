import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TimelineStore } from '../../../shared/timeline/timeline-store.ts';
import { openSqliteStore } from './open-sqlite.ts';
import {
  domainStatusDraft,
  minutesIn,
  noteDraft,
  sourceHealthDraft,
} from './testing/sample-drafts.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
let store: TimelineStore;

before(async () => {
  folder = await tempFolder('read');
  store = await openSqliteStore(folder.file('read.sqlite'), { create: true });
  await store.append([
    noteDraft('Bellijn druk', 0), // 1
    domainStatusDraft('helpdesk', 'ok', 'warning', 1), // 2
    noteDraft('Korting 50% op_wachttijd', 2, 'Bram Jansen'), // 3
    sourceHealthDraft('topdesk', 'ok', 'failing', 3), // 4
    noteDraft('ÉÉN melding uit Zeeland', 4, 'Élise'), // 5
    domainStatusDraft('website', 'ok', 'critical', 5), // 6
    noteDraft('Korting 50 procent', 6), // 7
  ]);
});
after(async () => {
  await store.close();
  await folder.remove();
});

const seqs = async (query: Parameters<TimelineStore['read']>[0]) =>
  (await store.read(query)).map((event) => event.seq);

describe('read and count', () => {
  it('filters on time: from inclusive, to exclusive', async () => {
    assert.deepEqual(
      await seqs({ from: new Date(minutesIn(2)), to: new Date(minutesIn(5)) }),
      [3, 4, 5],
    );
    assert.equal(await store.count({ from: new Date(minutesIn(5)) }), 2);
  });

  it('filters on domains and kinds; an empty list matches nothing', async () => {
    assert.deepEqual(await seqs({ domains: ['website', 'helpdesk'] }), [2, 6]);
    assert.deepEqual(await seqs({ kinds: ['source-health', 'domain-status'] }), [2, 4, 6]);
    assert.deepEqual(await seqs({ kinds: ['domain-status'], domains: ['website'] }), [6]);
    assert.deepEqual(await seqs({ domains: [] }), []);
    assert.equal(await store.count({ kinds: [] }), 0);
  });

  it('finds text in the summary or the actor, ignoring case, beyond ASCII too', async () => {
    assert.deepEqual(await seqs({ text: 'BELLIJN' }), [1]);
    assert.deepEqual(await seqs({ text: 'jansen' }), [3]);
    assert.deepEqual(await seqs({ text: 'één' }), [5]);
    assert.deepEqual(await seqs({ text: 'élise' }), [5]);
  });

  it('takes % and _ in the text literally', async () => {
    assert.deepEqual(await seqs({ text: '50%' }), [3]);
    assert.deepEqual(await seqs({ text: 'p_wacht' }), [3]);
    assert.deepEqual(await seqs({ text: '%' }), [3]);
    assert.deepEqual(await seqs({ text: 'korting 50 ' }), [7]);
  });

  it('follows after a seq, newest first when asked, and pages', async () => {
    assert.deepEqual(await seqs({ afterSeq: 5 }), [6, 7]);
    assert.deepEqual(await seqs({ order: 'desc', limit: 3 }), [7, 6, 5]);
    assert.deepEqual(await seqs({ order: 'desc', limit: 3, offset: 3 }), [4, 3, 2]);
    assert.deepEqual(await seqs({ offset: 5 }), [6, 7]);
    assert.deepEqual(await seqs({ kinds: ['note'], order: 'desc', limit: 2, offset: 1 }), [5, 3]);
    await assert.rejects(store.read({ limit: -1 }), RangeError);
  });

  it('gives events back as written, with their data', async () => {
    const [event] = await store.read({ afterSeq: 3, limit: 1 });
    assert.deepEqual(event, {
      seq: 4,
      at: minutesIn(3),
      kind: 'source-health',
      domain: null,
      source: 'topdesk',
      actor: 'system',
      summary: 'topdesk: ok → failing',
      data: { from: 'ok', to: 'failing', error: null },
    });
    assert.equal(await store.count(), 7);
    assert.equal(await store.lastSeq(), 7);
  });
});
