import { err, ok, type Result } from '../../../shared/result.ts';

/**
 * A tiny subset of Lucene's query_string, enough for the demo and the tests:
 * `*`, `field:value`, `field:"a phrase"`, `field:pre*`, `field:*`, `field:[a TO b]`
 * (`{}` for exclusive bounds, `*` for open ones), `field:>=a`, bare values (any field),
 * AND / OR / NOT and parentheses. Adjacent clauses are OR-ed, as with Elasticsearch's default_operator.
 */

export type FieldValue = string | number | boolean;
export type FieldLookup = (field: string) => FieldValue | undefined;
export type DocumentMatcher = (lookup: FieldLookup, fieldNames: readonly string[]) => boolean;

export function parseQueryString(query: string): Result<DocumentMatcher, string> {
  const parser = new Parser(query);
  try {
    const matcher = parser.parseOr();
    parser.expectEnd();
    return ok(matcher);
  } catch (error) {
    return err(`Failed to parse query [${query}]: ${(error as Error).message}`);
  }
}

const WORD = /^(?:\\.|[^\s():[\]{}"\\])+/;

class Parser {
  readonly #text: string;
  #at = 0;

  constructor(text: string) {
    this.#text = text;
  }

  parseOr(): DocumentMatcher {
    const parts = [this.parseAnd()];
    while (this.#more() && !this.#peek(')')) {
      if (!this.#keyword('OR')) this.#symbol('||'); // Without either, the OR is implicit.
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? parts[0]! : (...args) => parts.some((part) => part(...args));
  }

  parseAnd(): DocumentMatcher {
    const parts = [this.parseNot()];
    while (this.#keyword('AND') || this.#symbol('&&')) parts.push(this.parseNot());
    return parts.length === 1 ? parts[0]! : (...args) => parts.every((part) => part(...args));
  }

  parseNot(): DocumentMatcher {
    if (this.#keyword('NOT') || this.#symbol('!') || this.#symbol('-')) {
      const inner = this.parsePrimary();
      return (...args) => !inner(...args);
    }
    return this.parsePrimary();
  }

  parsePrimary(): DocumentMatcher {
    if (this.#symbol('(')) {
      const inner = this.parseOr();
      if (!this.#symbol(')')) throw new Error(`expected ) at ${this.#at}`);
      return inner;
    }
    if (this.#symbol('*:*') || this.#symbol('*')) return () => true;
    const word = this.#word();
    if (this.#text[this.#at] !== ':') return anyField(word);
    this.#at += 1;
    return fieldClause(word, this.#value());
  }

  expectEnd(): void {
    if (this.#more()) throw new Error(`unexpected text at ${this.#at}`);
  }

  #value(): Clause {
    if (this.#peek('[') || this.#peek('{')) return this.#range();
    if (this.#peek('"')) return { kind: 'term', value: this.#quoted() };
    return comparison(this.#word());
  }

  #range(): Clause {
    const match = /^([[{])\s*(\S+)\s+TO\s+(\S+?)\s*([\]}])/.exec(this.#text.slice(this.#at));
    if (!match) throw new Error(`expected [from TO to] at ${this.#at}`);
    this.#at += match[0].length;
    const [, open, from = '*', to = '*', close] = match;
    return { kind: 'range', from, to, includeFrom: open === '[', includeTo: close === ']' };
  }

  #quoted(): string {
    const match = /^"((?:\\.|[^"\\])*)"/.exec(this.#text.slice(this.#at));
    if (!match) throw new Error(`unterminated quote at ${this.#at}`);
    this.#at += match[0].length;
    return unescape(match[1] ?? '');
  }

  #word(): string {
    this.#skipSpace();
    const match = WORD.exec(this.#text.slice(this.#at));
    if (!match) throw new Error(`expected a term at ${this.#at}`);
    this.#at += match[0].length;
    return unescape(match[0]);
  }

  #keyword(word: string): boolean {
    this.#skipSpace();
    const rest = this.#text.slice(this.#at);
    if (!rest.startsWith(word) || !/^(\s|\(|$)/.test(rest.slice(word.length))) return false;
    this.#at += word.length;
    return true;
  }

  #symbol(symbol: string): boolean {
    if (!this.#peek(symbol)) return false;
    this.#at += symbol.length;
    return true;
  }

  #peek(symbol: string): boolean {
    this.#skipSpace();
    return this.#text.startsWith(symbol, this.#at);
  }

  #more(): boolean {
    this.#skipSpace();
    return this.#at < this.#text.length;
  }

  #skipSpace(): void {
    while (/\s/.test(this.#text[this.#at] ?? '')) this.#at += 1;
  }
}

type Clause =
  | { readonly kind: 'term'; readonly value: string }
  | {
      readonly kind: 'range';
      readonly from: string;
      readonly to: string;
      readonly includeFrom: boolean;
      readonly includeTo: boolean;
    };

/** `>=500`, `<10` and friends are one-sided ranges. */
function comparison(word: string): Clause {
  const match = /^([<>]=?)(.+)$/.exec(word);
  if (!match) return { kind: 'term', value: word };
  const [, operator = '', bound = ''] = match;
  const inclusive = operator.endsWith('=');
  return operator.startsWith('>')
    ? { kind: 'range', from: bound, to: '*', includeFrom: inclusive, includeTo: true }
    : { kind: 'range', from: '*', to: bound, includeFrom: true, includeTo: inclusive };
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function anyField(word: string): DocumentMatcher {
  return (lookup, fields) => fields.some((field) => termMatches(lookup(field), word));
}

function fieldClause(field: string, clause: Clause): DocumentMatcher {
  if (clause.kind === 'term') return (lookup) => termMatches(lookup(field), clause.value);
  return (lookup) => rangeMatches(lookup(field), clause);
}

function termMatches(value: FieldValue | undefined, term: string): boolean {
  if (value === undefined) return false;
  if (term === '*') return true;
  const text = String(value).toLowerCase();
  const wanted = term.toLowerCase();
  return wanted.endsWith('*') ? text.startsWith(wanted.slice(0, -1)) : text === wanted;
}

function rangeMatches(value: FieldValue | undefined, clause: Clause & { kind: 'range' }): boolean {
  if (value === undefined) return false;
  const above = clause.from === '*' || compare(value, clause.from) > (clause.includeFrom ? -1 : 0);
  const below = clause.to === '*' || compare(value, clause.to) < (clause.includeTo ? 1 : 0);
  return above && below;
}

/** Numbers compare as numbers, everything else as text (ISO dates sort as text too). */
function compare(value: FieldValue, bound: string): number {
  const number = Number(bound);
  if (typeof value === 'number' && bound.trim() !== '' && !Number.isNaN(number)) {
    return value - number;
  }
  const text = String(value);
  return text < bound ? -1 : text > bound ? 1 : 0;
}
