const REDACTED = '«secret»';

/**
 * A resolved secret. It prints as «secret» everywhere (JSON, string templates, Node's
 * inspect), so handing a config object to a logger or an exporter cannot leak it; only
 * the HTTP client that needs the value calls reveal().
 */
export class SecretValue {
  readonly #value: string;
  readonly source: string;

  constructor(value: string, source: string) {
    this.#value = value;
    this.source = source;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return REDACTED;
  }

  toString(): string {
    return REDACTED;
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return REDACTED;
  }
}
