import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineEvent } from '../timeline/event.ts';
import {
  alertEvidence,
  markRaisedDraft,
  minutesAfter,
  noteDraft,
  ticketOpenEvidence,
  ticketRef,
} from '../timeline/testing/event-drafts.ts';
import { peopleIn, redactEvents } from './redact.ts';

const numbered = (seq: number, draft: object) => ({ ...draft, seq }) as TimelineEvent;

const ticketMark = numbered(
  1,
  markRaisedDraft(
    minutesAfter(0),
    'helpdesk',
    ticketOpenEvidence(ticketRef({ briefDescription: 'Jan de Vries belt terug op 06-12345678' })),
    { summary: 'Helpdesk: open melding I 2026 1234 van J. de Vries' },
  ),
);
const alertMark = numbered(
  2,
  markRaisedDraft(
    minutesAfter(1),
    'ggd-portal',
    alertEvidence('Piket: piet@kpn.com', { owner: 'Jan de Vries', severity: 'critical' }),
  ),
);
const note = numbered(3, noteDraft(minutesAfter(2), null, 'Piet Jansen', 'Afgestemd met de Vries'));

describe('redactEvents', () => {
  const { events, redactions } = redactEvents([ticketMark, alertMark, note], ['Jan de Vries']);

  it('redacts every string in data, however deep', () => {
    const [ticket, alert] = events as [TimelineEvent, TimelineEvent];
    assert.ok(ticket.kind === 'mark-raised' && ticket.data.evidence.kind === 'ticket-open');
    assert.equal(ticket.data.evidence.ticket.briefDescription, '5.1.2e belt terug op 06- 5.1.2e');
    assert.equal(ticket.data.evidence.ticket.number, 'I 2026 1234');
    assert.ok(alert.kind === 'mark-raised' && alert.data.evidence.kind === 'alert-firing');
    assert.equal(alert.data.evidence.alert.summary, 'Piket: 5.1.2e@kpn.com');
    assert.deepEqual(alert.data.evidence.alert.labels, { owner: '5.1.2e', severity: 'critical' });
  });

  it('never lets a person acting through: an actor it does not know goes whole', () => {
    assert.equal(events[2]!.actor, '5.1.2e');
    assert.equal(events[0]!.actor, 'system');
    assert.equal(events[2]!.summary, 'Afgestemd met 5.1.2e');
  });

  it('lists seq, field and type of what it took out, without the values', () => {
    assert.deepEqual(redactions, [
      { seq: 1, field: 'summary', type: 'name' },
      { seq: 1, field: 'data.evidence.ticket.briefDescription', type: 'name' },
      { seq: 1, field: 'data.evidence.ticket.briefDescription', type: 'phone' },
      { seq: 2, field: 'data.evidence.alert.summary', type: 'email' },
      { seq: 2, field: 'data.evidence.alert.labels.owner', type: 'name' },
      { seq: 3, field: 'actor', type: 'name' },
      { seq: 3, field: 'summary', type: 'name' },
    ]);
  });

  it('leaves the originals untouched', () => {
    assert.equal(note.actor, 'Piet Jansen');
  });
});

describe('peopleIn', () => {
  it('names the actors but not the system', () => {
    assert.deepEqual([...peopleIn([ticketMark, note])], ['Piet Jansen']);
  });
});
