import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WarRoomState } from '../../shared/ipc/contract.ts';
import type { ViewName } from '../app/view-state.ts';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { snapshotWith } from '../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const seat: WarRoomState = {
  role: 'seat',
  store: 'dijkwacht@db:5432/warroom',
  connected: true,
  since: null,
  collector: { label: 'dijkwacht collect', host: 'host-a' },
  problem: null,
  error: null,
};
const disconnected: WarRoomState = {
  ...seat,
  connected: false,
  since: '2020-10-10T12:02:00.000Z',
  problem: 'disconnected',
  error: 'dijkwacht@db:5432/warroom: cannot be reached (connection refused)',
};

describe('the war room banner and badge', () => {
  for (const view of ['wall', 'coordinator', 'timeline'] as const satisfies ViewName[]) {
    it(`says loudly on the ${view} view that a seat lost the shared war room, since when and why`, async () => {
      renderApp(snapshotWith({}, null), { view, warRoom: disconnected });
      const banner = await screen.findByTestId(testIds.warRoomBanner);
      expect(banner.getAttribute('role')).toBe('alert');
      // The wall's one line leaves the server and the cause to the desk: tiles keep their height.
      expect(banner.textContent).toBe(
        view === 'wall'
          ? 'Geen verbinding met de gedeelde dijkwacht sinds 14:02 — opnieuw verbinden…'
          : 'Geen verbinding met de gedeelde dijkwacht (dijkwacht@db:5432/warroom) sinds 14:02 — opnieuw verbinden…' +
              'Oorzaak: dijkwacht@db:5432/warroom: cannot be reached (connection refused)',
      );
      expect(screen.getByTestId(testIds.warRoomBadge).textContent).toBe(
        'Gedeelde dijkwacht · zitplaats',
      );
    });
  }

  it('names the collector that fell silent, in English', async () => {
    renderApp(snapshotWith({}, null), {
      language: 'en',
      warRoom: { ...seat, problem: 'collector-silent', since: '2020-10-10T12:02:00.000Z' },
    });
    expect((await screen.findByTestId(testIds.warRoomBanner)).textContent).toBe(
      'The collector (dijkwacht collect on host-a) has not published since 14:02',
    );
  });

  it('says a seat waits for a collector, and refuses a store of another build', async () => {
    const fake = renderApp(snapshotWith({}, null), {
      warRoom: { ...seat, collector: null, problem: 'no-collector' },
    });
    expect((await screen.findByTestId(testIds.warRoomBanner)).textContent).toContain(
      'Wacht op een collector',
    );
    act(() =>
      fake.warRoomChanged({
        ...seat,
        connected: false,
        problem: 'schema',
        error: 'written by a newer Dijkwacht (schema 3; this build knows 1)',
      }),
    );
    // react-query tells its observers on the next tick.
    await waitFor(() =>
      expect(screen.getByTestId(testIds.warRoomBanner).textContent).toContain(
        'hoort bij een andere versie van Dijkwacht: deze zitplaats schrijft niets',
      ),
    );
  });

  it('goes as soon as main says all is well again, leaving the quiet badge', async () => {
    const fake = renderApp(snapshotWith({}, null), { warRoom: disconnected });
    await screen.findByTestId(testIds.warRoomBanner);
    act(() => fake.warRoomChanged(seat));
    await waitFor(() => expect(screen.queryByTestId(testIds.warRoomBanner)).toBeNull());
    expect(screen.getByTestId(testIds.warRoomBadge)).toBeTruthy();
  });

  it('shows nothing of it on the single-seat app, and unsubscribes when it unmounts', async () => {
    const fake = renderApp(snapshotWith({}, null), { view: 'wall' });
    await screen.findByTestId(testIds.domainTile('website'));
    expect(screen.queryByTestId(testIds.warRoomBanner)).toBeNull();
    expect(screen.queryByTestId(testIds.warRoomBadge)).toBeNull();
    expect(fake.warRoomListenerCount()).toBe(1);
    fake.unmount();
    expect(fake.warRoomListenerCount()).toBe(0);
  });
});
