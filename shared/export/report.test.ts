import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineEvent } from '../timeline/event.ts';
import { domainStatusDraft } from '../timeline/testing/event-drafts.ts';
import { SMALL_INCIDENT_PERIOD, smallIncident } from '../timeline/testing/small-incident.ts';
import { incidentFigures } from './report.ts';

const MINUTE = 60_000;
const now = new Date('2026-11-29T20:00:00.000Z');

describe('incidentFigures', () => {
  const figures = incidentFigures(smallIncident(), { ...SMALL_INCIDENT_PERIOD, now });
  const helpdesk = figures.domains.find((domain) => domain.domain === 'helpdesk')!;
  const security = figures.domains.find((domain) => domain.domain === 'security')!;

  it('sums the critical stretches: 14:02–14:30 is 28 minutes', () => {
    assert.equal(helpdesk.criticalMs, 28 * MINUTE);
    assert.equal(security.criticalMs, 0);
  });

  it('times the acknowledgement and the informing from the raising', () => {
    const [mark] = helpdesk.marks;
    assert.equal(mark?.timeToAcknowledgeMs, 4 * MINUTE);
    assert.equal(mark?.acknowledgements.length, 2);
    assert.equal(mark?.timeToInformMs, 9 * MINUTE);
    assert.equal(mark?.cleared?.seq, 10);
    assert.equal(security.marks[0]?.timeToAcknowledgeMs, null);
  });

  it('averages over the marks that were acknowledged (MTTA)', () => {
    assert.equal(figures.meanTimeToAcknowledgeMs, 4 * MINUTE);
    assert.equal(figures.meanTimeToInformMs, 9 * MINUTE);
  });

  it('lists only the domains the period speaks of, in playbook order', () => {
    assert.deepEqual(
      figures.domains.map((domain) => domain.domain),
      ['helpdesk', 'security'],
    );
  });
});

describe('critical time at the edges of the period', () => {
  const event = (seq: number, minute: number, from: 'ok' | 'critical', to: 'ok' | 'critical') =>
    ({
      ...domainStatusDraft(
        new Date(Date.UTC(2026, 10, 29, 13, minute)).toISOString(),
        'website',
        from,
        to,
      ),
      seq,
    }) as TimelineEvent;
  const period = {
    from: new Date('2026-11-29T13:00:00.000Z'),
    to: new Date('2026-11-29T14:00:00.000Z'),
    now,
  };
  const criticalMs = (events: TimelineEvent[], p = period) =>
    incidentFigures(events, p).domains[0]!.criticalMs;

  it('counts a stretch still open at the end up to `to`', () => {
    assert.equal(criticalMs([event(1, 40, 'ok', 'critical')]), 20 * MINUTE);
  });

  it('counts from `from` when the first change is away from critical', () => {
    assert.equal(criticalMs([event(1, 10, 'critical', 'ok')]), 10 * MINUTE);
  });

  it('stops at the export when `to` lies in the future', () => {
    const early = { ...period, now: new Date('2026-11-29T13:50:00.000Z') };
    assert.equal(criticalMs([event(1, 40, 'ok', 'critical')], early), 10 * MINUTE);
  });

  it('adds up several stretches', () => {
    const events = [
      event(1, 0, 'ok', 'critical'),
      event(2, 10, 'critical', 'ok'),
      event(3, 30, 'ok', 'critical'),
      event(4, 35, 'critical', 'ok'),
    ];
    assert.equal(criticalMs(events), 15 * MINUTE);
  });
});
