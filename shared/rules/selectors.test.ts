import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PRIORITY_MATCH_LENGTH, priorityLevel } from './selectors.ts';

const PATTERNS = { P0: '^(P0|Prio 0)', P1: '^(P1|Prio 1)' };

describe('priorityLevel', () => {
  it('maps a TOPdesk priority name to its level, ignoring case', () => {
    assert.equal(priorityLevel('P1 - Kritiek', PATTERNS), 'P1');
    assert.equal(priorityLevel('prio 0', PATTERNS), 'P0');
    assert.equal(priorityLevel('P2 - Hoog', PATTERNS), null);
    assert.equal(priorityLevel(null, PATTERNS), null);
  });

  it(`matches only the first ${PRIORITY_MATCH_LENGTH} characters of a name the source sends`, () => {
    const padded = (text: string, length: number) => `${'-'.repeat(length)}${text}`;
    const patterns = { P1: 'Kritiek' };
    assert.equal(priorityLevel(padded('Kritiek', PRIORITY_MATCH_LENGTH - 7), patterns), 'P1');
    assert.equal(priorityLevel(padded('Kritiek', PRIORITY_MATCH_LENGTH - 6), patterns), null);
  });

  it('stays fast on a long name, whatever the source sends', () => {
    // Two overlapping repeats pass the config's check; on 2,000 characters they take seconds.
    const started = performance.now();
    assert.equal(priorityLevel('a'.repeat(2_000), { P1: 'a*a*x' }), null);
    assert.ok(performance.now() - started < 500, `${performance.now() - started} ms`);
  });
});
