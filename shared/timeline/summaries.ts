import type { MarkRuleKind } from '../marks/rule-kind.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { DomainStatus, SourceErrorState, SourceHealth } from '../snapshot/snapshot-schema.ts';
import { formatDuration } from '../text/format.ts';
import { sourceErrorText } from '../text/source-error-text.ts';

/**
 * The Dutch one-liners of the events the app writes itself (docs/timeline.md): an event's
 * `summary` is for people reading the log afterwards, so it names the domain by its title
 * and the state in the words the wall uses.
 */

const STATUS_WORDS: Readonly<Record<DomainStatus, string>> = {
  critical: 'KRITIEK',
  warning: 'WAARSCHUWING',
  unknown: 'ONBEKEND',
  ok: 'IN ORDE',
};

const HEALTH_WORDS: Readonly<Record<SourceHealth, string>> = {
  ok: 'in orde',
  failing: 'faalt',
  stale: 'verouderd',
};

const RULE_WORDS: Readonly<Record<MarkRuleKind, string>> = {
  'ticket-spike': 'toename van meldingen',
  'ticket-open': 'open melding',
  'check-down': 'check onbereikbaar',
  'alert-firing': 'alert actief',
  'query-threshold': 'drempel overschreden',
  unacknowledged: 'niet bevestigd',
  'criterion-met': 'criterium met de hand',
};

export function domainTitle(playbook: Playbook, id: string | null): string {
  if (id === null) return '';
  return playbook.domains.find((domain) => domain.id === id)?.title.nl ?? id;
}

export function roleTitle(playbook: Playbook, id: string): string {
  return playbook.roles.find((role) => role.id === id)?.title.nl ?? id;
}

/** Between the generated part of a summary and the coordinator's note or reason. */
export const NOTE_SEPARATOR = ' — ';
const withNote = (text: string, note: string | null) =>
  note ? text + NOTE_SEPARATOR + note : text;

export const summaries = {
  collectorStarted: (title: string) => `Collector gestart (${title})`,
  collectorStopped: (title: string) => `Collector gestopt (${title})`,
  domainStatus: (domain: string, from: DomainStatus, to: DomainStatus) =>
    `${domain}: ${STATUS_WORDS[from]} → ${STATUS_WORDS[to]}`,
  sourceHealth: (
    source: string,
    from: SourceHealth,
    to: SourceHealth,
    error: SourceErrorState | null,
  ) =>
    `Bron ${source}: ${HEALTH_WORDS[from]} → ${HEALTH_WORDS[to]}` +
    (error ? ` (${sourceErrorText[error.category].nl})` : ''),
  markRaised: (domain: string, markSummary: string) => `${domain}: ${markSummary}`,
  markCleared: (domain: string, rule: MarkRuleKind, raisedSeq: number) =>
    `${domain}: markering opgeheven (${RULE_WORDS[rule]}, #${raisedSeq})`,
  acknowledged: (domain: string, rule: MarkRuleKind, raisedSeq: number, note: string | null) =>
    withNote(`${domain}: markering bevestigd (${RULE_WORDS[rule]}, #${raisedSeq})`, note),
  snoozed: (domain: string, raisedSeq: number, forMs: number, reason: string) =>
    withNote(
      `${domain}: markering #${raisedSeq} gesluimerd voor ${formatDuration(forMs, 'nl')}`,
      reason,
    ),
  criterionMet: (domain: string, reason: string) =>
    withNote(`${domain}: criterium met de hand vastgesteld`, reason),
  criterionWithdrawn: (domain: string, reason: string) =>
    withNote(`${domain}: criterium met de hand ingetrokken`, reason),
  informed: (domain: string, role: string, line: string, text: string | null) =>
    withNote(`${domain}: ${role} geïnformeerd (lijn: ${line})`, text),
};

export { RULE_WORDS as ruleWords, STATUS_WORDS as statusWords };
