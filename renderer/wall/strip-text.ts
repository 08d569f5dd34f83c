import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Language } from '../../shared/playbook/text.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { formatClock } from '../../shared/text/format.ts';
import { describeMark } from '../../shared/text/marks.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { healthLabel, statusLabel } from '../status/presentation.ts';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface StripContext {
  readonly t: Translate;
  readonly language: Language;
  readonly timeZone: string;
  readonly playbook: Playbook;
  readonly now: Date;
}

/**
 * One timeline event in the viewer's language. The recorded summary is Dutch (it is the
 * record); what the collector wrote is said again from its data, what people wrote (a note,
 * a decision, a reason) stays as they wrote it.
 */
export function stripText(event: TimelineEvent, context: StripContext): string {
  const { t } = context;
  const domain = domainTitle(event, context);
  const about = (text: string) => (domain ? `${domain}: ${text}` : text);
  switch (event.kind) {
    case 'domain-status':
      return about(`${t(statusLabel[event.data.from])} → ${t(statusLabel[event.data.to])}`);
    case 'source-health':
      return `${event.source ?? ''}: ${t(healthLabel[event.data.from])} → ${t(healthLabel[event.data.to])}`;
    case 'mark-raised':
      return about(
        describeMark(
          { evidence: event.data.evidence, held: null },
          {
            language: context.language,
            timeZone: context.timeZone,
            now: context.now,
            playbook: context.playbook,
          },
        ),
      );
    case 'mark-cleared':
      return about(t('strip.cleared'));
    case 'mark-acknowledged':
      return about(t('strip.acknowledged', { actor: event.actor }));
    case 'mark-snoozed':
      return about(
        t('strip.snoozed', {
          actor: event.actor,
          time: formatClock(event.data.until, context.language, context.timeZone, context.now),
        }),
      );
    case 'collector-started':
      return t('strip.collectorStarted');
    case 'collector-stopped':
      return t('strip.collectorStopped');
    case 'export-made':
      return t('strip.exported', { actor: event.actor });
    default:
      return event.summary;
  }
}

function domainTitle(event: TimelineEvent, context: StripContext): string | null {
  if (!event.domain) return null;
  const found = context.playbook.domains.find((domain) => domain.id === event.domain);
  return found ? found.title[context.language] : event.domain;
}
