import type { EventDraft } from '../../../shared/timeline/event.ts';
import {
  alertEvidence,
  informedDraft,
  markRaisedDraft,
  minutesAfter,
  noteDraft,
  ticketOpenEvidence,
  ticketRef,
} from '../../../shared/timeline/testing/event-drafts.ts';

/** People the contacts file knows; the coordinator acting is known only as an actor. */
export const CONTACT_NAMES = ['Jan de Vries', 'Pieter van den Berg'];
const COORDINATOR = 'Fatima el Amrani';

/** Every original that must not survive redaction, in any format. */
export const ORIGINALS = [
  'Jan de Vries',
  'J. de Vries',
  'de Vries',
  'Pieter van den Berg',
  'van den Berg',
  'Fatima el Amrani',
  'el Amrani',
  'jan.devries@minvws.nl',
  'p.vandenberg@ggd.nl',
  'f.elamrani@kpn.com',
  '06-12345678',
  '06 8765 4321',
  '+31 6 11223344',
  '+31(0)6-5566 7788',
  '088 123 4567',
  '020-7654321',
  '12345678',
  '87654321',
  '1234567',
];

/** What the originals in the events' summaries become: what every format shows. */
export const SUMMARY_REPLACEMENTS = [
  '5.1.2e',
  '5.1.2e@ggd.nl',
  '06- 5.1.2e',
  '+31 6- 5.1.2e',
  '088- 5.1.2e',
  '020- 5.1.2e',
];

/** What the originals only in `data` become: the formats with all fields (CSV, JSON) show it. */
export const DATA_REPLACEMENTS = ['5.1.2e@minvws.nl', '5.1.2e@kpn.com'];

/** What redaction must leave: a ticket number, a duration, the times. */
export const KEPT = ['I 2026 1234', '2 uur'];

/**
 * An incident whose events carry names, e-mail addresses and phone numbers everywhere a
 * person's details turn up: ticket titles, alert annotations and labels, notes, what an
 * informed party was told, and the actors.
 */
export function personalDataIncident(): EventDraft[] {
  const ticket = ticketRef({
    number: 'I 2026 1234',
    briefDescription: 'Jan de Vries (06-12345678) kan niet inloggen, mail jan.devries@minvws.nl',
  });
  return [
    markRaisedDraft(minutesAfter(0), 'helpdesk', ticketOpenEvidence(ticket), {
      summary: 'Helpdesk: open melding I 2026 1234 van J. de Vries',
    }),
    markRaisedDraft(
      minutesAfter(1),
      'ggd-portal',
      alertEvidence('Piket Pieter van den Berg, bel 088 123 4567', {
        alertname: 'PortalDown',
        contact: 'p.vandenberg@ggd.nl',
        oncall: '+31 6 11223344',
      }),
      { summary: 'GGD-portaal: alert PortalDown — piket van den Berg, 088 123 4567' },
    ),
    noteDraft(
      minutesAfter(2),
      'ggd-portal',
      COORDINATOR,
      'Gebeld met de Vries op 06 8765 4321, storing duurt al 2 uur',
    ),
    informedDraft(
      minutesAfter(3),
      'ggd-portal',
      COORDINATOR,
      'GGD-portaal: CISO geïnformeerd via +31(0)6-5566 7788, terugbellen naar 020-7654321',
      { role: 'ciso', line: 'telefoon el Amrani: f.elamrani@kpn.com' },
    ),
    noteDraft(
      minutesAfter(4),
      null,
      'Jan de Vries',
      'Overdracht aan Fatima el Amrani, verslag naar p.vandenberg@ggd.nl',
      'decision',
    ),
  ];
}
