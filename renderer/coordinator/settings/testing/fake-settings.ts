import type {
  SecretSetResult,
  SettingsChange,
  SettingsView,
  SourceAddResult,
  SourceTestResult,
} from '../../../../shared/settings/settings-contract.ts';
import { checkSourceDraft } from '../../../../shared/settings/source-checks.ts';
import { keychainNameFor, type SourceDraft } from '../../../../shared/settings/source-draft.ts';
import { sampleSettingsView } from '../../../../shared/settings/testing/sample-settings.ts';

/**
 * Main's settings services for component tests: the page's data in memory, checked with the
 * same shared checks as main. Like main, it keeps no secret it was sent: it remembers "set".
 */
export class FakeSettings {
  #view: SettingsView;
  /** What the next `source:test` answers (ok by default). */
  nextTest: SourceTestResult = { status: 'ok', latencyMs: 42, items: 12 };

  constructor(view: SettingsView = sampleSettingsView()) {
    this.#view = view;
  }

  view(): SettingsView {
    return this.#view;
  }

  set(view: Partial<SettingsView>): void {
    this.#view = { ...this.#view, ...view };
  }

  change(request: SettingsChange): SettingsView {
    const { language, sound, wallDisplay, officeHours } = request;
    const view = this.#view;
    this.#view = {
      ...view,
      seat: {
        language: language ?? view.seat.language,
        sound: sound === undefined ? view.seat.sound : sound,
      },
      ...(officeHours ? { officeHours } : {}),
      ...(wallDisplay !== undefined && view.displays
        ? { displays: { ...view.displays, chosen: wallDisplay } }
        : {}),
    };
    return this.#view;
  }

  test(draft: SourceDraft): SourceTestResult {
    const check = checkSourceDraft(draft, { existingIds: [] });
    return check.ok ? this.nextTest : { status: 'invalid', issues: [...check.issues] };
  }

  add(draft: SourceDraft): SourceAddResult {
    const view = this.#view;
    if (!view.configFile) return { status: 'no-config-file' };
    const check = checkSourceDraft(draft, { existingIds: view.sources.map((source) => source.id) });
    if (!check.ok) return { status: 'invalid', issues: [...check.issues] };
    if (check.secrets.size > 0 && !view.keychain.usable)
      return { status: 'keychain-refused', reason: view.keychain.reason };
    const secrets = [...check.secrets.keys()].map((key) => ({
      key,
      kind: 'keychain' as const,
      name: keychainNameFor(draft.id, key),
      set: true,
    }));
    this.#view = {
      ...view,
      sources: [...view.sources, { id: draft.id, kind: draft.kind, url: draft.url, secrets }],
    };
    return { status: 'saved', id: draft.id, configFile: view.configFile };
  }

  setSecret(request: { source: string; key: string }): SecretSetResult {
    if (!this.#view.keychain.usable)
      return { state: 'not set', reason: this.#view.keychain.reason, issue: null };
    this.#view = {
      ...this.#view,
      sources: this.#view.sources.map((source) =>
        source.id !== request.source
          ? source
          : {
              ...source,
              secrets: source.secrets.map((secret) =>
                secret.key === request.key && secret.kind === 'keychain'
                  ? { ...secret, set: true }
                  : secret,
              ),
            },
      ),
    };
    return { state: 'set' };
  }
}
