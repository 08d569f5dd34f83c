import { lazy, Suspense, useEffect, useState } from 'react';
import { inDisplayOrder } from '../../shared/marks/display-order.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { ShownDomain } from '../app/shown-domain.ts';
import { SourceList } from '../common/SourceList.tsx';
import type { ViewData } from '../common/view-data.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { testIds } from '../testids.ts';
import { LogForm, type NoteAsk } from './actions/LogForm.tsx';
import type { AcknowledgeAsk } from './actions/MarkActions.tsx';
import { deskPages as registeredPages, type DeskPage } from './desk-pages.tsx';
import { locationKey, useDeskNavigation } from './desk-navigation.ts';
import { DeskSwitcher } from './DeskSwitcher.tsx';
import { ShortcutHelp } from './keyboard/ShortcutHelp.tsx';
import { useDeskShortcuts } from './keyboard/use-desk-shortcuts.ts';
import { DeskTiles } from './overview/DeskTiles.tsx';
import { ResolverGroups } from './ResolverGroups.tsx';

// A domain's detail (its lists, evidence and charts) is opened now and then: loaded on first
// use, so the desk starts within the renderer's budget (scripts/build.mjs).
const DomainDetailPage = lazy(() =>
  import('./detail/DomainDetailPage.tsx').then((module) => ({ default: module.DomainDetailPage })),
);

export interface DeskProps extends ViewData {
  /** The domain a clicked desktop alert asked to see. */
  readonly shownDomain: ShownDomain | null;
  /** The switcher's other pages (deskPages unless a test gives its own). */
  readonly pages?: readonly DeskPage[];
  /** Switches the UI's language (the settings page offers it too). */
  readonly onToggleLanguage?: () => void;
}

/**
 * The coordinator's desk below the header (docs/desk.md): the page switcher, the page (the
 * tiles, a domain's detail, or another page), and beside it the log, the sources and §1.3.
 * The shortcuts act on the selected domain: the focused tile, or the detail shown.
 */
export function Desk({ shownDomain, pages = registeredPages, ...data }: DeskProps) {
  const { t, language } = useI18n();
  const { snapshot, playbook, contacts, appInfo } = data;
  const order = snapshot.domains.map((domain) => domain.id);
  const nav = useDeskNavigation(order, shownDomain);
  const [help, setHelp] = useState(false);
  const [status, setStatus] = useState('');
  const [acknowledgeAsk, setAcknowledgeAsk] = useState<AcknowledgeAsk | null>(null);
  const [noteAsk, setNoteAsk] = useState<NoteAsk | null>(null);
  useShortcutsFromMenu(setHelp);
  const titleOf = (id: DomainId) =>
    playbook.domains.find((domain) => domain.id === id)?.title[language] ?? id;
  const say = (text: string) => setStatus(text);
  const go = (move: () => void) => {
    setAcknowledgeAsk(null);
    setStatus('');
    move();
  };
  useDeskShortcuts(
    {
      next: () => go(() => nav.step(1)),
      previous: () => go(() => nav.step(-1)),
      open: () => {
        const domain = nav.selected;
        if (domain) go(() => nav.openDomain(domain));
        else say(t('desk.noneSelected'));
      },
      domain: ({ index }) => {
        const domain = order[index];
        if (domain) go(() => nav.openDomain(domain));
      },
      overview: () => {
        if (nav.location.kind !== 'overview') go(nav.overview);
      },
      acknowledge: () => {
        const domain = snapshot.domains.find((candidate) => candidate.id === nav.selected);
        if (!domain) return say(t('desk.noneSelected'));
        const now = new Date(snapshot.generatedAt);
        const worst = inDisplayOrder(domain.marks, now).find(
          (mark) => mark.seq !== null && !mark.acknowledged,
        );
        const seq = worst?.seq;
        if (!seq) return say(t('desk.nothingToAcknowledge', { domain: titleOf(domain.id) }));
        setStatus('');
        setAcknowledgeAsk((previous) => ({ seq, n: (previous?.n ?? 0) + 1 }));
      },
      note: () => setNoteAsk((previous) => ({ domain: nav.selected, n: (previous?.n ?? 0) + 1 })),
      help: () => setHelp(true),
    },
    !help,
  );
  const pageId = nav.location.kind === 'page' ? nav.location.id : null;
  const page = pages.find((item) => item.id === pageId) ?? null;
  return (
    <div className="desk">
      <DeskSwitcher
        location={nav.location}
        snapshot={snapshot}
        playbook={playbook}
        pages={pages}
        onOverview={() => go(nav.overview)}
        onDomain={(domain) => go(() => nav.openDomain(domain))}
        onPage={(id) => go(() => nav.openPage(id))}
        onHelp={() => setHelp(true)}
        status={status}
      />
      <div className="coordinator-body">
        <div
          className="desk-main"
          data-testid={testIds.deskMain}
          data-page={locationKey(nav.location)}
        >
          {nav.location.kind === 'domain' ? (
            <Suspense fallback={<p className="detail-loading">{t('detail.loading')}</p>}>
              <DomainDetailPage
                key={nav.location.domain}
                {...data}
                domain={nav.location.domain}
                onBack={() => go(nav.overview)}
                acknowledgeAsk={acknowledgeAsk}
              />
            </Suspense>
          ) : page ? (
            page.render(data)
          ) : (
            <DeskTiles
              {...data}
              selected={nav.selected}
              onSelect={nav.select}
              onOpen={(domain) => go(() => nav.openDomain(domain))}
              acknowledgeAsk={acknowledgeAsk}
            />
          )}
        </div>
        <aside className="coordinator-side">
          <LogForm playbook={playbook} noteAsk={noteAsk} />
          <SourceList snapshot={snapshot} appInfo={appInfo} />
          {contacts.length === 0 && <p className="contacts-hint">{t('contacts.none')}</p>}
          <ResolverGroups playbook={playbook} />
        </aside>
      </div>
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}

/** The application menu's "Keyboard shortcuts" item opens the same help (menu:command). */
function useShortcutsFromMenu(setHelp: (open: boolean) => void): void {
  const api = useApi();
  useEffect(
    () =>
      api.onMenuCommand(({ command }) => {
        if (command === 'show-shortcuts') setHelp(true);
      }),
    [api, setHelp],
  );
}
