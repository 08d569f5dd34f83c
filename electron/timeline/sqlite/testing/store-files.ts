import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import assert from 'node:assert/strict';
import { StoreOpenError } from '../../../../shared/timeline/timeline-store.ts';

/** Runs SQL on a file outside the store, as a person with the sqlite3 shell would. */
export function tamper(file: string, sql: string): void {
  const db = new DatabaseSync(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** One value from a file, read outside the store. */
export function peek(file: string, sql: string): unknown {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Object.values(db.prepare(sql).get() ?? {})[0];
  } finally {
    db.close();
  }
}

/** Overwrites the root page of a table or index with garbage, as a failing disk might. */
export function damagePage(file: string, objectName: string): void {
  const root = Number(
    peek(file, `SELECT rootpage FROM sqlite_schema WHERE name = '${objectName}'`),
  );
  const pageSize = Number(peek(file, 'PRAGMA page_size'));
  const descriptor = openSync(file, 'r+');
  try {
    writeSync(descriptor, Buffer.alloc(pageSize, 0xab), 0, pageSize, (root - 1) * pageSize);
  } finally {
    closeSync(descriptor);
  }
}

/** The StoreOpenError an open rejects with, checked to be one. */
export async function openError(opening: Promise<unknown>): Promise<StoreOpenError> {
  try {
    const store = (await opening) as { close(): Promise<void> };
    await store.close();
  } catch (error) {
    assert.ok(error instanceof StoreOpenError, `expected a StoreOpenError, got ${String(error)}`);
    return error;
  }
  return assert.fail('expected the open to be refused');
}

/** Asserts that opening refuses the file with `message`, naming it, and leaves it byte for byte. */
export async function assertRefused(
  file: string,
  opening: () => Promise<unknown>,
  message: RegExp,
): Promise<void> {
  const before = readFileSync(file);
  const error = await openError(opening());
  assert.equal(error.location, file);
  assert.ok(error.message.startsWith(`${file}: `), error.message);
  assert.match(error.message, message);
  assert.doesNotMatch(error.message, /\n/, 'one line, no stack');
  assert.ok(readFileSync(file).equals(before), 'the file is unchanged');
}
