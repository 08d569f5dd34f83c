import type { ReactNode } from 'react';
import type { SourceDetail } from '../../../shared/sources/source-detail.ts';
import { textWords } from '../../../shared/snapshot/text-words.ts';
import { formatDuration } from '../../../shared/text/format.ts';
import { sourceErrorText } from '../../../shared/text/source-error-text.ts';
import { formatTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { healthLabel } from '../../status/presentation.ts';
import { testIds } from '../../testids.ts';
import { LatencyStrip } from './LatencyStrip.tsx';
import { SourceControls } from './SourceControls.tsx';

export interface SourceCardProps {
  readonly source: SourceDetail;
  /** The titles of the domains it feeds. */
  readonly feeds: readonly string[];
  readonly timeZone: string;
  /** Main's time of the detail: what "… ago" counts from. */
  readonly now: string;
}

/** One source: its state in words and colour, its last data and error, its polls, its actions. */
export function SourceCard({ source, feeds, timeZone, now }: SourceCardProps) {
  const { t, language } = useI18n();
  const titleId = `source-card-title-${source.id}`;
  return (
    <article
      className={`source-card health-${source.health}${source.paused ? ' is-paused' : ''}`}
      aria-labelledby={titleId}
      data-testid={testIds.sourceCard(source.id)}
      data-health={source.health}
      data-paused={source.paused !== null}
    >
      <header className="source-card-head">
        <h3 id={titleId} className="source-card-title">
          {source.id}
        </h3>
        <span className="source-card-kind">{textWords[language].kind[source.kind]}</span>
        <HealthBadge source={source} timeZone={timeZone} />
      </header>
      <dl className="source-facts">
        <Fact label={t('sourcesPage.feeds')}>
          {feeds.length > 0 ? feeds.join(', ') : t('sourcesPage.feedsNone')}
        </Fact>
        <Fact label={t('sourcesPage.lastSuccess')}>
          {source.lastSuccessAt
            ? t('sourcesPage.age', {
                time: formatTime(source.lastSuccessAt, language, timeZone, true),
                age: formatDuration(Date.parse(now) - Date.parse(source.lastSuccessAt), language),
              })
            : t('sourcesPage.never')}
        </Fact>
        <Fact label={t('sourcesPage.lastError')} testId={testIds.sourceLastError}>
          <LastError source={source} timeZone={timeZone} />
        </Fact>
        <Fact label={t('sourcesPage.latency')}>
          <LatencyStrip source={source} timeZone={timeZone} />
        </Fact>
        <Fact label={t('sourcesPage.nextPoll')} testId={testIds.sourceNextPoll}>
          <NextPoll source={source} timeZone={timeZone} />
        </Fact>
      </dl>
      <SourceControls source={source} feeds={feeds} timeZone={timeZone} />
    </article>
  );
}

function Fact({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="source-fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Paused says so, with since when and who: in the stale colour, never green. */
function HealthBadge({ source, timeZone }: { source: SourceDetail; timeZone: string }) {
  const { t, language } = useI18n();
  if (!source.paused) return <span className="source-health">{t(healthLabel[source.health])}</span>;
  return (
    <span className="source-paused-line" data-testid={testIds.sourcePaused}>
      <span className="source-health">{t('sources.paused')}</span>{' '}
      {t('sources.pausedSince', {
        time: formatTime(source.paused.since, language, timeZone),
        by: source.paused.by,
      })}
    </span>
  );
}

/** The error's class in the reader's language, the source's own words beside it. */
function LastError({ source, timeZone }: { source: SourceDetail; timeZone: string }) {
  const { t, language } = useI18n();
  const { error } = source;
  if (!error) return <>{t('sourcesPage.noError')}</>;
  return (
    <>
      <span className="source-error">{sourceErrorText[error.category][language]}</span>
      {error.retryAt &&
        `, ${t('sourcesPage.notBefore', { time: formatTime(error.retryAt, language, timeZone, true) })}`}
      <span className="source-error-detail"> ({error.detail})</span>
    </>
  );
}

function NextPoll({ source, timeZone }: { source: SourceDetail; timeZone: string }) {
  const { t, language } = useI18n();
  const every = t('sourcesPage.every', { interval: formatDuration(source.intervalMs, language) });
  if (source.paused) return <>{t('sourcesPage.notPlanned')}</>;
  if (source.polling) return <>{`${t('sourcesPage.pollingNow')} · ${every}`}</>;
  if (!source.nextPollAt) return <>{`${t('sourcesPage.unplanned')} · ${every}`}</>;
  return <>{`${formatTime(source.nextPollAt, language, timeZone, true)} · ${every}`}</>;
}
