import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { testIds } from '../testids.ts';
import { fakeApi, snapshotFrom } from '../test/fake-api.ts';
import { App } from './App.tsx';

const NOW = new Date('2026-11-28T12:00:00Z');

function renderApp(snapshot: Snapshot, view: 'wall' | 'coordinator' = 'wall') {
  const fake = fakeApi(snapshot);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const utils = render(
    <App api={fake.api} queryClient={queryClient} initialView={view} initialLanguage="nl" />,
  );
  return { ...fake, ...utils };
}

function withStatus(
  snapshot: Snapshot,
  id: string,
  status: Snapshot['domains'][number]['status'],
): Snapshot {
  return {
    ...snapshot,
    domains: snapshot.domains.map((domain) => (domain.id === id ? { ...domain, status } : domain)),
  };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('App', () => {
  it('shows every domain with the status the snapshot gives', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    renderApp(withStatus(snapshotFrom('title: t', NOW), 'website', 'ok'));
    const website = await screen.findByTestId(testIds.domainTile('website'));
    expect(website.dataset.status).toBe('ok');
    expect(within(website).getByTestId(testIds.domainStatus).textContent).toContain('IN ORDE');
    expect(screen.getByTestId(testIds.domainTile('privacy')).dataset.status).toBe('unknown');
  });

  it('replaces the cached snapshot on every push (status:changed)', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const initial = snapshotFrom('title: t', NOW);
    const { push } = renderApp(initial, 'coordinator');
    await screen.findByTestId(testIds.domainTile('privacy'));
    act(() => push(withStatus(initial, 'privacy', 'critical')));
    // react-query notifies observers on its own scheduler tick, not synchronously.
    await waitFor(() =>
      expect(screen.getByTestId(testIds.domainTile('privacy')).dataset.status).toBe('critical'),
    );
    expect(screen.getByTestId(testIds.domainTile('privacy')).textContent).toContain('KRITIEK');
  });

  it('on the wall, a domain turning critical takes the screen on its detail page', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    // Seen ok first: a turn from the start-up's unknown would only be singled out.
    const initial = withStatus(snapshotFrom('title: t', NOW), 'privacy', 'ok');
    const { push } = renderApp(initial);
    await screen.findByTestId(testIds.domainTile('privacy'));
    act(() => push(withStatus(initial, 'privacy', 'critical')));
    const detail = await screen.findByTestId(testIds.detailPage);
    expect([detail.dataset.domain, detail.dataset.status]).toEqual(['privacy', 'critical']);
    expect(screen.queryByTestId(testIds.domainTile('privacy'))).toBeNull();
  });

  it('never shows an old green: past the freshness limit ok turns unknown and a banner says why', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const old = withStatus(
      snapshotFrom('title: t', new Date(NOW.getTime() - 60_000)),
      'website',
      'ok',
    );
    renderApp(old);
    const website = await screen.findByTestId(testIds.domainTile('website'));
    expect(website.dataset.status).toBe('unknown');
    expect(screen.getByTestId(testIds.staleBanner).textContent).toContain(
      'Geen verse gegevens sinds',
    );
  });

  it("follows the application menu's View > Language in every window", async () => {
    const { menuCommand } = renderApp(snapshotFrom('title: t', new Date()));
    await screen.findByTestId(testIds.domainTile('privacy'));
    expect(document.documentElement.lang).toBe('nl');
    act(() => menuCommand({ command: 'language-en' }));
    expect(document.documentElement.lang).toBe('en');
    act(() => menuCommand({ command: 'language-nl' }));
    expect(document.documentElement.lang).toBe('nl');
  });

  it('unsubscribes from pushes when it unmounts', async () => {
    const { listenerCount, unmount } = renderApp(snapshotFrom('title: t', new Date()));
    await screen.findByTestId(testIds.domainTile('privacy'));
    // status:changed, timeline:appended, domain:show, and menu:command twice (the language in
    // App, the shortcuts' help in the desk); export:progress only while an export runs.
    expect(listenerCount()).toBe(5);
    unmount();
    expect(listenerCount()).toBe(0);
  });
});
