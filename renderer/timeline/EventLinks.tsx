import { useQuery } from '@tanstack/react-query';
import type { EventOf, TimelineEvent } from '../../shared/timeline/event.ts';
import { useApi } from '../api/ApiContext.tsx';
import { followUpsQuery } from '../api/timeline-queries.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

export interface EventLinksProps {
  readonly event: TimelineEvent;
  readonly onNavigate: (seq: number) => void;
}

/**
 * The events this one belongs with: an acknowledgement, snooze or clearing points back to its
 * raising; a raising lists what followed it; a correction names what it corrects.
 */
export function EventLinks({ event, onNavigate }: EventLinksProps) {
  const { t } = useI18n();
  const raisedSeq = 'raisedSeq' in event.data ? event.data.raisedSeq : null;
  const corrects = event.data.corrects ?? null;
  if (event.kind !== 'mark-raised' && raisedSeq === null && corrects === null) return null;
  return (
    <div className="event-links">
      {raisedSeq !== null && (
        <EventLink seq={raisedSeq} onNavigate={onNavigate}>
          {t('timeline.link.raised', { seq: raisedSeq })}
        </EventLink>
      )}
      {corrects !== null && (
        <EventLink seq={corrects} onNavigate={onNavigate}>
          {t('timeline.link.corrects', { seq: corrects })}
        </EventLink>
      )}
      {event.kind === 'mark-raised' && <FollowUps raised={event} onNavigate={onNavigate} />}
    </div>
  );
}

function FollowUps({
  raised,
  onNavigate,
}: {
  raised: EventOf<'mark-raised'>;
  onNavigate: (seq: number) => void;
}) {
  const { t } = useI18n();
  const followUps = useQuery(followUpsQuery(useApi(), raised));
  if (!followUps.data) return null;
  if (followUps.data.length === 0)
    return <span className="event-no-links">{t('timeline.noFollowUps')}</span>;
  return (
    <span className="event-follow-ups" role="group" aria-label={t('timeline.followUps')}>
      {followUps.data.map((followUp) => (
        <EventLink key={followUp.seq} seq={followUp.seq} onNavigate={onNavigate}>
          {t(`timeline.link.${followUp.kind}`, { seq: followUp.seq })}
        </EventLink>
      ))}
    </span>
  );
}

function EventLink({
  seq,
  onNavigate,
  children,
}: {
  seq: number;
  onNavigate: (seq: number) => void;
  children: string;
}) {
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => onNavigate(seq)}
      data-testid={testIds.timelineLink(seq)}
    >
      {children}
    </button>
  );
}
