import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { errorMessage } from '../../api/error-message.ts';
import type { ViewData } from '../../common/view-data.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import { SourceCard } from './SourceCard.tsx';
import { useSourcesDetail } from './sources-api.ts';

/**
 * The coordinator's sources page (docs/sources-page.md): per source its health, last data,
 * last error, the last polls' latencies and the next poll; pause, resume and "poll now".
 * Asked for again with every snapshot main pushes, so it follows each poll.
 */
export function SourcesPage({ appInfo, playbook, snapshot }: ViewData) {
  const { t, language } = useI18n();
  const detail = useSourcesDetail(snapshot.generatedAt);
  return (
    <section
      className="sources-page"
      aria-labelledby="sources-page-title"
      data-testid={testIds.sourcesPage}
      data-state={detail.data ? 'ready' : 'loading'}
    >
      <h2 id="sources-page-title" className="sources-page-title">
        {t('sourcesPage.title')}
      </h2>
      <p className="sources-page-intro">{t('sourcesPage.intro')}</p>
      {detail.data ? (
        detail.data.sources.length === 0 ? (
          <p className="sources-empty">{t('sourcesPage.none')}</p>
        ) : (
          <div className="source-cards">
            {detail.data.sources.map((source) => (
              <SourceCard
                key={source.id}
                source={source}
                feeds={fedDomains(source.id, snapshot, playbook, language)}
                timeZone={appInfo.timezone}
                now={detail.data.generatedAt}
              />
            ))}
          </div>
        )
      ) : detail.error ? (
        <p className="form-error" role="alert">
          {t('sourcesPage.loadFailed', { message: errorMessage(detail.error) })}
        </p>
      ) : (
        <p className="muted">{t('sourcesPage.loading')}</p>
      )}
    </section>
  );
}

/** The titles of the domains a source feeds, in playbook order. */
function fedDomains(
  sourceId: string,
  snapshot: Snapshot,
  playbook: Playbook,
  language: Language,
): string[] {
  return snapshot.domains
    .filter((domain) => domain.sources.includes(sourceId))
    .map(
      (domain) =>
        playbook.domains.find((candidate) => candidate.id === domain.id)?.title[language] ??
        domain.id,
    );
}
