import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { formatCount } from '../../shared/text/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/**
 * Loud, on every view, while the timeline cannot be written: the status stays live, but what
 * happens now is not yet on the record, and the people in the room must know that.
 */
export function TimelineFailingBanner({ snapshot }: { snapshot: Snapshot }) {
  const { t, language } = useI18n();
  const timeline = snapshot.timeline;
  if (timeline?.state !== 'failing') return null;
  const pending =
    timeline.pending === 1
      ? t('timeline.pending.one')
      : t('timeline.pending.many', { n: formatCount(timeline.pending, language) });
  return (
    <div
      className="timeline-failing-banner"
      role="alert"
      data-testid={testIds.timelineFailingBanner}
    >
      <span className="clamp-2">
        {t('timeline.failing', { error: timeline.error ?? t('timeline.unknownError'), pending })}
      </span>
    </div>
  );
}
