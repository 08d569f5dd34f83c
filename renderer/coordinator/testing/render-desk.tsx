import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Contact } from '../../../shared/contacts/contacts.ts';
import type { Language } from '../../../shared/playbook/text.ts';
import type { Snapshot } from '../../../shared/snapshot/snapshot-schema.ts';
import { defaultPlaybook } from '../../../shared/playbook/playbook.ts';
import { ApiProvider } from '../../api/ApiContext.tsx';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { fakeApi, type FakeApiOptions } from '../../test/fake-api.ts';
import { TEST_NOW } from '../../test/sample-snapshots.ts';
import { Desk } from '../Desk.tsx';
import type { DeskPage } from '../desk-pages.tsx';

export interface RenderDeskOptions extends FakeApiOptions {
  readonly language?: Language;
  readonly pages?: readonly DeskPage[];
  readonly contacts?: readonly Contact[];
}

/** The desk alone (no header, no operator gate) on the fake API, the clock at TEST_NOW. */
export function renderDesk(snapshot: Snapshot, options: RenderDeskOptions = {}) {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  const fake = fakeApi(snapshot, options);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const appInfo = {
    version: 'test',
    title: 'Test room',
    timezone: 'Europe/Amsterdam',
    demo: false,
    configFile: 'test.yaml',
    wall: { rotateEveryMs: null, alarmHoldMs: 0, changedHighlightMs: 0, sound: false },
  };
  const utils = render(
    <ApiProvider api={fake.api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={options.language ?? 'nl'}>
          <Desk
            appInfo={appInfo}
            playbook={defaultPlaybook}
            snapshot={snapshot}
            contacts={options.contacts ?? []}
            shownDomain={null}
            {...(options.pages ? { pages: options.pages } : {})}
          />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...fake, ...utils };
}
