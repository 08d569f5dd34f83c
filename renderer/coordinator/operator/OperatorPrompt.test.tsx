import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app.tsx';
import { snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('operator prompt', () => {
  it('asks a new seat for a name before anything else, and records it', async () => {
    const fake = renderApp(snapshotWith({}), { operator: null });
    const prompt = await screen.findByTestId(testIds.operatorPrompt);
    expect(prompt.getAttribute('role')).toBe('dialog');
    // Everything behind the prompt is inert: no action can start without a name.
    expect(screen.getByTestId(testIds.app).closest('[inert]')).not.toBeNull();

    fireEvent.click(screen.getByTestId(testIds.operatorSave));
    expect(screen.getByTestId(testIds.actionError).textContent).toBe('Vul je naam in');
    expect(fake.calls('setOperator')).toEqual([]);

    fireEvent.change(screen.getByLabelText('Je naam'), { target: { value: '  Anna de Vries ' } });
    fireEvent.click(screen.getByTestId(testIds.operatorSave));
    await waitFor(() => expect(screen.queryByTestId(testIds.operatorPrompt)).toBeNull());
    expect(fake.calls('setOperator')).toEqual([{ name: 'Anna de Vries' }]);
    expect(screen.getByTestId(testIds.operatorButton).textContent).toContain(
      'Operator: Anna de Vries',
    );
    expect(screen.getByTestId(testIds.app).closest('[inert]')).toBeNull();
  });

  it('does not ask a seat that has a name, and lets it change the name from the header', async () => {
    const fake = renderApp(snapshotWith({}), { operator: 'Tess', language: 'en' });
    fireEvent.click(await screen.findByTestId(testIds.operatorButton));
    const input = screen.getByLabelText<HTMLInputElement>('Your name');
    expect(input.value).toBe('Tess');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId(testIds.operatorPrompt)).toBeNull();
    expect(fake.calls('setOperator')).toEqual([]);
  });

  it('shows why a name was refused and keeps it', async () => {
    const fake = renderApp(snapshotWith({}), { operator: null });
    fake.failNext('setOperator', "Error invoking remote method 'operator:set': Error: te lang");
    fireEvent.change(await screen.findByLabelText('Je naam'), { target: { value: 'Anna' } });
    fireEvent.click(screen.getByTestId(testIds.operatorSave));
    expect((await screen.findByTestId(testIds.actionError)).textContent).toBe('te lang');
    expect(screen.getByLabelText<HTMLInputElement>('Je naam').value).toBe('Anna');
  });
});
