import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  severities,
  sourceHealths,
  type DomainStatus,
  type Mark,
  type Severity,
  type SourceHealth,
  type SourceState,
} from '../snapshot/snapshot-schema.ts';
import { sampleMark } from '../marks/testing/sample-marks.ts';
import { deriveDomainStatus } from './domain-status.ts';

const mark = (severity: Severity): Mark => ({ ...sampleMark('check-down'), severity });
const source = (id: string, health: SourceHealth): SourceState => ({
  id,
  kind: 'topdesk',
  health,
  lastSuccessAt: null,
  error: null,
  nextPollAt: null,
});

describe('deriveDomainStatus', () => {
  const cases: [string, Severity[], SourceHealth[], DomainStatus][] = [
    ['no marks, every feeding source ok', [], ['ok'], 'ok'],
    ['no marks, two ok sources', [], ['ok', 'ok'], 'ok'],
    ['no feeding source at all', [], [], 'unknown'],
    ['a failing source', [], ['failing'], 'unknown'],
    ['a stale source', [], ['stale'], 'unknown'],
    ['one of two sources failing', [], ['ok', 'failing'], 'unknown'],
    ['a warning mark, sources ok', ['warning'], ['ok'], 'warning'],
    ['a critical mark, sources ok', ['critical'], ['ok'], 'critical'],
    ['critical beats warning', ['warning', 'critical', 'warning'], ['ok'], 'critical'],
    ['warning beats unknown', ['warning'], ['failing'], 'warning'],
    ['critical beats unknown', ['critical'], ['stale'], 'critical'],
    ['a warning with no feeding source', ['warning'], [], 'warning'],
    ['a critical with no feeding source', ['critical'], [], 'critical'],
  ];
  for (const [name, marks, healths, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      assert.equal(
        deriveDomainStatus(
          marks.map(mark),
          healths.map((health, index) => source(`s${index}`, health)),
        ),
        expected,
      );
    });
  }

  const marksArb = fc.array(fc.constantFrom(...severities).map(mark), { maxLength: 4 });
  const sourcesArb = fc
    .array(fc.constantFrom(...sourceHealths), { maxLength: 5 })
    .map((healths) => healths.map((health, index) => source(`s${index}`, health)));

  it('never says ok when a feeding source is not ok, or when none feeds it (property)', () => {
    fc.assert(
      fc.property(marksArb, sourcesArb, (marks, sources) => {
        const status = deriveDomainStatus(marks, sources);
        if (sources.length === 0 || sources.some((state) => state.health !== 'ok'))
          return status !== 'ok';
        return true;
      }),
      { numRuns: 2_000 },
    );
  });

  it('is the worst of its reasons, and ok only with no marks and every source ok (property)', () => {
    fc.assert(
      fc.property(marksArb, sourcesArb, (marks, sources) => {
        const expected: DomainStatus = marks.some((m) => m.severity === 'critical')
          ? 'critical'
          : marks.length > 0
            ? 'warning'
            : sources.length > 0 && sources.every((state) => state.health === 'ok')
              ? 'ok'
              : 'unknown';
        assert.equal(deriveDomainStatus(marks, sources), expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
