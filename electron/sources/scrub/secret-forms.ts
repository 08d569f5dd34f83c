/**
 * Every spelling in which a server could echo a credential back: as sent, URL-encoded,
 * form-encoded, base64 (standard, unpadded, URL-safe), JSON- and HTML-escaped — of the
 * secret, of the `user:secret` pair that Basic auth encodes, and of what a base64 secret
 * (an Elasticsearch API key is base64 of `id:key`) decodes to.
 */
export function secretForms(secret: string, username?: string): string[] {
  const values = [secret, ...decodedParts(secret)];
  if (username) values.push(`${username}:${secret}`);
  return spellingsOf(values);
}

/**
 * The forms of what an Authorization header carried (`Basic …`, `Bearer …`, `ApiKey …`):
 * the whole value, the credential, and for base64 credentials what they decode to — the
 * Basic password included, however short.
 */
export function headerSecretForms(header: string): string[] {
  const value = header.trim();
  const credential = /^\S+\s+(\S.*)$/.exec(value)?.[1] ?? '';
  const values = [value, credential, ...decodedParts(credential)];
  if (/^basic\s/i.test(value)) {
    const pair = Buffer.from(credential, 'base64').toString('utf8');
    values.push(pair, pair.slice(pair.indexOf(':') + 1));
  }
  return spellingsOf(values);
}

function spellingsOf(values: readonly string[]): string[] {
  const forms = new Set(values.filter((value) => value !== '').flatMap(spellings));
  forms.delete('');
  return [...forms];
}

function spellings(value: string): string[] {
  return [
    value,
    ...percentEncodings(encodeURIComponent(value)),
    ...percentEncodings(encodeURI(value)),
    ...percentEncodings(new URLSearchParams([['', value]]).toString().slice(1)),
    ...base64Spellings(value),
    JSON.stringify(value).slice(1, -1),
    asciiJson(value),
    htmlEscaped(value),
  ];
}

/** Percent-escapes may come back in either case (`%2F` or `%2f`). */
function percentEncodings(encoded: string): string[] {
  return [encoded, encoded.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())];
}

function base64Spellings(value: string): string[] {
  const standard = Buffer.from(value, 'utf8').toString('base64');
  return [standard, standard.replace(/=+$/, ''), Buffer.from(value, 'utf8').toString('base64url')];
}

/** JSON with every non-ASCII character as \uXXXX, as many servers write it. */
function asciiJson(value: string): string {
  return JSON.stringify(value)
    .slice(1, -1)
    .replace(
      /[\u007f-\uffff]/g,
      (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
}

function htmlEscaped(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A base64 secret's readable content, and the key after `id:`, which a server may echo too. */
function decodedParts(secret: string): string[] {
  if (!/^[A-Za-z0-9+/_-]{8,}={0,2}$/.test(secret)) return [];
  const decoded = Buffer.from(secret, 'base64').toString('utf8');
  if (!/^[\x20-\x7e]{4,}$/.test(decoded)) return [];
  const key = decoded.slice(decoded.indexOf(':') + 1);
  return key.length >= 8 && key !== decoded ? [decoded, key] : [decoded];
}
