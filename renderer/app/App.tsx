import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { DijkwachtApi } from '../../shared/ipc/create-api.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Language } from '../../shared/playbook/text.ts';
import { ApiProvider } from '../api/ApiContext.tsx';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { Screen } from './Screen.tsx';
import type { ShownDomain } from './shown-domain.ts';
import type { ViewName } from './view-state.ts';

export interface AppProps {
  readonly api: DijkwachtApi;
  readonly queryClient: QueryClient;
  readonly initialView: ViewName;
  readonly initialLanguage: Language;
  /** The domain the desk opens on (main opened it for a clicked desktop alert). */
  readonly initialDomain?: DomainId | null;
  readonly onViewStateChange?: (state: { view: ViewName; language: Language }) => void;
}

export function App({
  api,
  queryClient,
  initialView,
  initialLanguage,
  initialDomain = null,
  onViewStateChange,
}: AppProps) {
  const [view, setView] = useState(initialView);
  const [language, setLanguage] = useState(initialLanguage);
  const [shownDomain, setShownDomain] = useState<ShownDomain | null>(
    initialDomain ? { domain: initialDomain, asked: 0 } : null,
  );
  // A desktop alert was clicked: the desk opens on its domain, whatever this window showed.
  useEffect(
    () =>
      api.onShowDomain(({ domain }) => {
        setView('coordinator');
        setShownDomain({ domain, asked: Date.now() });
      }),
    [api],
  );
  // The application menu's View > Language (menu:command): every window follows it.
  useEffect(
    () =>
      api.onMenuCommand(({ command }) => {
        if (command === 'language-nl') setLanguage('nl');
        if (command === 'language-en') setLanguage('en');
      }),
    [api],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    onViewStateChange?.({ view, language });
  }, [view, language, onViewStateChange]);
  return (
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={language}>
          <Screen
            view={view}
            shownDomain={shownDomain}
            onShowView={setView}
            onToggleLanguage={() => setLanguage(language === 'nl' ? 'en' : 'nl')}
          />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>
  );
}
