import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { EventDraft } from '../../../shared/timeline/event.ts';
import { openSqliteStore } from './open-sqlite.ts';
import { markClearedDraft, markRaisedDraft, noteDraft } from './testing/sample-drafts.ts';
import { peek } from './testing/store-files.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';
import { InvalidDraftError } from '../rows/validate-draft.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('append');
});
after(() => folder.remove());

describe('append', () => {
  it('numbers a batch from 1 in order and reads back what it returned', async () => {
    const store = await openSqliteStore(folder.file('numbers.sqlite'), { create: true });
    const written = await store.append([
      noteDraft('Een', 0),
      noteDraft('Twee', 1),
      noteDraft('Drie', 2),
    ]);
    assert.deepEqual(
      written.map((event) => event.seq),
      [1, 2, 3],
    );
    const more = await store.append([markRaisedDraft('website', 'check:web', 3)]);
    assert.equal(more[0]?.seq, 4);
    assert.deepEqual(await store.read({}), [...written, ...more]);
    await store.close();
  });

  it('writes `at` as UTC with milliseconds, so it sorts as text', async () => {
    const store = await openSqliteStore(folder.file('at.sqlite'), { create: true });
    const [event] = await store.append([
      { ...noteDraft('Zomertijd'), at: '2026-05-01T10:00:00+02:00' },
    ]);
    assert.equal(event?.at, '2026-05-01T08:00:00.000Z');
    await store.close();
  });

  it('writes nothing for an empty batch', async () => {
    const store = await openSqliteStore(folder.file('empty-batch.sqlite'), { create: true });
    assert.deepEqual(await store.append([]), []);
    assert.equal(await store.lastSeq(), 0);
    await store.close();
  });

  it('rejects a batch with one invalid draft and writes none of it', async () => {
    const store = await openSqliteStore(folder.file('invalid.sqlite'), { create: true });
    await store.append([noteDraft('Al geschreven')]);
    const invalid = {
      ...markClearedDraft('website', 1),
      data: { rule: 'check-down', raisedSeq: 0 },
    };
    const batch = [noteDraft('Goed'), invalid as EventDraft, noteDraft('Ook goed')];
    await assert.rejects(store.append(batch), (error: unknown) => {
      assert.ok(error instanceof InvalidDraftError);
      assert.match(error.message, /^draft 2 of 3 is not a valid timeline event: data\.raisedSeq: /);
      return true;
    });
    const strayField = { ...noteDraft('Extra veld'), secret: 'hunter2' } as EventDraft;
    await assert.rejects(
      store.append([strayField]),
      (error: Error) => !error.message.includes('hunter2'),
    );
    await assert.rejects(
      store.append([{ ...noteDraft('Twee regels'), actor: 'Anna\nBram' }]),
      InvalidDraftError,
    );
    assert.equal(await store.lastSeq(), 1);
    assert.equal(await store.count(), 1);
    await store.close();
  });

  it('keeps numbering gapless across two stores on one file (the collector and a CLI command)', async () => {
    const file = folder.file('two-writers.sqlite');
    const collector = await openSqliteStore(file, { create: true });
    const cli = await openSqliteStore(file);
    const seqs: number[] = [];
    for (let round = 0; round < 50; round++) {
      const writer = round % 3 === 0 ? cli : collector;
      const size = 1 + (round % 4);
      const drafts = Array.from({ length: size }, (_, index) =>
        noteDraft(`r${round}-${index}`, round),
      );
      seqs.push(...(await writer.append(drafts)).map((event) => event.seq));
    }
    assert.deepEqual(
      seqs,
      Array.from({ length: seqs.length }, (_, index) => index + 1),
    );
    assert.deepEqual(await cli.verify(), { ok: true, events: seqs.length });
    assert.equal(peek(file, 'SELECT count(DISTINCT seq) FROM events'), seqs.length);
    await cli.close();
    await collector.close();
  });
});
