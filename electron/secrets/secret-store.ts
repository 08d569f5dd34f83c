import { readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { KEYCHAIN_NAME_PATTERN } from '../../shared/config/fields.ts';
import type { KeychainReader } from '../../shared/config/resolve-secrets.ts';
import { err, ok, type Result } from '../../shared/result.ts';
import {
  keychainRefusalText,
  type KeychainRefusalReason,
  type KeychainState,
} from '../../shared/settings/keychain-state.ts';
import { WriteQueue, writeFileAtomic } from '../files/atomic-file.ts';
import { keychainState, type Keychain } from './keychain.ts';

/** The longest secret kept: tokens and passwords are far shorter; a paste of a file is not one. */
export const MAX_SECRET_LENGTH = 4_096;
/** How many secrets the store keeps: a few per source. */
const MAX_SECRETS = 200;
const FILE_NAME = 'secrets.json';

const storeFileSchema = z.strictObject({
  format: z.literal('dijkwacht-secrets'),
  version: z.literal(1),
  /** Name → safeStorage ciphertext, base64. Never the secret itself. */
  secrets: z.record(
    z.string().regex(KEYCHAIN_NAME_PATTERN),
    z.base64().max(4 * MAX_SECRET_LENGTH + 1_024),
  ),
});

/** A secret the store will not keep: the keychain is missing or insecure. */
export class KeychainRefusedError extends Error {
  override readonly name = 'KeychainRefusedError';
  readonly reason: KeychainRefusalReason;

  constructor(reason: KeychainRefusalReason) {
    super(`Dijkwacht did not store the secret: ${keychainRefusalText[reason]}`);
    this.reason = reason;
  }
}

/**
 * The secrets entered in the app, encrypted by the OS keychain (Electron's safeStorage) and
 * kept as ciphertext in `secrets.json` in the app's data folder: safeStorage only encrypts,
 * it stores nothing. It refuses to store when the keychain is missing or would keep the
 * secret in plain text (keychainState), and never writes a secret any other way.
 */
export class SecretStore implements KeychainReader {
  readonly #file: string;
  readonly #keychain: Keychain | null;
  readonly #platform: NodeJS.Platform;
  readonly #writes = new WriteQueue();
  #ciphertexts: Map<string, string>;
  /** Why the file could not be read, when it could not: every read then says so. */
  #damaged: string | null;

  private constructor(options: SecretStoreOptions, loaded: Loaded) {
    this.#file = path.join(options.dataDir, FILE_NAME);
    this.#keychain = options.keychain;
    this.#platform = options.platform ?? process.platform;
    this.#ciphertexts = loaded.ciphertexts;
    this.#damaged = loaded.damaged;
  }

  /** Reads `secrets.json` (no file: no secrets yet). A damaged file is kept, never overwritten unseen. */
  static async open(options: SecretStoreOptions): Promise<SecretStore> {
    return new SecretStore(options, await load(path.join(options.dataDir, FILE_NAME)));
  }

  state(): KeychainState {
    return keychainState(this.#keychain, this.#platform);
  }

  has(name: string): boolean {
    return this.#ciphertexts.has(name);
  }

  /** The secret under `name`, or why there is none, in words that never hold it. */
  read(name: string): Result<string, string> {
    const ciphertext = this.#ciphertexts.get(name);
    if (ciphertext === undefined) {
      return err(
        this.#damaged
          ? `expected the keychain secret ${name}, but the app's secret store ${this.#file} ${this.#damaged} (enter the secret again under Settings)`
          : `expected the keychain secret ${name}, but the app's keychain holds no secret of that name (enter it under Settings)`,
      );
    }
    const state = this.state();
    if (!state.usable)
      return err(
        `the keychain secret ${name} cannot be read: ${keychainRefusalText[state.reason]}`,
      );
    try {
      return ok(this.#keychain!.decryptString(Buffer.from(ciphertext, 'base64')));
    } catch {
      // The OS keychain's own message may say anything; ours names what to do.
      return err(
        `the keychain secret ${name} cannot be decrypted: the OS keychain refused (is it unlocked, and is this the user who stored it?); enter the secret again under Settings`,
      );
    }
  }

  /** Encrypts and keeps `value` under `name`; throws KeychainRefusedError rather than store it unsafely. */
  async set(name: string, value: string): Promise<void> {
    if (!KEYCHAIN_NAME_PATTERN.test(name)) throw new Error('not a keychain secret name');
    if (value.length === 0 || value.length > MAX_SECRET_LENGTH)
      throw new Error(`a secret of 1 to ${MAX_SECRET_LENGTH} characters`);
    const state = this.state();
    if (!state.usable) throw new KeychainRefusedError(state.reason);
    const ciphertext = this.#keychain!.encryptString(value).toString('base64');
    await this.#writes.run(async () => {
      if (!this.#ciphertexts.has(name) && this.#ciphertexts.size >= MAX_SECRETS)
        throw new Error(`the app keeps at most ${MAX_SECRETS} secrets`);
      const next = new Map(this.#ciphertexts).set(name, ciphertext);
      await this.#write(next);
      this.#ciphertexts = next;
    });
  }

  async remove(name: string): Promise<void> {
    await this.#writes.run(async () => {
      if (!this.#ciphertexts.has(name)) return;
      const next = new Map(this.#ciphertexts);
      next.delete(name);
      await this.#write(next);
      this.#ciphertexts = next;
    });
  }

  async #write(ciphertexts: ReadonlyMap<string, string>): Promise<void> {
    if (this.#damaged) {
      // What could not be read is set aside, not overwritten: someone may still recover it.
      await rename(this.#file, `${this.#file}.damaged`).catch(() => undefined);
      this.#damaged = null;
    }
    const content = {
      format: 'dijkwacht-secrets',
      version: 1,
      secrets: Object.fromEntries(ciphertexts),
    };
    await writeFileAtomic(
      this.#file,
      `${JSON.stringify(storeFileSchema.parse(content), null, 2)}\n`,
      {
        mode: 0o600,
      },
    );
  }
}

export interface SecretStoreOptions {
  /** The app's data folder; the store is `secrets.json` in it. */
  readonly dataDir: string;
  /** Electron's safeStorage in the app; a fake in tests; null where there is none. */
  readonly keychain: Keychain | null;
  /** Default process.platform; Linux checks the backend (keychainState). */
  readonly platform?: NodeJS.Platform;
}

interface Loaded {
  readonly ciphertexts: Map<string, string>;
  readonly damaged: string | null;
}

async function load(file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { ciphertexts: new Map(), damaged: null };
    return { ciphertexts: new Map(), damaged: 'cannot be read' };
  }
  const parsed = storeFileSchema.safeParse(parseJson(text));
  if (!parsed.success) return { ciphertexts: new Map(), damaged: 'is damaged' };
  if (Object.keys(parsed.data.secrets).length > MAX_SECRETS)
    return { ciphertexts: new Map(), damaged: 'holds more secrets than the app keeps' };
  return { ciphertexts: new Map(Object.entries(parsed.data.secrets)), damaged: null };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
