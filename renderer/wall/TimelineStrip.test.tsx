import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { RECENT_EVENTS } from '../api/timeline-queries.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testIds } from '../testids.ts';
import { renderApp } from '../test/render-app.tsx';
import { draftOf, manyNotes, noteEvent } from '../test/sample-events.ts';
import { recordedMark, snapshotWith, TEST_NOW } from '../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const stripLines = () =>
  screen.getAllByTestId(testIds.timelineStripItem).map((item) => item.textContent);

describe('wall: the latest events', () => {
  it('reads the newest once, then follows timeline:appended without asking again', async () => {
    const fake = renderApp(snapshotWith({}), { view: 'wall', events: manyNotes(RECENT_EVENTS) });
    await waitFor(() =>
      expect(screen.getAllByTestId(testIds.timelineStripItem)).toHaveLength(RECENT_EVENTS),
    );
    // Seq 8 is at 08:08 UTC: 09:08 on the war room's clock.
    expect(stripLines().slice(0, 2)).toEqual(['09:12Notitie 12', '09:11Notitie 11']);

    act(() => fake.append([draftOf(noteEvent(13, 'Besluit: opschalen', 'privacy'))]));
    await waitFor(() => expect(stripLines()[0]).toBe('09:13Besluit: opschalen'));
    expect(stripLines()).toHaveLength(RECENT_EVENTS);
    expect(fake.calls('getTimelinePage')).toEqual([
      { filter: {}, offset: 0, limit: RECENT_EVENTS },
    ]);
  });

  it('labels acknowledged and snoozed marks quietly, and offers no controls', async () => {
    const acknowledged = recordedMark(4, {
      acknowledged: { by: 'Tess', at: TEST_NOW.toISOString(), note: null, seq: 9 },
    });
    const snoozed = recordedMark(5, {
      since: '2026-11-29T12:30:00.000Z',
      snoozed: {
        by: 'Tess',
        at: TEST_NOW.toISOString(),
        until: '2026-11-29T14:00:00.000Z',
        reason: 'onderhoud',
        seq: 10,
      },
    });
    renderApp(snapshotWith({ website: [acknowledged, snoozed] }), { view: 'wall' });
    const tile = await screen.findByTestId(testIds.domainTile('website'));
    const marks = within(tile).getAllByTestId(testIds.mark);
    // Both seen to: newest first (the snooze's mark is the newer one).
    expect(marks.map((mark) => within(mark).getByTestId(testIds.markState).textContent)).toEqual([
      'gesluimerd',
      'bevestigd',
    ]);
    expect(marks[1]?.className).toContain('is-acknowledged');
    expect(within(tile).queryAllByRole('button')).toEqual([]);
  });
});
