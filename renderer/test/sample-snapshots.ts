import type { Mark } from '../../shared/marks/mark.ts';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { snapshotFrom } from './fake-api.ts';

/** 14:05 in Amsterdam: the time every action in these tests happens at. */
export const TEST_NOW = new Date('2026-11-29T13:05:00.000Z');

/** The website's check-down mark as the timeline records it: raised as event `seq`. */
export function recordedMark(seq: number, changes: Partial<Mark> = {}): Mark {
  return { ...sampleMark('check-down'), seq, ...changes };
}

/** A snapshot at TEST_NOW with these marks on these domains, critical where there are any. */
export function snapshotWith(
  marks: Partial<Record<DomainId, Mark[]>>,
  timeline: Snapshot['timeline'] = { state: 'ok', pending: 0, error: null, lastSeq: 0 },
): Snapshot {
  const base = snapshotFrom('title: t', TEST_NOW);
  return {
    ...base,
    timeline,
    domains: base.domains.map((domain) => {
      const own = marks[domain.id] ?? [];
      return own.length > 0 ? { ...domain, status: 'critical', marks: own } : domain;
    }),
  };
}
