import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WarRoomState } from '../../../shared/ipc/contract.ts';
import { sampleSettingsView } from '../../../shared/settings/testing/sample-settings.ts';
import { testIds } from '../../testids.ts';
import { renderSettings, type RenderSettingsOptions } from './testing/render-settings.tsx';

const PASSWORD = 's3cr3t-WARROOM-9f2';
const URL = 'postgres://dijkwacht@db.example.nl:5432/warroom?sslmode=verify-full';
const SEAT: WarRoomState = {
  role: 'seat',
  store: 'dijkwacht@db.example.nl:5432/warroom',
  connected: true,
  since: null,
  collector: { label: 'dijkwacht collect', host: 'host-a' },
  problem: null,
  error: null,
};

afterEach(cleanup);

async function open(options: RenderSettingsOptions = {}) {
  const fake = renderSettings(options);
  const section = await screen.findByTestId(testIds.settingsWarRoom);
  await waitFor(() => expect(screen.getByTestId(testIds.settingsWarRoomNow)).toBeTruthy());
  return { fake, section };
}
const byId = <T extends HTMLElement = HTMLElement>(id: string) => screen.getByTestId<T>(id);
const result = () => byId(testIds.settingsWarRoomResult);
const type = (id: string, value: string) => fireEvent.change(byId(id), { target: { value } });

describe('the shared war room on the settings page', () => {
  it('says this app is a dashboard of its own, tests a server and joins it, in Dutch', async () => {
    const { fake, section } = await open();
    expect(section.getAttribute('data-role')).toBe('single');
    expect(byId(testIds.settingsWarRoomNow).textContent).toBe(
      'Deze app is een eigen dashboard: hij peilt zelf de bronnen en houdt zijn tijdlijn in timeline.sqlite.',
    );
    expect(screen.queryByTestId(testIds.settingsWarRoomLeave)).toBeNull();
    // Nothing is sent without an address.
    fireEvent.click(byId(testIds.settingsWarRoomTest));
    expect(result().getAttribute('data-status')).toBe('required');
    expect(byId(testIds.settingsWarRoomUrl).getAttribute('aria-invalid')).toBe('true');
    expect(fake.calls('testWarRoom')).toEqual([]);

    type(testIds.settingsWarRoomUrl, ` ${URL} `);
    type(testIds.settingsWarRoomPassword, PASSWORD);
    fireEvent.click(byId(testIds.settingsWarRoomTest));
    await waitFor(() => expect(result().getAttribute('data-status')).toBe('no-collector'));
    expect(result().textContent).toBe(
      'Verbonden met dijkwacht@db:5432/warroom, maar nog geen collector heeft gepubliceerd.',
    );
    expect(fake.calls('testWarRoom')).toEqual([{ url: URL, password: PASSWORD }]);
    // A test keeps what was typed, so that "Join" can follow.
    expect(byId<HTMLInputElement>(testIds.settingsWarRoomPassword).value).toBe(PASSWORD);

    fireEvent.click(byId(testIds.settingsWarRoomJoin));
    await waitFor(() => expect(result().getAttribute('data-status')).toBe('unavailable'));
    expect(fake.calls('joinWarRoom')).toEqual([{ url: URL, password: PASSWORD }]);
    expect(result().textContent).toContain('kan alleen in de app zelf');
    // Sent once, then gone from the page.
    expect(byId<HTMLInputElement>(testIds.settingsWarRoomPassword).value).toBe('');
    expect(document.body.innerHTML).not.toContain(PASSWORD);
  });

  it('on a seat: who collects, what a test finds, and Leave, in English', async () => {
    const { fake, section } = await open({
      language: 'en',
      warRoom: SEAT,
      warRoomTest: {
        status: 'published',
        store: SEAT.store,
        collector: { label: 'dijkwacht collect', host: 'host-a' },
        title: 'CoronaMelder — lancering',
        timezone: 'Europe/Amsterdam',
        publishedAt: '2026-11-29T13:02:00.000Z',
      },
      warRoomJoin: { status: 'restarting' },
    });
    expect(section.getAttribute('data-role')).toBe('seat');
    expect(byId(testIds.settingsWarRoomNow).textContent).toBe(
      'This app is a seat of the shared war room dijkwacht@db.example.nl:5432/warroom; dijkwacht collect on host-a collects.',
    );
    type(testIds.settingsWarRoomUrl, URL);
    fireEvent.click(byId(testIds.settingsWarRoomTest));
    await waitFor(() => expect(result().getAttribute('data-status')).toBe('published'));
    expect(result().textContent).toBe(
      'Connected to dijkwacht@db.example.nl:5432/warroom: dijkwacht collect on host-a publishes ‘CoronaMelder — lancering’, last at 14:02.',
    );
    // No password typed: none is sent (main takes PGPASSWORD, ~/.pgpass or the kept one).
    expect(fake.calls('testWarRoom')).toEqual([{ url: URL }]);
    fireEvent.click(byId(testIds.settingsWarRoomLeave));
    await waitFor(() => expect(result().getAttribute('data-status')).toBe('restarting'));
    expect(result().textContent).toBe('The app restarts, without the shared war room…');
    expect(fake.calls('leaveWarRoom')).toHaveLength(1);
  });

  it('shows the store’s one-line refusal as an alert', async () => {
    const { fake } = await open({
      language: 'en',
      warRoomJoin: {
        status: 'invalid',
        message: 'anna@db:5432/warroom: the URL carries a password: put the password in PGPASSWORD',
      },
    });
    type(testIds.settingsWarRoomUrl, 'postgres://anna:geheim@db/warroom');
    fireEvent.submit(byId(testIds.settingsWarRoomUrl).closest('form')!);
    await waitFor(() => expect(result().getAttribute('role')).toBe('alert'));
    expect(result().textContent).toBe(
      'Nothing changed: anna@db:5432/warroom: the URL carries a password: put the password in PGPASSWORD',
    );
    expect(fake.calls('joinWarRoom')).toEqual([{ url: 'postgres://anna:geheim@db/warroom' }]);
  });

  it('without a usable keychain: no password field, and where the password comes from instead', async () => {
    await open({
      settings: sampleSettingsView({ keychain: { usable: false, reason: 'basic-text' } }),
    });
    expect(screen.queryByTestId(testIds.settingsWarRoomPassword)).toBeNull();
    expect(byId(testIds.settingsWarRoom).textContent).toContain(
      'geef het via PGPASSWORD of ~/.pgpass',
    );
  });

  it('is reachable by keyboard: labelled fields and buttons in the tab order, the password hidden', async () => {
    const { section } = await open({ warRoom: SEAT });
    const url = within(section).getByLabelText('Adres van de gedeelde dijkwacht');
    const password = within(section).getByLabelText(/Wachtwoord van de server/);
    expect(password.getAttribute('type')).toBe('password');
    expect(password.getAttribute('autocomplete')).toBe('new-password');
    const buttons = ['Verbinding testen', 'Deelnemen (herstart)', 'Verlaten (herstart)'].map(
      (name) => within(section).getByRole('button', { name }),
    );
    for (const element of [url, password, ...buttons]) {
      expect(element.tabIndex).toBe(0);
      element.focus();
      expect(document.activeElement).toBe(element);
    }
    expect(screen.getByRole('region', { name: 'Gedeelde dijkwacht' })).toBeTruthy();
  });
});
