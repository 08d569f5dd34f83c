import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, it } from 'node:test';
import { eventHash } from '../event-hash.ts';
import { openSqliteStore } from './open-sqlite.ts';
import type { EventRow } from '../rows/rows.ts';
import { markClearedDraft, markRaisedDraft, noteDraft } from './testing/sample-drafts.ts';
import { damagePage, tamper } from './testing/store-files.ts';
import { tempFolder, type TempFolder } from './testing/temp-folder.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('verify');
});
after(() => folder.remove());

let stores = 0;
/** A closed store of 20 events: notes, and a mark raised (5) and cleared (6). */
async function storeOf20(): Promise<string> {
  const file = folder.file(`chain-${++stores}.sqlite`);
  const store = await openSqliteStore(file, { create: true });
  await store.append([noteDraft('1'), noteDraft('2'), noteDraft('3'), noteDraft('4')]);
  await store.append([markRaisedDraft('website', 'check:web'), markClearedDraft('website', 5)]);
  await store.append(Array.from({ length: 14 }, (_, index) => noteDraft(`${index + 7}`)));
  await store.close();
  return file;
}

async function verifyFile(file: string) {
  const store = await openSqliteStore(file, { readOnly: true });
  try {
    return await store.verify();
  } finally {
    await store.close();
  }
}

/** Rewrites a row's hash and every later one, as someone covering their tracks would. */
function rechain(file: string, fromSeq: number): void {
  const db = new DatabaseSync(file);
  const rows = db
    .prepare('SELECT * FROM events WHERE seq >= ? ORDER BY seq')
    .all(fromSeq) as unknown as EventRow[];
  let prevHash = String(db.prepare('SELECT hash FROM events WHERE seq = ?').get(fromSeq - 1)?.hash);
  for (const row of rows) {
    const hash = eventHash(prevHash, row);
    db.prepare('UPDATE events SET prev_hash = ?, hash = ? WHERE seq = ?').run(
      prevHash,
      hash,
      row.seq,
    );
    prevHash = hash;
  }
  db.close();
}

describe('verify', () => {
  it('passes an untouched store', async () => {
    assert.deepEqual(await verifyFile(await storeOf20()), { ok: true, events: 20 });
  });

  it('finds an edited summary at its seq', async () => {
    const file = await storeOf20();
    tamper(file, "UPDATE events SET summary = 'Niets aan de hand' WHERE seq = 12");
    assert.deepEqual(await verifyFile(file), {
      ok: false,
      events: 11,
      brokenSeq: 12,
      problem: 'content does not match its hash (changed after it was written)',
    });
  });

  it('finds a removed row as a gap', async () => {
    const file = await storeOf20();
    tamper(file, 'DELETE FROM events WHERE seq IN (8, 9)');
    assert.deepEqual(await verifyFile(file), {
      ok: false,
      events: 7,
      brokenSeq: 8,
      problem: 'seq 8–9 missing (the next event is seq 10)',
    });
  });

  it('finds a broken link to the previous hash', async () => {
    const file = await storeOf20();
    tamper(file, `UPDATE events SET prev_hash = '${'f'.repeat(64)}' WHERE seq = 15`);
    const report = await verifyFile(file);
    assert.equal(report.ok, false);
    assert.deepEqual(report.ok ? null : [report.brokenSeq, report.problem], [
      15,
      'prev_hash does not match the hash of seq 14',
    ]);
  });

  it('finds an invalid event even when its hashes were recomputed', async () => {
    const file = await storeOf20();
    tamper(file, `UPDATE events SET data = '{"rule":"check-down","raisedSeq":-1}' WHERE seq = 6`);
    rechain(file, 6);
    const report = await verifyFile(file);
    assert.deepEqual(report.ok ? null : [report.brokenSeq, report.problem], [
      6,
      'not a valid event (data.raisedSeq: Too small: expected number to be >=1)',
    ]);
  });

  it('finds a ref_seq column that no longer matches the data it indexes', async () => {
    const file = await storeOf20();
    tamper(file, 'UPDATE events SET ref_seq = 99 WHERE seq = 6');
    const report = await verifyFile(file);
    assert.deepEqual(report.ok ? null : [report.brokenSeq, report.problem], [
      6,
      'ref_seq does not match the data it indexes',
    ]);
  });

  it('reports a damaged page through SQLite’s integrity check, with no seq', async () => {
    const file = await storeOf20();
    damagePage(file, 'events_at');
    const report = await verifyFile(file);
    assert.equal(report.ok, false);
    assert.equal(report.ok ? null : report.brokenSeq, null);
    assert.match(report.ok ? '' : report.problem, /^SQLite integrity check: /);
  });
});
