import { useRef } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { useRecentEvents } from '../api/hooks.ts';
import { useFitCount } from '../common/use-fit-count.ts';
import { formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { stripText } from './strip-text.ts';

/**
 * The last timeline events under the wall's sources, one line each, newest first, as many
 * as the cell has room for: read once, then kept current by timeline:appended. A glance at
 * what just happened, not the record itself. A summary names its domain already, so the
 * line is time and summary.
 */
export function TimelineStrip({ appInfo, playbook }: { appInfo: AppInfo; playbook: Playbook }) {
  const { t } = useI18n();
  const recent = useRecentEvents();
  const box = useRef<HTMLOListElement>(null);
  const all = recent.data ?? [];
  const shown = useFitCount(box, all.length, all.map((event) => event.seq).join(' '));
  // Without a timeline (nothing records) the strip stays quiet; the banner speaks for failures.
  if (recent.isError) return null;
  const events = all.slice(0, shown);
  return (
    <section
      className="wall-strip"
      aria-label={t('strip.title')}
      data-testid={testIds.timelineStrip}
    >
      <h2 className="strip-title">{t('strip.title')}</h2>
      {recent.isSuccess && events.length === 0 && <p className="strip-empty">{t('strip.empty')}</p>}
      <ol className="strip-list" ref={box}>
        {events.map((event) => (
          <StripItem key={event.seq} event={event} appInfo={appInfo} playbook={playbook} />
        ))}
      </ol>
    </section>
  );
}

function StripItem({
  event,
  appInfo,
  playbook,
}: {
  event: TimelineEvent;
  appInfo: AppInfo;
  playbook: Playbook;
}) {
  const { t, language } = useI18n();
  const text = stripText(event, {
    t,
    language,
    timeZone: appInfo.timezone,
    playbook,
    now: new Date(event.at),
  });
  return (
    <li className={`strip-item kind-${event.kind}`} data-testid={testIds.timelineStripItem}>
      <time className="strip-time" dateTime={event.at}>
        {formatTime(event.at, language, appInfo.timezone)}
      </time>
      <span className="strip-summary" title={text}>
        {text}
      </span>
    </li>
  );
}
