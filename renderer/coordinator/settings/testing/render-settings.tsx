import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { DEFAULT_WALL_SETTINGS } from '../../../../shared/ipc/contract.ts';
import { defaultPlaybook } from '../../../../shared/playbook/playbook.ts';
import type { Language } from '../../../../shared/playbook/text.ts';
import { ApiProvider } from '../../../api/ApiContext.tsx';
import { I18nProvider } from '../../../i18n/I18nProvider.tsx';
import { fakeApi, type FakeApiOptions } from '../../../test/fake-api.ts';
import { snapshotWith } from '../../../test/sample-snapshots.ts';
import { SettingsPage } from '../SettingsPage.tsx';

export interface RenderSettingsOptions extends FakeApiOptions {
  readonly language?: Language;
  readonly onToggleLanguage?: () => void;
}

/**
 * The settings page alone on the fake API, as the desk will show it, with a fresh QueryClient
 * that never retries; the QueryClient is handed back so a test can look into its caches.
 */
export function renderSettings(options: RenderSettingsOptions = {}) {
  const snapshot = snapshotWith({});
  const fake = fakeApi(snapshot, options);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const utils = render(
    <ApiProvider api={fake.api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={options.language ?? 'nl'}>
          <SettingsPage
            appInfo={{
              version: 'test',
              title: 'Test room',
              timezone: 'Europe/Amsterdam',
              demo: false,
              configFile: '/home/anna/dijkwacht.yaml',
              wall: DEFAULT_WALL_SETTINGS,
            }}
            playbook={defaultPlaybook}
            snapshot={snapshot}
            contacts={[]}
            {...(options.onToggleLanguage ? { onToggleLanguage: options.onToggleLanguage } : {})}
          />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...fake, ...utils, queryClient };
}
