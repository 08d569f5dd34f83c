import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The password file libpq reads (postgresql.org/docs/current/libpq-pgpass.html): lines of
 * `hostname:port:database:username:password`, `*` matching anything, `\:` and `\\` escaping,
 * `#` starting a comment; the first matching line wins.
 */

export interface PgpassTarget {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
}

export interface PgpassLookup {
  /** The password found, or null. */
  readonly password: string | null;
  /** Why a file that exists was not read (said in a refused-password message), or null. */
  readonly ignored: string | null;
}

/** The file libpq would read: PGPASSFILE, else ~/.pgpass. */
export function pgpassFile(env: NodeJS.ProcessEnv, home: string): string {
  return env.PGPASSFILE || path.join(home, '.pgpass');
}

/**
 * Looks the target up in `file`. Like libpq, a file that others may read is ignored (its
 * passwords could be stolen), and so is anything that is not a regular file.
 */
export function lookUpPgpass(file: string, target: PgpassTarget): PgpassLookup {
  let mode: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { password: null, ignored: `${file} is not a regular file` };
    mode = stats.mode;
  } catch {
    return { password: null, ignored: null };
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    return {
      password: null,
      ignored: `${file} ignored: group or others may read it (chmod 0600 it)`,
    };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { password: null, ignored: `${file} cannot be read` };
  }
  return { password: matchPgpass(text, target), ignored: null };
}

/** The password of the first line matching the target, or null. */
export function matchPgpass(text: string, target: PgpassTarget): string | null {
  const wanted = [target.host, String(target.port), target.database, target.user];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const fields = splitLine(line);
    if (fields.length < 5) continue;
    if (wanted.every((value, index) => fieldMatches(fields[index] ?? '', value))) {
      return fields.slice(4).join(':');
    }
  }
  return null;
}

/**
 * libpq also accepts `localhost` for a connection over the Unix socket; a host given as a
 * socket folder matches `localhost` the same way.
 */
function fieldMatches(field: string, value: string): boolean {
  if (field === '*' || field === value) return true;
  return field === 'localhost' && value.startsWith('/');
}

/** Splits on unescaped colons, undoing `\:` and `\\`. */
function splitLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === '\\' && index + 1 < line.length) {
      current += line[++index];
    } else if (char === ':' && fields.length < 4) {
      fields.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  fields.push(current);
  return fields;
}
