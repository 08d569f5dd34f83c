import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app.tsx';
import { snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const securityTile = async () => screen.findByTestId(testIds.domainTile('security'));

describe('informed', () => {
  it('records who was told in two clicks: the button, then the role', async () => {
    const fake = renderApp(snapshotWith({}));
    const tile = await securityTile();
    fireEvent.click(within(tile).getByTestId(testIds.domainInformed));
    // The line in force is shown where the role is picked.
    expect(within(tile).getByRole('group', { name: 'Wie is geïnformeerd?' }).textContent).toContain(
      'Communicatielijn:',
    );
    fireEvent.click(within(tile).getByRole('button', { name: 'Security – coördinatie' }));
    await waitFor(() =>
      expect(fake.calls('informed')).toEqual([
        { domain: 'security', role: 'security-coordination' },
      ]),
    );
    await waitFor(() =>
      expect(within(tile).getByTestId(testIds.actionSaved).textContent).toContain('Vastgelegd'),
    );
    expect(within(tile).queryByTestId(testIds.informedRole('security-coordination'))).toBeNull();
  });
});

describe('criterion met by hand', () => {
  it('requires a reason, declares it met, then withdraws it with a reason', async () => {
    const fake = renderApp(snapshotWith({}), { language: 'en' });
    let tile = await securityTile();
    expect(within(tile).queryByTestId(testIds.domainWithdraw)).toBeNull();
    fireEvent.click(within(tile).getByTestId(testIds.domainCriterion));
    fireEvent.click(within(tile).getByTestId(testIds.actionSubmit));
    expect(within(tile).getByTestId(testIds.actionError).textContent).toBe('A reason is required');
    expect(fake.calls('criterion')).toEqual([]);

    fireEvent.change(within(tile).getByLabelText('Reason'), {
      target: { value: 'SOC belde: phishing' },
    });
    fireEvent.click(within(tile).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('criterion')).toEqual([
        { domain: 'security', met: true, reason: 'SOC belde: phishing' },
      ]),
    );
    tile = await securityTile();
    await waitFor(() =>
      expect(within(tile).getByTestId(testIds.mark).textContent).toContain('SOC belde: phishing'),
    );

    fireEvent.click(within(tile).getByTestId(testIds.domainWithdraw));
    fireEvent.change(within(tile).getByLabelText('Reason'), { target: { value: 'vals alarm' } });
    fireEvent.click(within(tile).getByTestId(testIds.actionSubmit));
    await waitFor(() =>
      expect(fake.calls('criterion').at(-1)).toEqual({
        domain: 'security',
        met: false,
        reason: 'vals alarm',
      }),
    );
    await waitFor(() => expect(within(tile).queryByTestId(testIds.mark)).toBeNull());
    expect(within(tile).queryByTestId(testIds.domainWithdraw)).toBeNull();
  });
});
