import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { snapshotWith } from '../test/sample-snapshots.ts';

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
