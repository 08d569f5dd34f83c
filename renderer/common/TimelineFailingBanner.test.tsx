import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ViewName } from '../app/view-state.ts';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { snapshotWith } from '../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const failing = {
  state: 'failing',
  pending: 1234,
  error: 'SQLITE_FULL: schijf vol',
  lastSeq: 80,
} as const;

describe('failing timeline banner', () => {
  for (const view of ['wall', 'coordinator', 'timeline'] as const satisfies ViewName[]) {
    it(`says loudly on the ${view} view that events are waiting`, async () => {
      renderApp(snapshotWith({}, failing), { view });
      const banner = await screen.findByTestId(testIds.timelineFailingBanner);
      expect(banner.getAttribute('role')).toBe('alert');
      expect(banner.textContent).toBe(
        'Tijdlijn schrijft niet, 1.234 gebeurtenissen wachten: SQLITE_FULL: schijf vol',
      );
    });
  }

  it('says it in English, for one event and an unknown error', async () => {
    renderApp(snapshotWith({}, { ...failing, pending: 1, error: null }), { language: 'en' });
    expect((await screen.findByTestId(testIds.timelineFailingBanner)).textContent).toBe(
      'Timeline is not being written, 1 event waiting: unknown error',
    );
  });

  it('is absent while the timeline is written, or where nothing records', async () => {
    renderApp(snapshotWith({}, null), { view: 'wall' });
    await screen.findByTestId(testIds.domainTile('website'));
    expect(screen.queryByTestId(testIds.timelineFailingBanner)).toBeNull();
  });
});
