import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { statusIcon, statusLabel } from '../status/presentation.ts';
import { testIds } from '../testids.ts';
import type { DeskPage } from './desk-pages.tsx';
import type { DeskLocation } from './desk-navigation.ts';

export interface DeskSwitcherProps {
  readonly location: DeskLocation;
  readonly snapshot: Snapshot;
  readonly playbook: Playbook;
  readonly pages: readonly DeskPage[];
  readonly onOverview: () => void;
  readonly onDomain: (domain: Snapshot['domains'][number]['id']) => void;
  readonly onPage: (id: string) => void;
  readonly onHelp: () => void;
  /** What the last shortcut did, or why it could not (a polite live region). */
  readonly status: string;
}

/**
 * The desk's pages in one row: the overview, each domain with its status (shape and colour,
 * so all seven read at a glance even when the tiles scroll), the other pages, and the
 * shortcuts. It wraps rather than cuts when the window is narrow.
 */
export function DeskSwitcher(props: DeskSwitcherProps) {
  const { t, language } = useI18n();
  const { location } = props;
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  return (
    <nav className="desk-nav" aria-label={t('desk.nav')} data-testid={testIds.deskNav}>
      <ul className="desk-nav-list">
        <li>
          <button
            type="button"
            className="desk-nav-button"
            aria-current={current(location.kind === 'overview')}
            onClick={props.onOverview}
            data-testid={testIds.deskNavOverview}
          >
            {t('desk.overview')}
          </button>
        </li>
        {props.snapshot.domains.map((domain) => {
          const title =
            props.playbook.domains.find((candidate) => candidate.id === domain.id)?.title[
              language
            ] ?? domain.id;
          const marks = domain.marks.length;
          return (
            <li key={domain.id}>
              <button
                type="button"
                className={`desk-nav-button desk-nav-domain status-${domain.status}`}
                aria-current={current(location.kind === 'domain' && location.domain === domain.id)}
                onClick={() => props.onDomain(domain.id)}
                title={t(statusLabel[domain.status])}
                data-testid={testIds.deskNavDomain(domain.id)}
                data-status={domain.status}
              >
                <span className="desk-nav-icon" aria-hidden="true">
                  {statusIcon[domain.status]}
                </span>
                <span className="visually-hidden">{t(statusLabel[domain.status])}: </span>
                {title}
                {marks > 0 && (
                  <span className="desk-nav-count">
                    {marks}
                    <span className="visually-hidden"> {t('desk.marksCount')}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
        {props.pages.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className="desk-nav-button"
              aria-current={current(location.kind === 'page' && location.id === page.id)}
              onClick={() => props.onPage(page.id)}
              data-testid={testIds.deskNavPage(page.id)}
            >
              {t(page.labelKey)}
            </button>
          </li>
        ))}
      </ul>
      <p className="desk-status" role="status" data-testid={testIds.deskStatus}>
        {props.status}
      </p>
      <button
        type="button"
        className="quiet-button desk-help-button"
        onClick={props.onHelp}
        aria-keyshortcuts="?"
        data-testid={testIds.shortcutHelpOpen}
      >
        {t('keys.button')}
      </button>
    </nav>
  );
}
