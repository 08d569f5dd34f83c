import type { KeychainState } from '../../shared/settings/keychain-state.ts';

/**
 * The part of Electron's safeStorage the secret store uses, injected so that tests (and the
 * browser harness) hand in a fake. Electron 45 has these synchronous methods; the docs mark
 * them deprecated in favour of the async ones, planned to go in Electron 46 — only this file
 * and secret-store.ts would change then.
 */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: the password store Electron chose (`basic_text`, `gnome_libsecret`, `kwallet5`, …). */
  getSelectedStorageBackend?(): string;
}

/**
 * Whether the keychain may hold a secret. `isEncryptionAvailable()` alone is not enough: on
 * Linux, reports differ between versions on what it says for the `basic_text` backend, which
 * encrypts with a hard-coded password (Electron's safeStorage docs; grafana/k6-studio#940 checks
 * the backend the same way). So on Linux the backend must be a real secret service.
 */
export function keychainState(keychain: Keychain | null, platform: NodeJS.Platform): KeychainState {
  if (!keychain) return { usable: false, reason: 'none' };
  if (platform === 'linux') {
    const backend = keychain.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'unknown') return { usable: false, reason: 'not-ready' };
    if (backend === 'basic_text') return { usable: false, reason: 'basic-text' };
    if (!keychain.isEncryptionAvailable()) return { usable: false, reason: 'unavailable' };
    return { usable: true, backend: backend.slice(0, 40) };
  }
  if (!keychain.isEncryptionAvailable()) return { usable: false, reason: 'unavailable' };
  return { usable: true, backend: null };
}
