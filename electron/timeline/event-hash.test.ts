import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalJson, eventHash, GENESIS_HASH, type HashedFields } from './event-hash.ts';

const FIELDS: HashedFields = {
  seq: 1,
  at: '2026-05-01T08:00:00.000Z',
  kind: 'note',
  domain: 'helpdesk',
  source: null,
  actor: 'Anna',
  summary: 'Bellijn druk',
  data: '{}',
};

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined properties', () => {
    const value = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined }, é: 'x' };
    assert.equal(canonicalJson(value), '{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"é":"x"}');
  });

  it('gives the same text whatever order the keys were built in', () => {
    assert.equal(canonicalJson({ x: 1, y: [1, 2] }), canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('reads back as the same value', () => {
    const value = { rule: 'check-down', raisedSeq: 4, labels: { '10': 'a', '9': 'b' } };
    assert.deepEqual(JSON.parse(canonicalJson(value)), value);
  });
});

describe('eventHash', () => {
  it('is the sha256 of the previous hash, a newline and the fields as a JSON array', () => {
    const expected = createHash('sha256')
      .update(
        `${GENESIS_HASH}\n[1,"2026-05-01T08:00:00.000Z","note","helpdesk",null,"Anna","Bellijn druk","{}"]`,
      )
      .digest('hex');
    assert.equal(eventHash(GENESIS_HASH, FIELDS), expected);
  });

  it('changes with the previous hash and with every field', () => {
    const base = eventHash(GENESIS_HASH, FIELDS);
    assert.notEqual(eventHash('1'.repeat(64), FIELDS), base);
    const changes: Partial<HashedFields>[] = [
      { seq: 2 },
      { at: '2026-05-01T08:00:00.001Z' },
      { kind: 'decision' },
      { domain: null },
      { source: 'topdesk' },
      { actor: 'Bram' },
      { summary: 'Bellijn rustig' },
      { data: '{"corrects":1}' },
    ];
    for (const change of changes)
      assert.notEqual(eventHash(GENESIS_HASH, { ...FIELDS, ...change }), base);
  });

  it('cannot be fooled by moving text between fields', () => {
    const moved = { ...FIELDS, actor: 'Anna","Bellijn', summary: 'druk' };
    assert.notEqual(eventHash(GENESIS_HASH, moved), eventHash(GENESIS_HASH, FIELDS));
  });
});
