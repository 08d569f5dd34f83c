import type { PathIssue } from './config-issues.ts';
import { isSecretRef } from './fields.ts';
import { SecretValue } from './secret.ts';

/** The document with every `{ env: NAME }` replaced by a SecretValue; problems go to `issues`. */
export function resolveSecrets(
  value: unknown,
  path: PropertyKey[],
  env: Readonly<Record<string, string | undefined>>,
  issues: PathIssue[],
): unknown {
  if (isSecretRef(value)) {
    const secret = env[value.env];
    const problem = secret
      ? secretProblem(secret, value.env, path.at(-1))
      : `expected the environment variable ${value.env} to hold the secret, but it is not set`;
    if (problem) {
      issues.push({ path, message: problem });
      return null;
    }
    return new SecretValue(secret as string, `env ${value.env}`);
  }
  if (Array.isArray(value))
    return value.map((item, index) => resolveSecrets(item, [...path, index], env, issues));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        resolveSecrets(item, [...path, key], env, issues),
      ]),
    );
  }
  return value;
}

/**
 * Every secret ends up in an HTTP header. fetch refuses CR, LF and NUL there (an echo
 * "secret" > file leaves a newline), other control characters have no place in one, and a
 * space at either end is stripped from a header but not from a Basic auth pair: the request
 * would fail later as "wrong credentials" or "source unreachable", far from the cause.
 */
function secretProblem(secret: string, name: string, key: PropertyKey | undefined): string | null {
  if (hasControlCharacter(secret))
    return `the environment variable ${name} holds a line break or control character, which cannot be sent in an HTTP header (check for a trailing newline)`;
  if (secret.trim() !== secret)
    return `the environment variable ${name} starts or ends with a space, which is almost always a copy-and-paste slip (remove it)`;
  if ([...secret].length < MIN_SECRET_LENGTH)
    return `the environment variable ${name} holds fewer than ${MIN_SECRET_LENGTH} characters: too short to be told apart from ordinary text, so it could not be kept out of messages (use the password or token as issued)`;
  if (SENT_AS_IS.has(String(key)) && !/^[\x21-\x7e]+$/.test(secret))
    return `the environment variable ${name} holds a character outside printable ASCII (a curly quote or accent pasted from a document?), which cannot be sent in an HTTP header`;
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
