import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordedMark, snapshotWith } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { renderDesk } from '../testing/render-desk.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const key = (name: string, target: Element = document.body) =>
  fireEvent.keyDown(target, { key: name });
const tile = (id: string) => screen.getByTestId(testIds.domainTile(id));
const page = () => screen.getByTestId(testIds.deskMain).getAttribute('data-page');

describe('the desk by keyboard', () => {
  it('moves the selection with j and k, opens with o, and goes back with Escape', async () => {
    renderDesk(snapshotWith({}));
    key('j');
    await waitFor(() => expect(document.activeElement).toBe(tile('helpdesk')));
    expect(tile('helpdesk').className).toContain('is-selected');
    key('j');
    await waitFor(() => expect(document.activeElement).toBe(tile('ggd-portal')));
    key('k');
    key('k');
    await waitFor(() => expect(document.activeElement).toBe(tile('escalation')));
    key('o');
    expect(page()).toBe('escalation');
    await waitFor(() => expect(document.activeElement?.tagName).toBe('H2'));
    // In a detail, j and k go to the next domain's detail.
    key('j');
    expect(page()).toBe('helpdesk');
    key('Escape');
    expect(page()).toBe('overview');
    await waitFor(() => expect(document.activeElement).toBe(tile('helpdesk')));
  });

  it('opens a domain by its number, and a focused tile with Enter', () => {
    renderDesk(snapshotWith({}));
    key('4');
    expect(page()).toBe('privacy');
    key('Escape');
    fireEvent.keyDown(tile('website'), { key: 'Enter' });
    expect(page()).toBe('website');
  });

  it('acknowledges the selected domain’s worst unacknowledged mark: a opens its form, focus in the note', async () => {
    const acknowledged = recordedMark(5, {
      severity: 'critical',
      acknowledged: { by: 'Tess', at: '2026-11-29T13:00:00.000Z', note: null, seq: 6 },
    });
    const warning = recordedMark(8, { severity: 'warning' });
    const worst = recordedMark(9, { since: '2026-11-29T12:59:00.000Z' });
    const fake = renderDesk(snapshotWith({ website: [acknowledged, warning, worst] }));
    // Focus selects the tile, as Tab does.
    act(() => tile('website').focus());
    key('a', tile('website'));
    const note = await screen.findByTestId(testIds.acknowledgeNote);
    expect(document.activeElement).toBe(note);
    expect(note.closest('[data-seq]')?.getAttribute('data-seq')).toBe('9');
    // Typing in the note is typing: "a" and "j" do nothing else.
    key('j', note);
    expect(page()).toBe('overview');
    fireEvent.change(note, { target: { value: 'gezien' } });
    fireEvent.submit(note.closest('form')!);
    await waitFor(() =>
      expect(fake.calls('acknowledge')).toEqual([{ raisedSeq: 9, note: 'gezien' }]),
    );
  });

  it('says so when the selected domain has nothing to acknowledge', () => {
    renderDesk(snapshotWith({}), { language: 'en' });
    key('a');
    expect(screen.getByTestId(testIds.deskStatus).textContent).toBe(
      'No domain selected: choose a tile (Tab, j or k)',
    );
    key('j');
    key('a');
    expect(screen.getByTestId(testIds.deskStatus).textContent).toBe(
      'Helpdesk: no unacknowledged mark',
    );
  });

  it('writes a note for the selected domain with n', async () => {
    renderDesk(snapshotWith({}));
    key('4');
    key('n');
    const text = screen.getByTestId(testIds.logText);
    await waitFor(() => expect(document.activeElement).toBe(text));
    expect(screen.getByTestId<HTMLSelectElement>(testIds.logDomain).value).toBe('privacy');
    expect(screen.getByTestId<HTMLInputElement>(testIds.logKind('note')).checked).toBe(true);
  });

  it('lists the shortcuts in the UI’s language with ?, and closes the list with Escape', async () => {
    renderDesk(snapshotWith({}), { language: 'en' });
    key('?');
    const help = screen.getByTestId(testIds.shortcutHelp);
    expect(help.getAttribute('role')).toBe('dialog');
    expect(help.textContent).toContain('jNext domain');
    expect(help.textContent).toContain('aAcknowledge the domain’s worst unacknowledged mark');
    await waitFor(() =>
      expect(document.activeElement).toBe(within(help).getByRole('button', { name: 'Close' })),
    );
    // While it is open, the desk's keys do nothing.
    key('4', document.activeElement!);
    expect(page()).toBe('overview');
    key('Escape', document.activeElement!);
    expect(screen.queryByTestId(testIds.shortcutHelp)).toBeNull();
    expect(page()).toBe('overview');
  });

  it('opens the same list from the application menu (menu:command)', () => {
    const fake = renderDesk(snapshotWith({}));
    act(() => fake.menuCommand({ command: 'show-shortcuts' }));
    expect(screen.getByTestId(testIds.shortcutHelp).textContent).toContain('Volgend domein');
  });

  it('reaches every action with Tab: the switcher, the tiles and their buttons carry no tabindex trap', () => {
    renderDesk(snapshotWith({ website: [recordedMark(3)] }));
    const negative = [...document.querySelectorAll('[tabindex]')].filter(
      (element) => Number(element.getAttribute('tabindex')) > 0,
    );
    expect(negative).toEqual([]);
    for (const id of ['helpdesk', 'website']) expect(tile(id).getAttribute('tabindex')).toBe('0');
    expect(within(tile('website')).getByTestId(testIds.markAcknowledge).tagName).toBe('BUTTON');
  });
});

describe('the page switcher', () => {
  it('shows each domain’s status and marks, and any page registered with it', () => {
    renderDesk(snapshotWith({ website: [recordedMark(3)] }), {
      pages: [{ id: 'extra', labelKey: 'desk.overview', render: () => <p>Extra page</p> }],
    });
    const website = screen.getByTestId(testIds.deskNavDomain('website'));
    expect(website.getAttribute('data-status')).toBe('critical');
    expect(website.textContent).toBe('✖KRITIEK: Website coronamelder.nl1 meldingen');
    fireEvent.click(screen.getByTestId(testIds.deskNavPage('extra')));
    expect(page()).toBe('extra');
    expect(screen.getByText('Extra page')).toBeTruthy();
    expect(screen.getByTestId(testIds.deskNavPage('extra')).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
