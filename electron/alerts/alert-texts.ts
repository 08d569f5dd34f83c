import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { describeMark } from '../../shared/text/marks.ts';
import type { EventOf } from '../../shared/timeline/event.ts';
import { domainTitle, ruleWords, statusWords } from '../../shared/timeline/summaries.ts';

/**
 * The words of desktop alerts and Slack messages: Dutch, the war room's language, made here
 * at the edge from the events' ids and evidence (docs/alerts.md), like the wall's own text.
 */
export interface AlertTextContext {
  readonly playbook: Playbook;
  /** The war room's clock, for the times a mark's text names. */
  readonly timeZone: string;
}

/** A raised mark in one line, as the wall says it at the moment it was raised. */
export function markText(event: EventOf<'mark-raised'>, context: AlertTextContext): string {
  return describeMark(
    { evidence: event.data.evidence, held: null },
    {
      language: 'nl',
      timeZone: context.timeZone,
      now: new Date(event.at),
      playbook: context.playbook,
    },
  );
}

export function titleOf(domain: DomainId, context: AlertTextContext): string {
  return domainTitle(context.playbook, domain);
}

/** "Alerting: KRITIEK" — the notification's title. */
export function criticalTitle(domain: DomainId, context: AlertTextContext): string {
  return `${titleOf(domain, context)}: ${statusWords.critical}`;
}

/** One mark's text, or how many and each, cut to what a notification shows. */
export function criticalBody(texts: readonly string[]): string {
  const body =
    texts.length === 1
      ? (texts[0] ?? '')
      : `${texts.length} nieuwe kritieke markeringen: ${texts.join(' · ')}`;
  return clip(body, NOTIFICATION_BODY_MAX);
}

/** The escalation domain turned critical with no new mark of its own (a criterion met by hand). */
export function escalationBody(context: AlertTextContext): string {
  const trigger = context.playbook.domains.find((domain) => domain.id === 'escalation')?.trigger;
  return clip(`Aanleiding: ${trigger?.nl ?? 'escalatie'}`, NOTIFICATION_BODY_MAX);
}

export const slackTexts = {
  raised: (seq: number, severity: 'warning' | 'critical', text: string) =>
    `nieuwe markering #${seq} (${statusWords[severity]}): ${text}`,
  acknowledged: (event: EventOf<'mark-acknowledged'>) =>
    `markering #${event.data.raisedSeq} (${ruleWords[event.data.rule]}) bevestigd door ${event.actor}`,
  cleared: (event: EventOf<'mark-cleared'>) =>
    `markering #${event.data.raisedSeq} (${ruleWords[event.data.rule]}) opgeheven`,
};

/** Operating systems cut a notification's body after a few lines anyway. */
const NOTIFICATION_BODY_MAX = 300;

/** Slack takes far more; a message stays one readable paragraph. */
export const SLACK_TEXT_MAX = 3_000;

export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
