import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleSettingsView } from '../../../shared/settings/testing/sample-settings.ts';
import { testIds } from '../../testids.ts';
import { renderSettings } from './testing/render-settings.tsx';

const SECRET = 's3cr3t-TOPDESK-9f2';

afterEach(cleanup);

const ready = () =>
  screen.findByTestId(testIds.settingsPage).then(async (page) => {
    await waitFor(() => expect(page.getAttribute('data-state')).toBe('ready'));
    return page;
  });
const field = (name: string) => screen.getByTestId<HTMLInputElement>(testIds.settingsField(name));
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });

describe('the settings page', () => {
  it('shows this seat, the keychain and where each secret is kept, in Dutch', async () => {
    renderSettings();
    await ready();
    expect(screen.getByTestId(testIds.settingsKeychain).textContent).toContain(
      'versleuteld bewaard in de sleutelbos van het besturingssysteem',
    );
    const states = screen
      .getAllByTestId(testIds.settingsSecretState)
      .map((line) => [line.getAttribute('data-state'), line.textContent]);
    expect(states).toEqual([
      ['set', 'Wachtwoord: ingesteld (sleutelbos)'],
      ['env', 'API-token: uit omgevingsvariabele STATUSCAKE_TOKEN'],
    ]);
    // The browser tests have no displays: the page says so rather than offering an empty list.
    expect(screen.getByTestId(testIds.settingsNoDisplays).textContent).toContain(
      'Geen schermen bekend',
    );
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>(testIds.settingsOperatorInput).value).toBe(
        'Tess',
      ),
    );
  });

  it('saves the language per seat and switches the UI', async () => {
    const onToggleLanguage = vi.fn();
    const fake = renderSettings({ onToggleLanguage });
    await ready();
    fireEvent.click(screen.getByTestId(testIds.settingsLanguage('en')));
    await waitFor(() => expect(fake.calls('setSettings')).toEqual([{ language: 'en' }]));
    expect(onToggleLanguage).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByTestId(testIds.settingsSound), { target: { value: 'on' } });
    await waitFor(() => expect(fake.calls('setSettings').at(-1)).toEqual({ sound: true }));
  });

  it('checks a new source as the config file does, field by field, before anything is sent', async () => {
    const fake = renderSettings();
    await ready();
    type('id', 'TopDesk');
    type('url', 'http://topdesk.example.nl');
    type('interval', '5 minutes');
    fireEvent.click(screen.getByTestId(testIds.settingsAddSave));
    expect(screen.getByTestId(testIds.settingsFieldError('id')).textContent).toBe(
      'expected an id of lower-case letters, digits and dashes',
    );
    expect(screen.getByTestId(testIds.settingsFieldError('url')).textContent).toBe(
      'expected an https:// URL (plain http is only allowed for loopback, or with allowHttp: true)',
    );
    expect(screen.getByTestId(testIds.settingsFieldError('interval')).textContent).toBe(
      'expected a duration such as 30s, 15m or 6h',
    );
    expect(screen.getByTestId(testIds.settingsFieldError('username')).textContent).toBe(
      'expected a text (missing)',
    );
    expect(screen.getByTestId(testIds.settingsFieldError('password')).textContent).toBe(
      'expected the password or token (missing)',
    );
    // Fixed as the user types: the message goes with the mistake.
    type('interval', '30s');
    expect(screen.queryByTestId(testIds.settingsFieldError('interval'))).toBeNull();
    expect(fake.calls('addSource')).toEqual([]);
    expect(fake.calls('testSource')).toEqual([]);
  });

  it('tests and saves a source; the secret is sent, then kept nowhere in the page', async () => {
    const fake = renderSettings();
    const page = await ready();
    type('id', 'topdesk-2');
    type('url', 'https://example.topdesk.net');
    type('username', 'dijkwacht-api');
    type('password', SECRET);
    fireEvent.click(screen.getByTestId(testIds.settingsTest));
    expect((await screen.findByTestId(testIds.settingsTestResult)).textContent).toBe(
      'Verbonden in 42 ms: 12 gevonden.',
    );
    fireEvent.click(screen.getByTestId(testIds.settingsAddSave));
    const result = await screen.findByTestId(testIds.settingsAddResult);
    expect(result.getAttribute('data-status')).toBe('saved');
    expect(result.textContent).toContain('Bron topdesk-2 opgeslagen in /home/anna/dijkwacht.yaml');
    expect(fake.calls('addSource')).toHaveLength(1);
    expect(fake.calls('addSource')[0]?.secrets).toEqual({ password: SECRET });
    // The new source reads "set", and the form is empty again.
    const added = await screen.findByTestId(testIds.settingsSource('topdesk-2'));
    expect(within(added).getByTestId(testIds.settingsSecretState).getAttribute('data-state')).toBe(
      'set',
    );
    expect(field('password').value).toBe('');
    expect(page.innerHTML).not.toContain(SECRET);
    const cached = JSON.stringify([
      fake.queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state),
      fake.queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state),
    ]);
    expect(cached).not.toContain(SECRET);
  });

  it("shows a failed test in the reader's language, with the source's scrubbed words", async () => {
    const fake = renderSettings({ language: 'en' });
    await ready();
    fake.settings.nextTest = {
      status: 'failed',
      latencyMs: 120,
      category: 'wrong-credentials',
      detail: 'HTTP 401: «secret» not accepted',
    };
    fireEvent.change(screen.getByTestId(testIds.settingsAddKind), {
      target: { value: 'statuscake' },
    });
    type('id', 'statuscake-2');
    type('url', 'https://api.statuscake.com');
    type('token', 'token-abcdef-123');
    fireEvent.click(screen.getByTestId(testIds.settingsTest));
    const outcome = await screen.findByTestId(testIds.settingsTestResult);
    expect(outcome.getAttribute('data-status')).toBe('failed');
    expect(outcome.textContent).toContain(
      'Connection failed (120 ms): wrong or expired credentials',
    );
    expect(outcome.textContent).toContain("The source's details: HTTP 401: «secret» not accepted");
  });

  it("refuses to keep secrets without a real keychain, and explains how to get one (Linux's basic_text)", async () => {
    const fake = renderSettings({
      language: 'en',
      settings: sampleSettingsView({ keychain: { usable: false, reason: 'basic-text' } }),
    });
    await ready();
    const notice = screen.getByTestId(testIds.settingsKeychain);
    expect(notice.getAttribute('data-reason')).toBe('basic-text');
    expect(notice.textContent).toContain('Install and unlock GNOME Keyring');
    expect(notice.textContent).toContain('--password-store=gnome-libsecret');
    // No "replace" for a keychain secret the app cannot store.
    expect(screen.queryByTestId(testIds.settingsSecretReplace)).toBeNull();
    type('id', 'topdesk-2');
    type('url', 'https://example.topdesk.net');
    type('username', 'dijkwacht-api');
    type('password', SECRET);
    fireEvent.click(screen.getByTestId(testIds.settingsAddSave));
    const result = await screen.findByTestId(testIds.settingsAddResult);
    expect(result.getAttribute('data-status')).toBe('keychain-refused');
    expect(result.textContent).toContain('Not saved: This Linux desktop has no keychain');
    expect(fake.settings.view().sources.map((source) => source.id)).toEqual([
      'topdesk',
      'statuscake',
    ]);
  });

  it('replaces a keychain secret: sent once, the field emptied, the answer only "set"', async () => {
    const fake = renderSettings();
    await ready();
    fireEvent.click(screen.getByTestId(testIds.settingsSecretReplace));
    fireEvent.change(screen.getByTestId(testIds.settingsSecretInput), {
      target: { value: SECRET },
    });
    fireEvent.click(screen.getByTestId(testIds.settingsSecretSave));
    await waitFor(() => expect(screen.queryByTestId(testIds.settingsSecretInput)).toBeNull());
    expect(fake.calls('setSecret')).toEqual([
      { source: 'topdesk', key: 'password', value: SECRET },
    ]);
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('checks office hours with the config check and saves them to the config file', async () => {
    const fake = renderSettings({ language: 'en' });
    await ready();
    fireEvent.change(screen.getByTestId(testIds.settingsHoursFrom), { target: { value: '17:00' } });
    fireEvent.change(screen.getByTestId(testIds.settingsHoursTo), { target: { value: '08:00' } });
    fireEvent.click(screen.getByTestId(testIds.settingsHoursSave));
    expect(
      await screen.findByText(
        'expected a time later than from (office hours end on the day they start)',
      ),
    ).toBeTruthy();
    expect(fake.calls('setSettings')).toEqual([]);
    fireEvent.change(screen.getByTestId(testIds.settingsHoursTo), { target: { value: '24:00' } });
    fireEvent.click(screen.getByTestId(testIds.settingsHoursDay('sat')));
    fireEvent.click(screen.getByTestId(testIds.settingsHoursSave));
    await waitFor(() =>
      expect(fake.calls('setSettings')).toEqual([
        {
          officeHours: {
            days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
            from: '17:00',
            to: '24:00',
          },
        },
      ]),
    );
  });

  it("names the config file it runs on and opens another through main's dialog", async () => {
    const fake = renderSettings();
    await ready();
    const section = screen.getByTestId(testIds.settingsConfigFile);
    expect(section.textContent).toContain('Deze app draait op /home/anna/dijkwacht.yaml.');
    fireEvent.click(within(section).getByTestId(testIds.settingsConfigOpen));
    await waitFor(() => expect(fake.calls('openConfig')).toHaveLength(1));
    // Cancelled in the dialog: nothing to say, and nothing changed.
    expect(screen.getByTestId(testIds.settingsConfigResult).textContent).toBe('');
  });

  it('on the built-in demo: nothing to write to, and it says what to do', async () => {
    renderSettings({ settings: sampleSettingsView({ configFile: null, sources: [] }) });
    await ready();
    expect(screen.getByTestId<HTMLButtonElement>(testIds.settingsHoursSave).disabled).toBe(true);
    expect(
      screen.getAllByText(/De ingebouwde demo heeft geen configuratiebestand/).length,
    ).toBeGreaterThan(0);
  });

  it('offers the displays main sees for the wall', async () => {
    const fake = renderSettings({
      language: 'en',
      settings: sampleSettingsView({
        displays: {
          list: [
            { id: 7, number: 1, width: 1920, height: 1080, primary: true },
            { id: 9, number: 2, width: 3840, height: 2160, primary: false },
          ],
          chosen: null,
        },
      }),
    });
    await ready();
    const select = screen.getByTestId<HTMLSelectElement>(testIds.settingsWallDisplay);
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Dijkwacht decides (--display or wall.display, else the primary)',
      'Screen 1 (primary) · 1920×1080',
      'Screen 2 · 3840×2160',
    ]);
    fireEvent.change(select, { target: { value: '9' } });
    await waitFor(() => expect(fake.calls('setSettings')).toEqual([{ wallDisplay: 9 }]));
  });
});
