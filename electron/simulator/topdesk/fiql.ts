/**
 * A FIQL parser for the subset TOPdesk documents (its "FIQL query hints"): comparisons
 * `==`, `!=`, `=gt=`, `=ge=`, `=lt=`, `=le=`; `;` is AND, `,` is OR, AND binds tighter;
 * parentheses group; values are bare or quoted. Reserved characters and whitespace end a
 * bare value, so a `+` the client forgot to encode (read as a space) is a syntax error.
 */
export type FiqlNode =
  | { readonly kind: 'or' | 'and'; readonly items: readonly FiqlNode[] }
  | {
      readonly kind: 'compare';
      readonly selector: string;
      readonly op: FiqlOp;
      readonly value: string;
    };

export type FiqlOp = '==' | '!=' | '=gt=' | '=ge=' | '=lt=' | '=le=';

/** A request TOPdesk would answer with 400 and this message. */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
}

export function parseFiql(text: string): FiqlNode {
  const parser = { text, at: 0 };
  const node = parseOr(parser);
  if (parser.at !== text.length) fail(parser, 'unexpected character');
  return node;
}

interface Parser {
  readonly text: string;
  at: number;
}

function parseOr(parser: Parser): FiqlNode {
  return parseList(parser, ',', 'or', parseAnd);
}

function parseAnd(parser: Parser): FiqlNode {
  return parseList(parser, ';', 'and', parseTerm);
}

function parseList(
  parser: Parser,
  separator: string,
  kind: 'or' | 'and',
  item: (p: Parser) => FiqlNode,
): FiqlNode {
  const items = [item(parser)];
  while (parser.text[parser.at] === separator) {
    parser.at++;
    items.push(item(parser));
  }
  return items.length === 1 ? (items[0] as FiqlNode) : { kind, items };
}

function parseTerm(parser: Parser): FiqlNode {
  if (parser.text[parser.at] !== '(') return parseComparison(parser);
  parser.at++;
  const inner = parseOr(parser);
  if (parser.text[parser.at] !== ')') fail(parser, 'expected )');
  parser.at++;
  return inner;
}

function parseComparison(parser: Parser): FiqlNode {
  const selector = take(parser, /^[A-Za-z_][A-Za-z0-9_.]*/, 'expected a field name');
  const op = take(parser, /^(==|!=|=gt=|=ge=|=lt=|=le=)/, 'expected a comparison') as FiqlOp;
  return { kind: 'compare', selector, op, value: parseValue(parser) };
}

function parseValue(parser: Parser): string {
  const quote = parser.text[parser.at];
  if (quote !== "'" && quote !== '"') return take(parser, /^[^'"();,=!~<>\s]+/, 'expected a value');
  const close = new RegExp(`^${quote}((?:[^${quote}\\\\]|\\\\.)*)${quote}`);
  return take(parser, close, 'unterminated quoted value', 1).replace(/\\(.)/g, '$1');
}

function take(parser: Parser, pattern: RegExp, expected: string, group = 0): string {
  const match = pattern.exec(parser.text.slice(parser.at));
  if (!match) fail(parser, expected);
  parser.at += match[0].length;
  return match[group] ?? '';
}

function fail(parser: Parser, message: string): never {
  throw new BadRequestError(`Invalid FIQL query: ${message} at position ${parser.at}`);
}
