import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { ViewData } from '../common/view-data.ts';
import type { MessageKey } from '../i18n/messages.ts';

/**
 * A page of the desk's switcher besides the overview and the domains' details (docs/desk.md):
 * its id (in `data-page` and the test id `desk-nav-page-<id>`), its name in the UI's language,
 * and what it draws from the desk's data. A page is added with one line in `deskPages`.
 */
export interface DeskPage {
  readonly id: string;
  readonly labelKey: MessageKey;
  readonly render: (data: DeskPageData) => ReactNode;
}

/** What a page gets: the desk's data, and the language switch (the settings page has one). */
export interface DeskPageData extends ViewData {
  readonly onToggleLanguage?: () => void;
}

/**
 * A page loaded when first opened, in its own chunk: the wall and the desk's overview never
 * load the forms and schemas of the sources, contacts and settings pages.
 */
function lazyPage(load: () => Promise<ComponentType<DeskPageData>>): DeskPage['render'] {
  const Page = lazy(() => load().then((component) => ({ default: component })));
  return function LazyDeskPage(data: DeskPageData) {
    return (
      <Suspense fallback={null}>
        <Page {...data} />
      </Suspense>
    );
  };
}

/** The desk's other pages, in the switcher's order. */
export const deskPages: readonly DeskPage[] = [
  {
    id: 'sources',
    labelKey: 'desk.page.sources',
    render: lazyPage(() => import('./sources/SourcesPage.tsx').then((m) => m.SourcesPage)),
  },
  {
    id: 'contacts',
    labelKey: 'desk.page.contacts',
    render: lazyPage(() => import('./contacts/ContactsPage.tsx').then((m) => m.ContactsPage)),
  },
  {
    id: 'settings',
    labelKey: 'desk.page.settings',
    render: lazyPage(() => import('./settings/SettingsPage.tsx').then((m) => m.SettingsPage)),
  },
];
