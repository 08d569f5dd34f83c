import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Contact } from '../../../../shared/contacts/contacts.ts';
import type { DomainId } from '../../../../shared/playbook/domains.ts';
import type { Language } from '../../../../shared/playbook/text.ts';
import { ApiProvider } from '../../../api/ApiContext.tsx';
import { useAppInfo, useContacts, usePlaybook, useSnapshot } from '../../../api/hooks.ts';
import { I18nProvider } from '../../../i18n/I18nProvider.tsx';
import { fakeApi } from '../../../test/fake-api.ts';
import { snapshotWith, TEST_NOW } from '../../../test/sample-snapshots.ts';
import { ContactsPage } from '../ContactsPage.tsx';
import { LineCard } from '../LineCard.tsx';

export interface RenderContactsOptions {
  readonly language?: Language;
  /** The config file's contacts main starts with. */
  readonly contacts?: readonly Contact[];
  /** Line cards to draw beside the page, fed by the desk's own `contacts` query. */
  readonly cards?: readonly DomainId[];
  /** Draw the contacts page (default true). */
  readonly page?: boolean;
}

/**
 * The contacts page and line cards as the desk would hold them: the same queries, the
 * fake main behind them, a fresh QueryClient that never retries, the clock at TEST_NOW.
 */
export function renderContacts(options: RenderContactsOptions = {}) {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  const fake = fakeApi(snapshotWith({}), { contacts: options.contacts ?? [] });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const utils = render(
    <ApiProvider api={fake.api}>
      <QueryClientProvider client={queryClient}>
        <I18nProvider language={options.language ?? 'nl'}>
          <Desk page={options.page ?? true} cards={options.cards ?? []} />
        </I18nProvider>
      </QueryClientProvider>
    </ApiProvider>,
  );
  return { ...fake, ...utils };
}

function Desk({ page, cards }: { page: boolean; cards: readonly DomainId[] }) {
  const [appInfo, playbook, snapshot, contacts] = [
    useAppInfo().data,
    usePlaybook().data,
    useSnapshot().data,
    useContacts().data,
  ];
  if (!appInfo || !playbook || !snapshot || !contacts) return <p>loading</p>;
  const data = { appInfo, playbook, snapshot, contacts };
  return (
    <>
      {page && <ContactsPage {...data} />}
      {snapshot.domains
        .filter((domain) => cards.includes(domain.id))
        .map((domain) => (
          <LineCard key={domain.id} domain={domain} playbook={playbook} contacts={contacts} />
        ))}
    </>
  );
}
