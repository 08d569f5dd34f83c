import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app.tsx';
import { recordedMark, snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function websiteMark() {
  const tile = await screen.findByTestId(testIds.domainTile('website'));
  return within(tile).getByTestId(testIds.mark);
}

describe('acknowledge', () => {
  it('acknowledges the mark by its seq, with the note, and shows who and when, subdued', async () => {
    const fake = renderApp(snapshotWith({ website: [recordedMark(41)] }));
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.markAcknowledge));
    fireEvent.change(screen.getByLabelText('Notitie (optioneel)'), {
      target: { value: ' Webhelp gebeld ' },
    });
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.actionSubmit));

    await waitFor(() =>
      expect(fake.calls('acknowledge')).toEqual([{ raisedSeq: 41, note: 'Webhelp gebeld' }]),
    );
    const mark = await websiteMark();
    await waitFor(() =>
      expect(within(mark).getByTestId(testIds.markState).textContent).toBe(
        'bevestigd door Tess om 14:05: Webhelp gebeld',
      ),
    );
    expect(mark.className).toContain('is-acknowledged');
    expect(within(mark).queryByTestId(testIds.markAcknowledge)).toBeNull();
    expect(within(mark).getByTestId(testIds.actionSaved).textContent).toBe(
      'Vastgelegd om 14:05 (#1)',
    );
  });

  it('leaves out an empty note', async () => {
    const fake = renderApp(snapshotWith({ website: [recordedMark(7)] }), { language: 'en' });
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.markAcknowledge));
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.actionSubmit));
    await waitFor(() => expect(fake.calls('acknowledge')).toEqual([{ raisedSeq: 7 }]));
    await waitFor(async () =>
      expect(within(await websiteMark()).getByTestId(testIds.markState).textContent).toBe(
        'acknowledged by Tess at 14:05',
      ),
    );
  });

  it('shows why it failed, keeps the note, and lets the user try again', async () => {
    const fake = renderApp(snapshotWith({ website: [recordedMark(41)] }));
    fake.failNext('acknowledge', 'de tijdlijn is niet bereikbaar');
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.markAcknowledge));
    const note = screen.getByLabelText<HTMLTextAreaElement>('Notitie (optioneel)');
    fireEvent.change(note, { target: { value: 'gezien' } });
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.actionSubmit));
    expect((await screen.findByTestId(testIds.actionError)).textContent).toBe(
      'Niet vastgelegd: de tijdlijn is niet bereikbaar',
    );
    expect(note.value).toBe('gezien');
    expect(
      within(await websiteMark()).getByTestId<HTMLButtonElement>(testIds.actionSubmit).disabled,
    ).toBe(false);
  });

  it('offers no actions for a mark nothing records', async () => {
    renderApp(snapshotWith({ website: [recordedMark(1, { seq: null })] }));
    expect(within(await websiteMark()).queryByTestId(testIds.markAcknowledge)).toBeNull();
  });
});

describe('snooze', () => {
  it('requires a reason before anything is sent', async () => {
    const fake = renderApp(snapshotWith({ website: [recordedMark(41)] }));
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.markSnooze));
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.actionSubmit));
    expect(screen.getByTestId(testIds.actionError).textContent).toBe('Een reden is verplicht');
    expect(screen.getByLabelText('Reden').getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls('snooze')).toEqual([]);
  });

  it('snoozes for the chosen time with the reason, and says until when', async () => {
    const fake = renderApp(snapshotWith({ website: [recordedMark(41)] }));
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.markSnooze));
    fireEvent.click(screen.getByLabelText('1 uur'));
    fireEvent.change(screen.getByLabelText('Reden'), { target: { value: 'onderhoud KPN' } });
    fireEvent.click(within(await websiteMark()).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('snooze')).toEqual([
        { raisedSeq: 41, forMs: 3_600_000, reason: 'onderhoud KPN' },
      ]),
    );
    await waitFor(async () =>
      expect(within(await websiteMark()).getByTestId(testIds.markState).textContent).toBe(
        'gesluimerd tot 15:05 — onderhoud KPN',
      ),
    );
    expect((await websiteMark()).className).toContain('is-snoozed');
  });
});
