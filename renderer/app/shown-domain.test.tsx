import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { snapshotWith } from '../test/sample-snapshots.ts';
import { fakeApi } from '../test/fake-api.ts';
import { App } from './App.tsx';
import { initialViewState } from './view-state.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a clicked desktop alert (domain:show)', () => {
  it('opens the desk on its domain, from whatever view the window showed', async () => {
    const fake = renderApp(snapshotWith({}), { view: 'timeline' });
    await screen.findByTestId(testIds.timelineView);
    act(() => fake.showDomain({ domain: 'privacy' }));
    const tile = await screen.findByTestId(testIds.domainTile('privacy'));
    await waitFor(() => expect(document.activeElement).toBe(tile));
    expect(tile.className).toContain('is-shown');
    expect(screen.getByTestId(testIds.app).getAttribute('data-view')).toBe('coordinator');
  });
});

describe('a desk opened for a clicked desktop alert (?domain=)', () => {
  it('reads the domain from the URL, and only a domain id', () => {
    const at = (search: string) =>
      initialViewState({ search } as Location, { getItem: () => null } as unknown as Storage);
    expect(at('?view=coordinator&domain=privacy').domain).toBe('privacy');
    expect(at('?view=coordinator&domain=javascript:alert(1)').domain).toBeNull();
    expect(at('?view=wall').domain).toBeNull();
  });

  it('opens on that domain', async () => {
    const fake = fakeApi(snapshotWith({}));
    render(
      <App
        api={fake.api}
        queryClient={new QueryClient()}
        initialView="coordinator"
        initialLanguage="nl"
        initialDomain="security"
      />,
    );
    const tile = await screen.findByTestId(testIds.domainTile('security'));
    await waitFor(() => expect(document.activeElement).toBe(tile));
  });
});
