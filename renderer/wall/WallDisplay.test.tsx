import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { snapshotWith } from '../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the wall and its charts', () => {
  it('asks for the charts again at once when a status changes, not only on the clock', async () => {
    const fake = renderApp(snapshotWith({}), { view: 'wall' });
    await screen.findByTestId(testIds.domainTile('website'));
    await waitFor(() => expect(fake.calls('getCharts')).toHaveLength(1));
    // The heartbeat: the same situation, a new snapshot object. No new question.
    act(() => fake.push({ ...snapshotWith({}) }));
    expect(fake.calls('getCharts')).toHaveLength(1);
    act(() => fake.push(snapshotWith({ website: [sampleMark('check-down')] })));
    await waitFor(() => expect(fake.calls('getCharts')).toHaveLength(2));
  });
});
