import { SecretValue } from '../../shared/config/secret.ts';
import { SCRUBBED, Scrubber } from '../sources/scrub/scrubber.ts';
import { secretForms } from '../sources/scrub/secret-forms.ts';

/** `Authorization: Basic …`, `authorization=Bearer …`: a header's value, whatever it holds. */
const AUTHORIZATION =
  /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:basic|bearer|apikey|token|digest)\s+)?[^\s"',;]+/gi;
/** `https://user:password@host`: credentials in a URL (the config refuses them; a source may not). */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi;

/**
 * What every log line passes before it is written (docs/reliability.md: redact at the logger
 * sink). It removes every form of every configured secret (the source clients' scrubber:
 * `electron/sources/scrub/`), the query string of any URL (where tokens travel), and, whatever
 * the secrets are, Authorization header values and credentials in URLs.
 */
export class LogScrubber {
  readonly #secrets = new Set<string>();
  #scrubber = new Scrubber([]);

  /** Adds secrets to remove from now on (the config's, a keychain secret just stored). */
  add(secrets: Iterable<string>): void {
    const before = this.#secrets.size;
    for (const secret of secrets) if (secret !== '') this.#secrets.add(secret);
    if (this.#secrets.size === before) return;
    this.#scrubber = new Scrubber([...this.#secrets].flatMap((secret) => secretForms(secret)));
  }

  text(line: string): string {
    return this.#scrubber
      .errorText(line)
      .replace(AUTHORIZATION, `$1${SCRUBBED}`)
      .replace(URL_CREDENTIALS, `$1${SCRUBBED}@`);
  }
}

/**
 * Every secret value in a parsed config (or any plain data): the SecretValues that `{ env: … }`
 * and `{ keychain: … }` resolved to, wherever they sit (sources, Slack webhooks) — and, beside
 * a `username`, the `user:secret` pair Basic auth sends base64-encoded.
 */
export function secretValuesIn(value: unknown, seen = new WeakSet<object>()): string[] {
  if (value instanceof SecretValue) return [value.reveal()];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const items = value instanceof Map ? [...value.values()] : Object.values(value);
  const username =
    'username' in value && typeof value.username === 'string' ? value.username : null;
  const pairs = username
    ? items.flatMap((item) => (item instanceof SecretValue ? [`${username}:${item.reveal()}`] : []))
    : [];
  return [...items.flatMap((item) => secretValuesIn(item, seen)), ...pairs];
}
