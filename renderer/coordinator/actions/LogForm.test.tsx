import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app.tsx';
import { snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('note and decision', () => {
  it('records a decision for a domain, then clears the text for the next one', async () => {
    const fake = renderApp(snapshotWith({}));
    const form = await screen.findByTestId(testIds.logForm);
    fireEvent.click(within(form).getByLabelText('Besluit'));
    fireEvent.change(within(form).getByLabelText('Tekst'), {
      target: { value: 'We schalen op naar Escalatie' },
    });
    fireEvent.change(within(form).getByLabelText('Domein (optioneel)'), {
      target: { value: 'website' },
    });
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('log')).toEqual([
        { kind: 'decision', text: 'We schalen op naar Escalatie', domain: 'website' },
      ]),
    );
    await waitFor(() =>
      expect(within(form).getByLabelText<HTMLTextAreaElement>('Tekst').value).toBe(''),
    );
    expect(fake.events().at(-1)).toMatchObject({ kind: 'decision', actor: 'Tess' });
  });

  it('records a note without a domain, and refuses an empty one', async () => {
    const fake = renderApp(snapshotWith({}), { language: 'en' });
    const form = await screen.findByTestId(testIds.logForm);
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    expect(within(form).getByTestId(testIds.actionError).textContent).toBe('Text is required');
    fireEvent.change(within(form).getByLabelText('Text'), { target: { value: 'Koffie' } });
    fireEvent.click(within(form).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('log')).toEqual([{ kind: 'note', text: 'Koffie', domain: null }]),
    );
  });
});
