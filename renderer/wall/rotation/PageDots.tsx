import { useI18n } from '../../i18n/I18nProvider.tsx';
import { testIds } from '../../testids.ts';
import type { DomainId } from '../../../shared/playbook/domains.ts';
import type { Playbook } from '../../../shared/playbook/playbook.ts';
import { pageKey, samePage, type WallPage } from './rotation.ts';

export interface PageDotsProps {
  /** The round, overview first (wallPages). */
  readonly pages: readonly WallPage[];
  /** The page on screen. */
  readonly page: WallPage;
  /** Domains whose alarm holds the wall: their dots are red and crossed. */
  readonly alarmDomains: readonly DomainId[];
  readonly playbook: Playbook;
}

/**
 * Where the round is, readable across the room: one dot per page, the one on screen large
 * and filled, the overview a square, an alarm a red dot with a cross (a shape as well as a colour).
 */
export function PageDots({ pages, page, alarmDomains, playbook }: PageDotsProps) {
  const { t, language } = useI18n();
  const nameOf = (candidate: WallPage) =>
    candidate.kind === 'overview'
      ? t('wall.pages.overview')
      : (playbook.domains.find((domain) => domain.id === candidate.domain)?.title[language] ??
        candidate.domain);
  return (
    <nav
      className="page-dots"
      aria-label={t('wall.pages.label')}
      data-testid={testIds.pageDots}
      data-page={pageKey(page)}
    >
      <ol className="page-dot-list">
        {pages.map((candidate) => {
          const current = samePage(candidate, page);
          const alarm = candidate.kind === 'domain' && alarmDomains.includes(candidate.domain);
          let label = nameOf(candidate);
          if (alarm) label = t('wall.pages.alarm', { page: label });
          if (current) label = t('wall.pages.current', { page: label });
          const classes = ['page-dot', `is-${candidate.kind}`, current && 'is-current'];
          return (
            <li
              key={pageKey(candidate)}
              className={[...classes, alarm && 'is-alarm'].filter(Boolean).join(' ')}
              data-testid={testIds.pageDot(pageKey(candidate))}
              aria-current={current ? 'page' : undefined}
              aria-label={label}
              title={label}
            >
              {alarm && <span aria-hidden="true">✖</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
