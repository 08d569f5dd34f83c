import type { Result } from '../result.ts';
import type { PathIssue } from './config-issues.ts';
import { isSecretRef, type SecretRef } from './fields.ts';
import { SecretValue } from './secret.ts';

/**
 * The app's keychain store as the config reads it (electron/secrets): the secret kept under a
 * name, or why it cannot be had, in words that name the secret and never hold it.
 */
export interface KeychainReader {
  read(name: string): Result<string, string>;
}

/** Where the secrets a config names come from. */
export interface SecretSources {
  /** `{ env: NAME }` (process.env in the CLI and the app). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `{ keychain: NAME }`: the app's keychain; absent in the CLI, which refuses such a reference. */
  readonly keychain?: KeychainReader | undefined;
}

/** The document with every secret reference replaced by a SecretValue; problems go to `issues`. */
export function resolveSecrets(
  value: unknown,
  path: PropertyKey[],
  from: SecretSources,
  issues: PathIssue[],
): unknown {
  if (isSecretRef(value)) {
    const found = lookUp(value, from);
    const problem = found.ok
      ? secretValueProblem(found.value, path.at(-1), holder(value))
      : found.error;
    if (!found.ok || problem) {
      issues.push({ path, message: problem ?? 'expected the secret' });
      return null;
    }
    return new SecretValue(found.value, sourceName(value));
  }
  if (Array.isArray(value))
    return value.map((item, index) => resolveSecrets(item, [...path, index], from, issues));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        resolveSecrets(item, [...path, key], from, issues),
      ]),
    );
  }
  return value;
}

type Found = { ok: true; value: string } | { ok: false; error: string };

function lookUp(ref: SecretRef, sources: SecretSources): Found {
  if ('env' in ref) {
    const secret = sources.env[ref.env];
    return secret
      ? { ok: true, value: secret }
      : {
          ok: false,
          error: `expected the environment variable ${ref.env} to hold the secret, but it is not set`,
        };
  }
  if (!sources.keychain) return { ok: false, error: keychainRefusedHere(ref.keychain) };
  const read = sources.keychain.read(ref.keychain);
  return read.ok ? { ok: true, value: read.value } : { ok: false, error: read.error };
}

/**
 * What the command line says about `{ keychain: NAME }`: only the app can open the OS keychain
 * (Electron's safeStorage), so a config a script reads names its secrets as `{ env: NAME }`.
 */
export function keychainRefusedHere(name: string): string {
  return `expected { env: NAME }: the secret "${name}" is in the Dijkwacht app's OS keychain, which the command line cannot open (give the command line the secret in an environment variable and write { env: NAME } here)`;
}

/** `env NAME` or `keychain NAME`: how a SecretValue says where it came from. */
function sourceName(ref: SecretRef): string {
  return 'env' in ref ? `env ${ref.env}` : `keychain ${ref.keychain}`;
}

/** How messages name where a secret is kept: "the environment variable X", "the keychain secret X". */
function holder(ref: SecretRef): string {
  return 'env' in ref
    ? `the environment variable ${ref.env}`
    : `the keychain secret ${ref.keychain}`;
}

/** `env NAME` / `keychain NAME` (SecretValue.source) in words for a message. */
export function describeSecretSource(source: string): string {
  return source.replace(/^env /, 'environment variable ').replace(/^keychain /, 'keychain secret ');
}

/**
 * Every secret ends up in an HTTP header. fetch refuses CR, LF and NUL there (an echo
 * "secret" > file leaves a newline), other control characters have no place in one, and a
 * space at either end is stripped from a header but not from a Basic auth pair: the request
 * would fail later as "wrong credentials" or "source unreachable", far from the cause.
 * `where` names the holder: "the environment variable X", "the keychain secret X", "the password".
 */
export function secretValueProblem(
  secret: string,
  key: PropertyKey | undefined,
  where: string,
): string | null {
  if (hasControlCharacter(secret))
    return `${where} holds a line break or control character, which cannot be sent in an HTTP header (check for a trailing newline)`;
  if (secret.trim() !== secret)
    return `${where} starts or ends with a space, which is almost always a copy-and-paste slip (remove it)`;
  if ([...secret].length < MIN_SECRET_LENGTH)
    return `${where} holds fewer than ${MIN_SECRET_LENGTH} characters: too short to be told apart from ordinary text, so it could not be kept out of messages (use the password or token as issued)`;
  if (SENT_AS_IS.has(String(key)) && !/^[\x21-\x7e]+$/.test(secret))
    return `${where} holds a character outside printable ASCII (a curly quote or accent pasted from a document?), which cannot be sent in an HTTP header`;
  return null;
}

/**
 * Every form of a secret is scrubbed from what a source echoes (electron/sources/scrub); a
 * secret of a few characters would match ordinary text, so it is refused instead.
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * A Bearer token and an API key go into the header as they are, where only printable ASCII
 * travels; a Basic password is base64-encoded first and may hold any character.
 */
const SENT_AS_IS = new Set(['token', 'apiKey']);

/** C0 controls (tab, CR, LF, NUL, …) and DEL. */
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
