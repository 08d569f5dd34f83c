import { useRef } from 'react';
import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Snapshot, SourceState } from '../../shared/snapshot/snapshot-schema.ts';
import { sourceErrorText } from '../../shared/text/source-error-text.ts';
import { formatDateTime, formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { healthLabel } from '../status/presentation.ts';
import { testIds } from '../testids.ts';
import { useFitCount } from './use-fit-count.ts';

/**
 * The sources' own health, kept apart from the domains: "cannot reach StatusCake" is a
 * state of the source, never "the website is down".
 */
export function SourceList({
  snapshot,
  appInfo,
  compact = false,
}: {
  snapshot: Snapshot;
  appInfo: AppInfo;
  /** The wall's: the reason in the viewer's language only, without the source's own words. */
  compact?: boolean;
}) {
  const { t, language } = useI18n();
  const box = useRef<HTMLUListElement>(null);
  // The wall has room for some: the ones in trouble first, the rest counted.
  const sources = compact ? worstFirst(snapshot.sources) : snapshot.sources;
  const fitting = useFitCount(
    box,
    sources.length,
    sources
      .map(
        (source) =>
          `${source.id} ${source.health} ${source.error?.category} ${source.paused?.since}`,
      )
      .join(' '),
  );
  const shown = compact ? sources.slice(0, fitting) : sources;
  const hidden = sources.length - shown.length;
  return (
    <section className={compact ? 'sources is-compact' : 'sources'} aria-labelledby="sources-title">
      <h2 id="sources-title" className="panel-title">
        {t('sources.title')}
      </h2>
      {snapshot.sources.length === 0 && <p className="sources-empty">{t('sources.none')}</p>}
      <ul className="source-list" ref={box}>
        {shown.map((source) => (
          <li
            key={source.id}
            className={`source health-${source.health}`}
            data-testid={testIds.sourceRow(source.id)}
            data-health={source.health}
            data-paused={source.paused !== undefined}
          >
            {/* Paused is stale, in the stale colour, and says why: never green. */}
            <span className="source-health">
              {source.paused ? t('sources.paused') : t(healthLabel[source.health])}
            </span>
            <span className="source-name">{source.id}</span>
            {!compact && <span className="source-kind">{source.kind}</span>}
            <span className="source-detail">
              {source.lastSuccessAt
                ? t('sources.lastData', {
                    time: compact
                      ? formatTime(source.lastSuccessAt, language, appInfo.timezone)
                      : formatDateTime(source.lastSuccessAt, language, appInfo.timezone),
                  })
                : t('sources.noData')}
              {source.paused && !compact && (
                <span className="source-paused-since">
                  {' — '}
                  {t('sources.pausedSince', {
                    time: formatTime(source.paused.since, language, appInfo.timezone),
                    by: source.paused.by,
                  })}
                </span>
              )}
              {source.error && (
                <SourceErrorText
                  source={source}
                  timeZone={appInfo.timezone}
                  withDetail={!compact}
                />
              )}
            </span>
          </li>
        ))}
        {hidden > 0 && (
          <li className="tile-more" data-testid={testIds.tileMore}>
            {t('tile.more', { n: hidden })}
          </li>
        )}
      </ul>
    </section>
  );
}

/** Why the source fails, in the viewer's language; when rate-limited, when polling resumes. */
function SourceErrorText({
  source,
  timeZone,
  withDetail,
}: {
  source: SourceState;
  timeZone: string;
  withDetail: boolean;
}) {
  const { t, language } = useI18n();
  if (!source.error) return null;
  const resumesAt = source.error.category === 'rate-limited' ? source.nextPollAt : null;
  return (
    <span className="source-error" data-testid={testIds.sourceError}>
      {' — '}
      {sourceErrorText[source.error.category][language]}
      {resumesAt &&
        `, ${t('sources.resumes', { time: formatTime(resumesAt, language, timeZone) })}`}
      {withDetail && <span className="source-error-detail"> ({source.error.detail})</span>}
    </span>
  );
}

const HEALTH_RANK: Readonly<Record<SourceState['health'], number>> = {
  failing: 0,
  stale: 1,
  ok: 2,
};

function worstFirst(sources: readonly SourceState[]): SourceState[] {
  return sources.toSorted((a, b) => HEALTH_RANK[a.health] - HEALTH_RANK[b.health]);
}
