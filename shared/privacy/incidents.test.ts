import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleMark } from '../marks/testing/sample-marks.ts';
import type { Mark } from '../marks/mark.ts';
import type { DomainSnapshot } from '../snapshot/snapshot-schema.ts';
import { findIncident, incidentKey, privacyIncidents } from './incidents.ts';

function privacyDomain(marks: Mark[]): DomainSnapshot {
  return {
    id: 'privacy',
    status: marks.length > 0 ? 'critical' : 'ok',
    since: null,
    sources: ['topdesk'],
    dataAt: null,
    marks,
    roles: ['privacy-coordination'],
    line: { roles: [], redacted: true },
  };
}

const ticketMark: Mark = { ...sampleMark('ticket-open'), seq: 4 };
const byHand: Mark = {
  ...sampleMark('alert-firing'),
  rule: 'criterion-met',
  evidence: { kind: 'criterion-met', reason: 'FG belde: datalek', by: 'Anna', metSeq: 9 },
  criterion: 'privacy-disruption',
  seq: 9,
  since: '2026-11-29T12:30:00.000Z',
};

describe('privacy incidents', () => {
  it('are the tickets behind the marks, from their call date', () => {
    const [incident] = privacyIncidents(privacyDomain([ticketMark]));
    assert.deepEqual(incident, {
      key: 'ticket:t-1',
      ref: { kind: 'ticket', ticketId: 't-1', number: 'I 2611 042' },
      title: 'X-100',
      defaultAwareness: { at: '2026-11-29T12:00:00.000Z', source: 'call-date' },
    });
  });

  it('are the marks themselves where no ticket is behind them, from their since', () => {
    const [incident] = privacyIncidents(privacyDomain([byHand]));
    assert.equal(incident?.key, 'mark:9');
    assert.deepEqual(incident?.ref, { kind: 'mark', raisedSeq: 9, rule: 'criterion-met' });
    assert.equal(incident?.title, 'FG belde: datalek');
    assert.deepEqual(incident?.defaultAwareness, {
      at: '2026-11-29T12:30:00.000Z',
      source: 'mark-since',
    });
  });

  it('name each ticket once, skip marks nothing records, and never an escalation', () => {
    const again: Mark = { ...ticketMark, seq: 5, severity: 'warning' };
    const unrecorded: Mark = { ...sampleMark('alert-firing'), seq: null };
    const escalation: Mark = { ...sampleMark('unacknowledged'), seq: 12 };
    const keys = privacyIncidents(privacyDomain([ticketMark, again, unrecorded, escalation])).map(
      (incident) => incident.key,
    );
    assert.deepEqual(keys, ['ticket:t-1']);
  });

  it('are found by what a start asks for, only while open', () => {
    const domain = privacyDomain([ticketMark, byHand]);
    assert.equal(findIncident(domain, { kind: 'ticket', ticketId: 't-1' })?.key, 'ticket:t-1');
    assert.equal(findIncident(domain, { kind: 'mark', raisedSeq: 9 })?.key, 'mark:9');
    // The ticket's own mark is the ticket, not a mark of its own.
    assert.equal(findIncident(domain, { kind: 'mark', raisedSeq: 4 }), null);
    assert.equal(findIncident(domain, { kind: 'ticket', ticketId: 'gone' }), null);
    assert.equal(findIncident(undefined, { kind: 'ticket', ticketId: 't-1' }), null);
  });

  it('have keys by kind', () => {
    assert.equal(incidentKey({ kind: 'ticket', ticketId: 'a', number: '1' }), 'ticket:a');
    assert.equal(incidentKey({ kind: 'mark', raisedSeq: 3, rule: 'alert-firing' }), 'mark:3');
  });
});
