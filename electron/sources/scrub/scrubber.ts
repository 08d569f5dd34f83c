import { SourceError } from '../source-error.ts';

/** What a scrubbed secret reads as; the same mark a SecretValue prints. */
export const SCRUBBED = '«secret»';

/**
 * Forms shorter than this are left alone: they would match ordinary text (a one-letter test
 * password would eat every "p" of a JSON answer). The config refuses secrets shorter than 8.
 */
const MIN_FORM_LENGTH = 6;

/** The query string of a URL or path (`…/sso?access_token=…`), where tokens travel. */
const URL_QUERY = /([^\s?#"'<>]*\/[^\s?#"'<>]*)\?[^\s#"'<>]+/g;

/**
 * Removes a source's secrets, in every form a server could echo them (see secret-forms.ts),
 * from what the source sent: one regular expression over all forms, longest first, so a
 * whole header value goes before the token inside it. Objects are scrubbed once each and
 * remembered, so a TOPdesk queue of 50,000 unchanged tickets costs nothing on the next poll.
 */
export class Scrubber {
  readonly #pattern: RegExp | null;
  readonly #seen = new WeakMap<object, unknown>();

  constructor(forms: readonly string[]) {
    const sorted = [...new Set(forms)]
      .filter((form) => form.length >= MIN_FORM_LENGTH)
      .sort((a, b) => b.length - a.length);
    this.#pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : null;
  }

  /** A text with every form of every secret replaced. */
  text(text: string): string {
    return this.#pattern ? text.replace(this.#pattern, SCRUBBED) : text;
  }

  /** Text for an error message: secrets out, and no URL keeps its query string. */
  errorText(text: string): string {
    return this.text(text).replace(URL_QUERY, '$1?…');
  }

  /** The same error with its detail scrubbed (the message is rebuilt from it). */
  error(error: SourceError): SourceError {
    return new SourceError(error.category, this.errorText(error.detail), error.retryAfterMs);
  }

  /** Plain data (strings, arrays, objects) with every string and key scrubbed. */
  deep<T>(value: T): T {
    return this.#deep(value) as T;
  }

  #deep(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (typeof value !== 'object' || value === null) return value;
    if (this.#seen.has(value)) return this.#seen.get(value);
    const scrubbed = Array.isArray(value) ? this.#array(value) : this.#object(value);
    this.#seen.set(value, scrubbed);
    return scrubbed;
  }

  /** The array itself when nothing in it changed, so clean data is never copied. */
  #array(items: readonly unknown[]): unknown {
    const scrubbed = items.map((item) => this.#deep(item));
    return scrubbed.every((item, index) => item === items[index]) ? items : scrubbed;
  }

  #object(record: object): unknown {
    const entries = Object.entries(record);
    const scrubbed = entries.map(([key, item]) => [this.text(key), this.#deep(item)] as const);
    const same = scrubbed.every(([key, item], index) => {
      const [originalKey, original] = entries[index] ?? [];
      return key === originalKey && item === original;
    });
    return same ? record : Object.fromEntries(scrubbed);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
