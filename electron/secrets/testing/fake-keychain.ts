import type { Keychain } from '../keychain.ts';

export interface FakeKeychainOptions {
  /** What getSelectedStorageBackend answers (Linux); default `gnome_libsecret`. */
  readonly backend?: string;
  readonly available?: boolean;
  /** decryptString throws, as a locked or foreign keychain does. */
  readonly refuseDecrypt?: boolean;
}

const KEY = 0x5a;
const PREFIX = Buffer.from('fake-keychain:v1:');

/**
 * A stand-in for Electron's safeStorage in tests and the browser harness. Its "ciphertext"
 * XORs every byte and is prefixed, so the plain secret (and its base64) never appears in what
 * the store writes, as with a real keychain; it is no protection, and ships nowhere.
 */
export function fakeKeychain(options: FakeKeychainOptions = {}): Keychain & {
  readonly encrypted: number;
} {
  let encrypted = 0;
  return {
    get encrypted() {
      return encrypted;
    },
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plainText) => {
      encrypted += 1;
      return Buffer.concat([PREFIX, xor(Buffer.from(plainText, 'utf8'))]);
    },
    decryptString: (ciphertext) => {
      if (options.refuseDecrypt || !ciphertext.subarray(0, PREFIX.length).equals(PREFIX))
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        );
      return xor(ciphertext.subarray(PREFIX.length)).toString('utf8');
    },
  };
}

function xor(bytes: Buffer): Buffer {
  return Buffer.from(bytes.map((byte) => byte ^ KEY));
}
