/** The settings page's data-testid values, spread into renderer/testids.ts (shared with e2e). */
export const settingsTestIds = {
  /** The page; `data-state` is loading, ready or error. */
  settingsPage: 'settings-page',
  settingsProblem: 'settings-problem',
  /** Which config file the app runs on, "Open configuration…" and what came of it. */
  settingsConfigFile: 'settings-config-file',
  settingsConfigOpen: 'settings-config-open',
  settingsConfigResult: 'settings-config-result',
  settingsOperatorInput: 'settings-operator-input',
  settingsOperatorSave: 'settings-operator-save',
  settingsLanguage: (language: string) => `settings-language-${language}`,
  settingsSound: 'settings-sound',
  settingsWallDisplay: 'settings-wall-display',
  settingsNoDisplays: 'settings-no-displays',
  settingsHoursDay: (day: string) => `settings-hours-${day}`,
  settingsHoursFrom: 'settings-hours-from',
  settingsHoursTo: 'settings-hours-to',
  settingsHoursSave: 'settings-hours-save',
  /** The keychain's state; carries `data-usable` and `data-reason`. */
  settingsKeychain: 'settings-keychain',
  settingsSource: (id: string) => `settings-source-${id}`,
  /** One secret's state on a configured source: `data-state` is set, not-set or env. */
  settingsSecretState: 'settings-secret-state',
  settingsSecretReplace: 'settings-secret-replace',
  settingsSecretInput: 'settings-secret-input',
  settingsSecretSave: 'settings-secret-save',
  settingsAddForm: 'settings-add-form',
  settingsAddKind: 'settings-add-kind',
  /** A field of the add-source form, by the config's key (id, url, password, …). */
  settingsField: (field: string) => `settings-field-${field}`,
  /** The config check's message under a field. */
  settingsFieldError: (field: string) => `settings-field-error-${field}`,
  settingsTest: 'settings-test',
  /** The test's outcome; `data-status` is ok, failed or invalid. */
  settingsTestResult: 'settings-test-result',
  settingsAddSave: 'settings-add-save',
  /** What saving the source came to; `data-status` as source:add answered. */
  settingsAddResult: 'settings-add-result',
  /** The shared war room: `data-role` is single, collector or seat (docs/war-room.md). */
  settingsWarRoom: 'settings-war-room',
  settingsWarRoomNow: 'settings-war-room-now',
  settingsWarRoomUrl: 'settings-war-room-url',
  settingsWarRoomPassword: 'settings-war-room-password',
  settingsWarRoomTest: 'settings-war-room-test',
  settingsWarRoomJoin: 'settings-war-room-join',
  settingsWarRoomLeave: 'settings-war-room-leave',
  /** What test, join or leave came to; `data-status` as main answered (or `error`). */
  settingsWarRoomResult: 'settings-war-room-result',
  /** "Saved" / "not saved" of a seat setting or the office hours. */
  settingsFeedback: 'settings-feedback',
} as const;
