import { z } from 'zod';

/**
 * Why the app will not keep a secret in the OS keychain (electron/secrets):
 * - `none`: this process has no keychain at all (the command line, a browser test without one);
 * - `unavailable`: Electron's safeStorage says encryption is not available (no keychain, or
 *   a locked one on macOS);
 * - `basic-text`: Linux without a secret service: safeStorage would "encrypt" with a fixed,
 *   public password (its `basic_text` backend), which is plain text in all but name;
 * - `not-ready`: asked before the app was ready (safeStorage's backend `unknown`).
 */
export const keychainRefusalReasons = ['none', 'unavailable', 'basic-text', 'not-ready'] as const;
export type KeychainRefusalReason = (typeof keychainRefusalReasons)[number];

/** Whether secrets entered in the app can be kept, and in which keychain. */
export const keychainStateSchema = z.discriminatedUnion('usable', [
  z.strictObject({
    usable: z.literal(true),
    /** Linux's backend (`gnome_libsecret`, `kwallet5`, …); null on macOS and Windows. */
    backend: z.string().max(40).nullable(),
  }),
  z.strictObject({ usable: z.literal(false), reason: z.enum(keychainRefusalReasons) }),
]);
export type KeychainState = z.infer<typeof keychainStateSchema>;

/**
 * The refusal in English, for the log and for errors thrown in main; the renderer words it in
 * the reader's language from `reason` (renderer/i18n/settings-messages.ts).
 */
export const keychainRefusalText: Readonly<Record<KeychainRefusalReason, string>> = {
  none: 'no OS keychain is available to this process: give the secret as { env: NAME } in the config',
  unavailable:
    'the OS keychain is not available (Electron safeStorage reports no encryption): unlock or set up the keychain, or give the secret as { env: NAME } in the config',
  'basic-text':
    'this Linux desktop has no keychain (Electron safeStorage would use its basic_text backend, which is plain text with a public password), so the secret is not stored: install and unlock GNOME Keyring or KWallet, or start Dijkwacht with --password-store=gnome-libsecret (or kwallet5, kwallet6), or give the secret as { env: NAME } in the config',
  'not-ready': 'the OS keychain was asked before the app was ready: try again in a moment',
};
