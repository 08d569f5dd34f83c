import type { Mark } from '../../shared/snapshot/snapshot-schema.ts';
import { formatClock } from '../../shared/text/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/** A snooze counts until its `until`, even if a snapshot still carries it after that. */
export function snoozeInForce(mark: Mark, now: Date): Mark['snoozed'] {
  return mark.snoozed && Date.parse(mark.snoozed.until) > now.getTime() ? mark.snoozed : null;
}

/** CSS classes that quiet a mark someone has seen to: still there, no longer alarming. */
export function markStateClasses(mark: Mark, now: Date): string {
  return [mark.acknowledged && 'is-acknowledged', snoozeInForce(mark, now) && 'is-snoozed']
    .filter(Boolean)
    .join(' ');
}

/** A mark's classes on any screen: its severity, held, and seen to (acknowledged, snoozed). */
export function markClasses(mark: Mark, now: Date): string {
  const held = mark.held ? 'is-held' : '';
  return ['mark', `severity-${mark.severity}`, held, markStateClasses(mark, now)]
    .filter(Boolean)
    .join(' ');
}

/** A mark's React key: its timeline seq, or what tells it apart where nothing records. */
export function markKey(mark: Mark): string {
  return mark.seq === null ? `${mark.rule} ${mark.since} ${mark.summary}` : `#${mark.seq}`;
}

export interface MarkStateProps {
  readonly mark: Mark;
  /** The coordinator reads who and when; the wall only a label. */
  readonly detailed: boolean;
  readonly timeZone: string;
  readonly now: Date;
}

/** Who acknowledged or snoozed a mark, and until when: the desk's words, the wall's label. */
export function MarkState({ mark, detailed, timeZone, now }: MarkStateProps) {
  const { t, language } = useI18n();
  const snoozed = snoozeInForce(mark, now);
  const { acknowledged } = mark;
  if (!acknowledged && !snoozed) return null;
  const clock = (at: string) => formatClock(at, language, timeZone, now);
  if (!detailed) {
    return (
      <span className="mark-state-label" data-testid={testIds.markState}>
        {t(snoozed ? 'mark.snoozedLabel' : 'mark.acknowledgedLabel')}
      </span>
    );
  }
  return (
    <span className="mark-state" data-testid={testIds.markState}>
      {acknowledged && (
        <span className="mark-state-line">
          {t('mark.acknowledgedBy', { by: acknowledged.by, time: clock(acknowledged.at) })}
          {acknowledged.note && `: ${acknowledged.note}`}
        </span>
      )}
      {snoozed && (
        <span className="mark-state-line">
          {t('mark.snoozedUntil', { time: clock(snoozed.until), reason: snoozed.reason })}
        </span>
      )}
    </span>
  );
}
