import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useRecentEvents } from '../api/hooks.ts';
import { formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';

/**
 * The last few timeline events under the wall's sources, one line each, newest first: read
 * once, then kept current by timeline:appended. A glance at what just happened, not the
 * record itself. A summary names its domain already, so the line is time and summary.
 */
export function TimelineStrip({ appInfo }: { appInfo: AppInfo }) {
  const { t } = useI18n();
  const recent = useRecentEvents();
  // Without a timeline (nothing records) the strip stays quiet; the banner speaks for failures.
  if (recent.isError) return null;
  const events = recent.data ?? [];
  return (
    <section
      className="wall-strip"
      aria-label={t('strip.title')}
      data-testid={testIds.timelineStrip}
    >
      <h2 className="strip-title">{t('strip.title')}</h2>
      {recent.isSuccess && events.length === 0 && <p className="strip-empty">{t('strip.empty')}</p>}
      <ol className="strip-list">
        {events.map((event) => (
          <StripItem key={event.seq} event={event} appInfo={appInfo} />
        ))}
      </ol>
    </section>
  );
}

function StripItem({ event, appInfo }: { event: TimelineEvent; appInfo: AppInfo }) {
  const { language } = useI18n();
  return (
    <li className={`strip-item kind-${event.kind}`} data-testid={testIds.timelineStripItem}>
      <time className="strip-time" dateTime={event.at}>
        {formatTime(event.at, language, appInfo.timezone)}
      </time>
      <span className="strip-summary" title={event.summary}>
        {event.summary}
      </span>
    </li>
  );
}
