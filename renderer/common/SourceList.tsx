import type { AppInfo } from '../../shared/ipc/contract.ts';
import type { Snapshot, SourceState } from '../../shared/snapshot/snapshot-schema.ts';
import { sourceErrorText } from '../../shared/text/source-error-text.ts';
import { formatDateTime, formatTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { healthLabel } from '../status/presentation.ts';
import { testIds } from '../testids.ts';

/**
 * The sources' own health, kept apart from the domains: "cannot reach StatusCake" is a
 * state of the source, never "the website is down".
 */
export function SourceList({ snapshot, appInfo }: { snapshot: Snapshot; appInfo: AppInfo }) {
  const { t, language } = useI18n();
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title" className="panel-title">
        {t('sources.title')}
      </h2>
      {snapshot.sources.length === 0 && <p className="sources-empty">{t('sources.none')}</p>}
      <ul className="source-list">
        {snapshot.sources.map((source) => (
          <li
            key={source.id}
            className={`source health-${source.health}`}
            data-testid={testIds.sourceRow(source.id)}
            data-health={source.health}
          >
            <span className="source-health">{t(healthLabel[source.health])}</span>
            <span className="source-name">{source.id}</span>
            <span className="source-kind">{source.kind}</span>
            <span className="source-detail">
              {source.lastSuccessAt
                ? t('sources.lastData', {
                    time: formatDateTime(source.lastSuccessAt, language, appInfo.timezone),
                  })
                : t('sources.noData')}
              {source.error && <SourceErrorText source={source} timeZone={appInfo.timezone} />}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Why the source fails, in the viewer's language; when rate-limited, when polling resumes. */
function SourceErrorText({ source, timeZone }: { source: SourceState; timeZone: string }) {
  const { t, language } = useI18n();
  if (!source.error) return null;
  const resumesAt = source.error.category === 'rate-limited' ? source.nextPollAt : null;
  return (
    <span className="source-error" data-testid={testIds.sourceError}>
      {' — '}
      {sourceErrorText[source.error.category][language]}
      {resumesAt &&
        `, ${t('sources.resumes', { time: formatTime(resumesAt, language, timeZone) })}`}
      <span className="source-error-detail"> ({source.error.detail})</span>
    </span>
  );
}
