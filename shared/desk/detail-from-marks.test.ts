import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleMark, SAMPLE_NOW } from '../marks/testing/sample-marks.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { detailFromMarks } from './detail-from-marks.ts';
import { domainDetailSchema } from './domain-detail-schema.ts';

function snapshotWith(marks: Snapshot['domains'][number]['marks']): Snapshot {
  return {
    generatedAt: SAMPLE_NOW,
    demo: false,
    timeline: null,
    sources: [],
    domains: [
      {
        id: 'privacy',
        status: 'critical',
        since: null,
        sources: [],
        dataAt: null,
        marks,
        roles: [],
        line: { roles: [], redacted: true },
      },
    ],
  };
}

describe('detailFromMarks', () => {
  it('lists what the marks hold as evidence, once each, within the contract', () => {
    const open = sampleMark('ticket-open');
    const detail = detailFromMarks(
      snapshotWith([open, open, sampleMark('alert-firing'), sampleMark('check-down')]),
      'privacy',
    );
    domainDetailSchema.parse(detail);
    assert.deepEqual(
      detail.tickets?.items.map((item) => [item.number, item.marked, item.url]),
      [['I 2611 042', true, null]],
    );
    assert.deepEqual(detail.alerts?.items[0]?.annotations, [{ name: 'summary', value: 'X-9' }]);
    assert.deepEqual(detail.checks?.items[0]?.downPeriods, [
      { from: '2026-11-29T12:56:00.000Z', to: null },
    ]);
    assert.equal(detail.queries, null);
  });

  it('links a ticket when the caller knows a TOPdesk, and has no section for what is not there', () => {
    const detail = detailFromMarks(
      snapshotWith([sampleMark('ticket-open')]),
      'privacy',
      (n) => `https://topdesk.example/${encodeURIComponent(n)}`,
    );
    assert.equal(detail.tickets?.items[0]?.url, 'https://topdesk.example/I%202611%20042');
    assert.equal(detail.checks, null);
    assert.equal(detailFromMarks(snapshotWith([]), 'website').tickets, null);
  });
});
