import type { CSSProperties } from 'react';
import type { SourceDetail } from '../../../shared/sources/source-detail.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { formatLatency } from './source-format.ts';

/**
 * The last polls' durations: the median and the longest in words, and a bar per poll (a
 * failed one marked), its time and duration readable by hovering and by a screen reader.
 */
export function LatencyStrip({ source, timeZone }: { source: SourceDetail; timeZone: string }) {
  const { t, language } = useI18n();
  const { latency, recentPolls } = source;
  if (!latency) return <span className="muted">{t('sourcesPage.noPolls')}</span>;
  return (
    <div className="latency" data-testid={testIds.sourceLatency}>
      <span className="latency-summary">
        {t('sourcesPage.latencySummary', {
          median: formatLatency(latency.medianMs, language),
          max: formatLatency(latency.maxMs, language),
          count: latency.count,
        })}
      </span>
      <ol className="latency-strip">
        {recentPolls.map((poll, index) => {
          const text = t(poll.ok ? 'sourcesPage.pollOk' : 'sourcesPage.pollFailed', {
            time: formatTime(poll.at, language, timeZone, true),
            duration: formatLatency(poll.durationMs, language),
          });
          // The longest poll fills the strip's height; a very quick one still shows.
          const share = latency.maxMs > 0 ? Math.max(0.06, poll.durationMs / latency.maxMs) : 1;
          return (
            <li
              key={`${index}-${poll.at}`}
              className={poll.ok ? 'latency-bar' : 'latency-bar is-failed'}
              style={{ '--share': share } as CSSProperties}
              title={text}
            >
              <span className="visually-hidden">{text}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
