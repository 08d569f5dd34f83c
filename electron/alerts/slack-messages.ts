import type { DomainId } from '../../shared/playbook/domains.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import {
  clip,
  markText,
  SLACK_TEXT_MAX,
  slackTexts,
  titleOf,
  type AlertTextContext,
} from './alert-texts.ts';

export interface SlackContext extends AlertTextContext {
  /** The config's title, so a channel that hears from two war rooms knows which. */
  readonly title: string;
  readonly demo: boolean;
  /** The domains whose communication line has a webhook. */
  readonly lines: ReadonlySet<DomainId>;
}

/** One message for one line's channel, as plain text (escaped for Slack where it is sent). */
export interface SlackMessage {
  readonly domain: DomainId;
  readonly text: string;
}

/**
 * What a line's channel hears of new timeline events: each mark raised (any severity),
 * acknowledged (and by whom) and cleared in its domain, one message per event.
 */
export function slackMessages(
  events: readonly TimelineEvent[],
  context: SlackContext,
): SlackMessage[] {
  return events.flatMap((event) => {
    const domain = event.domain;
    if (domain === null || !context.lines.has(domain)) return [];
    const line = lineOf(event, context);
    if (line === null) return [];
    const prefix = `[${context.title}]${context.demo ? ' [DEMO]' : ''}`;
    const text = `${prefix} ${titleOf(domain, context)}: ${line}`;
    return [{ domain, text: clip(text, SLACK_TEXT_MAX) }];
  });
}

function lineOf(event: TimelineEvent, context: AlertTextContext): string | null {
  switch (event.kind) {
    case 'mark-raised':
      return slackTexts.raised(event.seq, event.data.severity, markText(event, context));
    case 'mark-acknowledged':
      return slackTexts.acknowledged(event);
    case 'mark-cleared':
      return slackTexts.cleared(event);
    default:
      return null;
  }
}
