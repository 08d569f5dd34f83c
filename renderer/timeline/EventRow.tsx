import { useEffect, useRef } from 'react';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { formatClock } from '../../shared/text/format.ts';
import { SYSTEM_ACTOR } from '../../shared/timeline/event-kinds.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { EventLinks } from './EventLinks.tsx';

export interface EventRowProps {
  readonly event: TimelineEvent;
  readonly playbook: Playbook;
  readonly timeZone: string;
  readonly now: Date;
  readonly highlighted: boolean;
  readonly onNavigate: (seq: number) => void;
}

/** One event: when, what kind, which domain, who, the summary in full, and its links. */
export function EventRow({
  event,
  playbook,
  timeZone,
  now,
  highlighted,
  onNavigate,
}: EventRowProps) {
  const { t, language } = useI18n();
  const row = useRef<HTMLElement>(null);
  // A followed link lands the keyboard here too, not only the eye.
  useEffect(() => {
    if (highlighted) row.current?.focus({ preventScroll: true });
  }, [highlighted]);
  const domain = playbook.domains.find((candidate) => candidate.id === event.domain);
  return (
    <article
      ref={row}
      className={`event-row kind-${event.kind}${highlighted ? ' is-highlighted' : ''}`}
      tabIndex={-1}
      aria-current={highlighted || undefined}
      data-testid={testIds.timelineRow(event.seq)}
      data-seq={event.seq}
      data-kind={event.kind}
    >
      <div className="event-meta">
        <time className="event-time" dateTime={event.at}>
          {formatClock(event.at, language, timeZone, now)}
        </time>
        <span className="event-kind">{t(`kind.${event.kind}`)}</span>
        {domain && <span className="event-domain">{domain.title[language]}</span>}
        {event.actor !== SYSTEM_ACTOR && <span className="event-actor">{event.actor}</span>}
        <span className="event-seq">#{event.seq}</span>
      </div>
      <p className="event-summary">{event.summary}</p>
      <EventLinks event={event} onNavigate={onNavigate} />
    </article>
  );
}

export function LoadingRow() {
  const { t } = useI18n();
  return <div className="event-row is-loading">{t('timeline.loadingRow')}</div>;
}
