import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { DijkwachtApi } from '../../../../shared/ipc/create-api.ts';
import type { Language } from '../../../../shared/playbook/text.ts';
import { ApiProvider } from '../../../api/ApiContext.tsx';
import { I18nProvider } from '../../../i18n/I18nProvider.tsx';

/** A privacy component with what it needs around it: the API, a fresh query cache, a language. */
export function renderWithApi(ui: ReactNode, api: DijkwachtApi, language: Language = 'nl') {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <QueryClientProvider client={queryClient}>
      <ApiProvider api={api}>
        <I18nProvider language={language}>{ui}</I18nProvider>
      </ApiProvider>
    </QueryClientProvider>,
  );
}
