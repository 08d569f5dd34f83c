import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keychainState } from './keychain.ts';
import { fakeKeychain } from './testing/fake-keychain.ts';

describe('keychainState: may this keychain hold a secret?', () => {
  it("refuses Linux's basic_text backend even when safeStorage says encryption is available", () => {
    // Reports differ between Electron versions on what isEncryptionAvailable() says here.
    for (const available of [true, false]) {
      assert.deepEqual(keychainState(fakeKeychain({ backend: 'basic_text', available }), 'linux'), {
        usable: false,
        reason: 'basic-text',
      });
    }
  });

  it('accepts a real secret service on Linux, and names it', () => {
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      assert.deepEqual(keychainState(fakeKeychain({ backend }), 'linux'), {
        usable: true,
        backend,
      });
    }
  });

  it('waits for the app to be ready (backend unknown) and refuses a keychain that is not available', () => {
    assert.deepEqual(keychainState(fakeKeychain({ backend: 'unknown' }), 'linux'), {
      usable: false,
      reason: 'not-ready',
    });
    assert.deepEqual(keychainState(fakeKeychain({ available: false }), 'linux'), {
      usable: false,
      reason: 'unavailable',
    });
    assert.deepEqual(keychainState(fakeKeychain({ available: false }), 'darwin'), {
      usable: false,
      reason: 'unavailable',
    });
  });

  it('trusts macOS and Windows when encryption is available (Keychain, DPAPI)', () => {
    const keychain = fakeKeychain();
    const withoutBackend = {
      isEncryptionAvailable: keychain.isEncryptionAvailable,
      encryptString: keychain.encryptString,
      decryptString: keychain.decryptString,
    };
    assert.deepEqual(keychainState(withoutBackend, 'darwin'), { usable: true, backend: null });
    assert.deepEqual(keychainState(fakeKeychain(), 'win32'), { usable: true, backend: null });
  });

  it('has nothing to offer without a keychain (the command line, a browser test)', () => {
    assert.deepEqual(keychainState(null, 'linux'), { usable: false, reason: 'none' });
  });
});
