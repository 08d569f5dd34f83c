import type { TimelineEvent } from '../event.ts';
import {
  domainStatusDraft,
  informedDraft,
  markFollowUpDraft,
  markRaisedDraft,
  noteDraft,
  ticketOpenEvidence,
  ticketRef,
} from './event-drafts.ts';

/** 29 November 2026, 14:00 in Amsterdam (UTC+1). */
const at = (clock: string) => new Date(`2026-11-29T${clock}+01:00`).toISOString();

/**
 * A small incident with known figures: the helpdesk critical 14:02–14:30 (28 min), its mark
 * raised at 14:03, acknowledged at 14:07 (4 min) and again at 14:10, the CISO informed at 14:12
 * (9 min); security warned at 14:05 and its mark never acknowledged; the period 14:00–15:00.
 */
export function smallIncident(): TimelineEvent[] {
  const raised = { seq: 3, rule: 'ticket-open' as const };
  const drafts = [
    noteDraft(
      at('14:01:00.000'),
      null,
      'Jan de Vries',
      'Start “verhoogde dijkbewaking” – overleg geëvalueerd, reïntegratie, café € 12,50',
    ),
    domainStatusDraft(at('14:02:00.000'), 'helpdesk', 'ok', 'critical'),
    markRaisedDraft(
      at('14:03:00.000'),
      'helpdesk',
      ticketOpenEvidence(ticketRef({ briefDescription: 'Inloggen mislukt' })),
      {
        summary: 'Helpdesk: open melding I 2026 1234 “Inloggen mislukt”',
        since: at('14:01:30.000'),
      },
    ),
    domainStatusDraft(at('14:05:00.000'), 'security', 'ok', 'warning'),
    markFollowUpDraft('mark-acknowledged', at('14:07:00.000'), 'helpdesk', raised, {
      actor: 'Jan de Vries',
    }),
    markFollowUpDraft('mark-acknowledged', at('14:10:00.000'), 'helpdesk', raised, {
      actor: 'Fatima el Amrani',
    }),
    informedDraft(
      at('14:12:00.000'),
      'helpdesk',
      'Jan de Vries',
      'Helpdesk: CISO geïnformeerd via telefoon',
    ),
    markRaisedDraft(at('14:15:00.000'), 'security', ticketOpenEvidence(ticketRef({ id: 't-2' })), {
      summary: 'Security: melding vanuit het SOC',
      severity: 'warning',
    }),
    domainStatusDraft(at('14:30:00.000'), 'helpdesk', 'critical', 'ok'),
    markFollowUpDraft('mark-cleared', at('14:31:00.000'), 'helpdesk', raised),
  ];
  return drafts.map((draft, index) => ({ ...draft, seq: index + 1 }) as TimelineEvent);
}

export const SMALL_INCIDENT_PERIOD = {
  from: new Date(at('14:00:00.000')),
  to: new Date(at('15:00:00.000')),
};
