import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EXIT_BROKEN,
  EXIT_CRITICAL,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_UNKNOWN,
  EXIT_WARNING,
  snapshotExitCode,
} from './exit-code.ts';
import type { DomainStatus, Snapshot } from './snapshot-schema.ts';

const snapshotWith = (statuses: DomainStatus[]): Snapshot => ({
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: false,
  timeline: null,
  sources: [],
  domains: statuses.map((status) => ({
    id: 'helpdesk',
    status,
    since: null,
    sources: [],
    dataAt: null,
    marks: [],
    roles: [],
    line: { roles: [], redacted: false },
  })),
});

describe('snapshotExitCode', () => {
  it('uses the monitoring-plugin numbers', () =>
    assert.deepEqual([EXIT_OK, EXIT_WARNING, EXIT_CRITICAL, EXIT_UNKNOWN], [0, 1, 2, 3]));

  it('gives a broken store 2 and a failed command 3, as docs/contracts.md says', () =>
    assert.deepEqual([EXIT_BROKEN, EXIT_FAILED], [2, 3]));

  const cases: [DomainStatus[], number][] = [
    [['ok', 'ok', 'ok'], 0],
    [['ok', 'warning', 'ok'], 1],
    [['ok', 'critical'], 2],
    [['unknown', 'ok'], 3],
    [['unknown', 'warning'], 1],
    [['unknown', 'critical', 'warning'], 2],
    [['warning', 'critical'], 2],
    [['unknown', 'unknown'], 3],
    [[], 0],
  ];
  for (const [statuses, code] of cases) {
    it(`[${statuses.join(', ')}] → ${code}`, () =>
      assert.equal(snapshotExitCode(snapshotWith(statuses)), code));
  }
});
