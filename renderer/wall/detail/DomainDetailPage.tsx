import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import type { ReactNode } from 'react';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import type { DomainSnapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { DetailBand } from './DetailBand.tsx';
import { DetailMarks } from './DetailMarks.tsx';
import { DetailWho } from './DetailWho.tsx';

export interface DomainDetailPageProps {
  readonly domain: DomainSnapshot;
  readonly playbook: Playbook;
  readonly contacts: readonly Contact[];
  /** The war room's time zone, for every time on the page. */
  readonly timeZone: string;
  /** The moment the snapshot is true for: the marks' durations and "since" count to it. */
  readonly now: Date;
  /** The domain's chart, drawn large beside the marks, above who acts; it fills its box. */
  readonly chart?: ReactNode;
}

/**
 * One domain on the whole wall below the header, read from 5 m: its status across the top,
 * every mark in full down the left half, its chart and who acts on which line on the right.
 * What does not fit says "+n".
 */
export function DomainDetailPage({
  domain,
  playbook,
  contacts,
  timeZone,
  now,
  chart,
}: DomainDetailPageProps) {
  const { t, language } = useI18n();
  const definition = playbook.domains.find((candidate) => candidate.id === domain.id);
  if (!definition) return null;
  const title = definition.title[language];
  const hasChart = chart !== undefined && chart !== null;
  return (
    <section
      className="detail"
      data-testid={testIds.detailPage}
      data-domain={domain.id}
      data-status={domain.status}
      aria-label={title}
    >
      <DetailBand domain={domain} title={title} timeZone={timeZone} now={now} />
      <div className="detail-body">
        <DetailMarks domain={domain} playbook={playbook} timeZone={timeZone} now={now} />
        <div className={hasChart ? 'detail-side has-chart' : 'detail-side'}>
          {hasChart && (
            <section
              className="detail-chart"
              data-testid={testIds.detailChart}
              aria-label={t('wall.detail.chart')}
            >
              {chart}
            </section>
          )}
          <DetailWho definition={definition} playbook={playbook} contacts={contacts} />
        </div>
      </div>
    </section>
  );
}
