import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { Language } from '../../shared/playbook/text.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import type { ViewName } from '../app/view-state.ts';
import { App } from '../app/App.tsx';
import { fakeApi, type FakeApiOptions } from './fake-api.ts';
import { TEST_NOW } from './sample-snapshots.ts';

export interface RenderAppOptions extends FakeApiOptions {
  readonly view?: ViewName;
  readonly language?: Language;
}

/**
 * The whole app on the fake API, with a fresh QueryClient that never retries (TanStack's
 * advice for tests) and the clock held at TEST_NOW; timers stay real, so react-query runs.
 */
export function renderApp(snapshot: Snapshot, options: RenderAppOptions = {}) {
  vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
  const fake = fakeApi(snapshot, options);
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  const utils = render(
    <App
      api={fake.api}
      queryClient={queryClient}
      initialView={options.view ?? 'coordinator'}
      initialLanguage={options.language ?? 'nl'}
    />,
  );
  return { ...fake, ...utils };
}
