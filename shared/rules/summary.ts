import { assertNever } from '../result.ts';
import type { Language } from '../playbook/text.ts';
import type { Evidence, Routing } from './evidence.ts';

/** A duration in seconds, minutes or hours, as the summaries say it. */
function span(ms: number, language: Language): string {
  if (ms < 90_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return language === 'nl' ? `${hours} uur` : `${hours} h`;
}

/** A deadline as the war room reads it: day and time in its own time zone. */
function deadlineText(iso: string, language: Language, timeZone: string): string {
  return deadlineFormat(language, timeZone).format(new Date(iso));
}

// Building a DateTimeFormat costs far more than using one: every privacy mark needs one, every evaluation.
const deadlineFormats = new Map<string, Intl.DateTimeFormat>();
function deadlineFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language} ${timeZone}`;
  let format = deadlineFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    deadlineFormats.set(key, format);
  }
  return format;
}

function routingNote(routing: Routing, language: Language): string {
  const expected = routing.expected.join(language === 'nl' ? ' of ' : ' or ');
  if (routing.status === 'unassigned')
    return language === 'nl' ? ' — nog geen oplosgroep' : ' — no resolver group yet';
  if (routing.status === 'misrouted')
    return language === 'nl' ? ` — hoort bij ${expected}` : ` — belongs with ${expected}`;
  return '';
}

/** The one-line summary of a mark, in the playbook's words, in either language. */
export function markSummary(
  evidence: Evidence,
  language: Language,
  timeZone = 'Europe/Amsterdam',
): string {
  const nl = language === 'nl';
  switch (evidence.kind) {
    case 'ticket-spike': {
      // "normally 0" reads as a bug on a wall; below one report per window, say so.
      const normal =
        evidence.expectedCount < 1
          ? nl
            ? 'minder dan 1'
            : 'fewer than 1'
          : String(evidence.expectedCount);
      return nl
        ? `Toename "${evidence.value}": ${evidence.count} meldingen in ${span(evidence.windowMs, language)} (normaal ${normal})`
        : `Rise in "${evidence.value}": ${evidence.count} reports in ${span(evidence.windowMs, language)} (normally ${normal})`;
    }
    case 'ticket-open': {
      const ticket = evidence.ticket;
      const label = [ticket.priority, ticket.number].filter(Boolean).join(' ');
      const group = ticket.operatorGroup ? ` (${ticket.operatorGroup})` : '';
      const due = evidence.deadline ? deadlineText(evidence.deadline, language, timeZone) : '';
      const deadline = evidence.deadline
        ? nl
          ? `, melden vóór ${due}`
          : `, notify before ${due}`
        : '';
      return `${label}: ${ticket.briefDescription}${group}${deadline}${routingNote(evidence.routing, language)}`;
    }
    case 'check-down':
      return nl
        ? `${evidence.check.name} is ${span(evidence.downForMs, language)} onbereikbaar`
        : `${evidence.check.name} down for ${span(evidence.downForMs, language)}`;
    case 'alert-firing':
      return `${nl ? 'Alert' : 'Alert'} ${evidence.alert.name}${evidence.alert.summary ? `: ${evidence.alert.summary}` : ''}`;
    case 'query-threshold':
      return nl
        ? `${evidence.query}: ${evidence.count} in ${span(evidence.windowMs, language)} (drempel ${evidence.threshold})${evidence.degraded ? ', onvolledig' : ''}`
        : `${evidence.query}: ${evidence.count} in ${span(evidence.windowMs, language)} (threshold ${evidence.threshold})${evidence.degraded ? ', partial' : ''}`;
    case 'unacknowledged':
      return nl
        ? `Niet bevestigd sinds ${span(evidence.unacknowledgedForMs, language)}: ${evidence.markSummary} (${evidence.domain})`
        : `Unacknowledged for ${span(evidence.unacknowledgedForMs, language)}: ${evidence.markSummary} (${evidence.domain})`;
    default:
      return assertNever(evidence);
  }
}
