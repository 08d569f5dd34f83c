import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testIds } from '../testids.ts';
import { fakeLayout } from '../test/layout.ts';
import { renderApp } from '../test/render-app.tsx';
import {
  draftOf,
  followUpEvent,
  manyNotes,
  noteEvent,
  raisedEvent,
} from '../test/sample-events.ts';
import { snapshotWith } from '../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const shownSeqs = () =>
  screen
    .queryAllByTestId(/^timeline-row-/)
    .map((row) => Number(row.dataset.seq))
    .filter(Number.isFinite);

describe('timeline view', () => {
  it('asks main for the filter the user set: domain, kind, period on the war room’s clock, text', async () => {
    fakeLayout();
    const fake = renderApp(snapshotWith({}), { view: 'timeline', events: manyNotes(30) });
    await screen.findByTestId(testIds.timelineRow(30));
    fireEvent.change(screen.getByTestId(testIds.timelineFilterDomain), {
      target: { value: 'website' },
    });
    fireEvent.change(screen.getByTestId(testIds.timelineFilterKind), { target: { value: 'note' } });
    fireEvent.change(screen.getByTestId(testIds.timelineFilterFrom), {
      target: { value: '2026-11-29T09:05' },
    });
    fireEvent.change(screen.getByTestId(testIds.timelineSearch), {
      target: { value: ' notitie ' },
    });
    await waitFor(() =>
      expect(fake.calls('getTimelinePage').at(-1)).toEqual({
        // 09:05 in Amsterdam in November is 08:05 UTC.
        filter: {
          domains: ['website'],
          kinds: ['note'],
          from: '2026-11-29T08:05:00.000Z',
          text: 'notitie',
        },
        offset: 0,
        limit: 200,
      }),
    );
    await waitFor(() => expect(shownSeqs()).toEqual([29, 26, 23, 20, 17, 14, 11, 8, 5]));
    expect(screen.getByTestId(testIds.timelineTotal).textContent).toBe('9 gebeurtenissen');

    fireEvent.click(screen.getByTestId(testIds.timelineClearFilters));
    await waitFor(() => expect(shownSeqs()).toHaveLength(18));
  });

  it('draws only the rows in view out of 100,000, and fetches pages by offset as it scrolls', async () => {
    fakeLayout(560, 56);
    const fake = renderApp(snapshotWith({}), { view: 'timeline', events: manyNotes(100_000) });
    await screen.findByTestId(testIds.timelineRow(100_000));
    expect(screen.getByTestId(testIds.timelineTotal).textContent).toBe('100.000 gebeurtenissen');
    expect(shownSeqs().length).toBeLessThan(30);
    expect(fake.calls('getTimelinePage').map((call) => call.offset)).toEqual([0]);

    const scroller = screen.getByTestId(testIds.timelineList);
    scroller.scrollTop = 56 * 50_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(shownSeqs()).toContain(50_000));
    expect(shownSeqs().length).toBeLessThan(30);
    expect(fake.calls('getTimelinePage').map((call) => call.offset)).toContain(49_800);
  });

  it('links a raising to its acknowledgement and clearing, and back, clearing a filter on the way', async () => {
    fakeLayout();
    const raised = raisedEvent(3);
    const events = [
      noteEvent(1, 'begin'),
      noteEvent(2, 'koffie'),
      raised,
      ...[4, 5, 6, 7, 8, 9].map((seq) => noteEvent(seq, `notitie ${seq}`)),
      followUpEvent(10, 'mark-acknowledged', raised),
      noteEvent(11, 'nog een'),
      followUpEvent(12, 'mark-cleared', raised),
    ];
    renderApp(snapshotWith({}), { view: 'timeline', events });
    const raisedRow = await screen.findByTestId(testIds.timelineRow(3));
    fireEvent.click(await within(raisedRow).findByText('bevestigd #10'));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.timelineRow(10)).getAttribute('aria-current')).toBe('true'),
    );
    expect(within(raisedRow).getByText('opgeheven #12')).toBeTruthy();

    fireEvent.change(screen.getByTestId(testIds.timelineFilterKind), {
      target: { value: 'mark-cleared' },
    });
    await waitFor(() => expect(shownSeqs()).toEqual([12]));
    const clearing = screen.getByTestId(testIds.timelineRow(12));
    fireEvent.click(within(clearing).getByTestId(testIds.timelineLink(3)));
    await waitFor(() =>
      expect(screen.getByTestId(testIds.timelineRow(3)).getAttribute('aria-current')).toBe('true'),
    );
    expect(screen.getByTestId<HTMLSelectElement>(testIds.timelineFilterKind).value).toBe('');
    expect(document.activeElement).toBe(screen.getByTestId(testIds.timelineRow(3)));
  });

  it('shows new events as main appends them', async () => {
    fakeLayout();
    const fake = renderApp(snapshotWith({}), { view: 'timeline', events: manyNotes(3) });
    await screen.findByTestId(testIds.timelineRow(3));
    act(() => fake.append([draftOf(noteEvent(4, 'net binnen'))]));
    expect(await screen.findByTestId(testIds.timelineRow(4))).toBeTruthy();
    expect(screen.getByTestId(testIds.timelineTotal).textContent).toBe('4 gebeurtenissen');
  });
});
