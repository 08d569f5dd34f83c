import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testIds } from '../../testids.ts';
import { fakeLayout } from '../../test/layout.ts';
import { renderApp } from '../../test/render-app.tsx';
import { manyNotes } from '../../test/sample-events.ts';
import { snapshotWith } from '../../test/sample-snapshots.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openExport(language: 'nl' | 'en' = 'nl', holdExports = false) {
  fakeLayout();
  const fake = renderApp(snapshotWith({}), {
    view: 'timeline',
    language,
    events: manyNotes(12),
    holdExports,
  });
  fireEvent.click(await screen.findByTestId(testIds.exportOpen));
  return { fake, form: screen.getByTestId(testIds.exportForm) };
}

describe('export', () => {
  it('exports the chosen format, period and domain, redacted unless unticked', async () => {
    const { fake, form } = await openExport();
    const redact = within(form).getByLabelText<HTMLInputElement>('Geanonimiseerd (Woo 5.1.2e)');
    expect(redact.checked).toBe(true);
    fireEvent.change(within(form).getByTestId(testIds.exportFormat), { target: { value: 'csv' } });
    fireEvent.change(within(form).getByTestId(testIds.exportFrom), {
      target: { value: '2026-11-29T09:00' },
    });
    fireEvent.change(within(form).getByTestId(testIds.exportDomain), {
      target: { value: 'helpdesk' },
    });
    fireEvent.click(redact);
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('exportTimeline')).toEqual([
        {
          format: 'csv',
          redact: false,
          from: '2026-11-29T08:00:00.000Z',
          to: null,
          domain: 'helpdesk',
        },
      ]),
    );
    expect((await screen.findByTestId(testIds.exportResult)).textContent).toBe(
      'Opgeslagen: /tmp/tijdlijn.csv (4 gebeurtenissen)',
    );
  });

  it('starts from the timeline view’s own filter', async () => {
    fakeLayout();
    renderApp(snapshotWith({}), { view: 'timeline', events: manyNotes(3) });
    fireEvent.change(await screen.findByTestId(testIds.timelineFilterDomain), {
      target: { value: 'website' },
    });
    fireEvent.click(screen.getByTestId(testIds.exportOpen));
    expect(screen.getByTestId<HTMLSelectElement>(testIds.exportDomain).value).toBe('website');
  });

  it('shows progress while main writes, then the file and the count', async () => {
    const { fake, form } = await openExport('en', true);
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() => expect(fake.listenerCount()).toBe(5));
    expect(within(form).getByTestId<HTMLButtonElement>(testIds.actionSubmit).textContent).toBe(
      'Exporting…',
    );
    act(() => fake.exportProgress({ done: 600, total: 1234 }));
    const progress = await screen.findByTestId(testIds.exportProgress);
    expect(progress.textContent).toBe('600 of 1,234 events');
    expect(progress.querySelector('progress')?.value).toBe(600);

    act(() => fake.finishExport({ status: 'saved', file: 'D:\\tijdlijn.pdf', events: 1234 }));
    expect((await screen.findByTestId(testIds.exportResult)).textContent).toBe(
      'Saved: D:\\tijdlijn.pdf (1,234 events)',
    );
    expect(screen.queryByTestId(testIds.exportProgress)).toBeNull();
    // Back to the pushes every view keeps: status:changed, timeline:appended, domain:show,
    // menu:command (export:progress is the fifth, only while an export runs).
    expect(fake.listenerCount()).toBe(4);
  });

  it('says so when the save dialog was cancelled', async () => {
    const { fake, form } = await openExport('nl', true);
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() => expect(fake.calls('exportTimeline')).toHaveLength(1));
    act(() => fake.finishExport({ status: 'cancelled' }));
    const result = await screen.findByTestId(testIds.exportResult);
    expect(result.textContent).toBe('Exporteren geannuleerd');
    expect(result.dataset.status).toBe('cancelled');
  });
});
