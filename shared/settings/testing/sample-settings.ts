import type { SettingsView } from '../settings-contract.ts';

/**
 * A settings page's data for tests: a seat with the defaults, a config with one TOPdesk source
 * whose password the keychain holds and a StatusCake token from the environment, no displays
 * (as in the browser tests), a usable keychain.
 */
export function sampleSettingsView(overrides: Partial<SettingsView> = {}): SettingsView {
  return {
    seat: { language: 'nl', sound: null },
    seatProblem: null,
    configSound: false,
    configFile: '/home/anna/dijkwacht.yaml',
    configProblem: null,
    officeHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '08:00', to: '17:00' },
    sources: [
      {
        id: 'topdesk',
        kind: 'topdesk',
        url: 'https://example.topdesk.net',
        secrets: [{ key: 'password', kind: 'keychain', name: 'topdesk.password', set: true }],
      },
      {
        id: 'statuscake',
        kind: 'statuscake',
        url: 'https://api.statuscake.com',
        secrets: [{ key: 'token', kind: 'env', name: 'STATUSCAKE_TOKEN' }],
      },
    ],
    keychain: { usable: true, backend: 'gnome_libsecret' },
    displays: null,
    ...overrides,
  };
}
