import os from 'node:os';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { lookUpPgpass, pgpassFile } from './pgpass.ts';
import { isSslMode, planSsl, SSL_MODES, SslSettingsError, type SslPlan } from './ssl-mode.ts';

/**
 * A `postgres://user@host:port/database?sslmode=…` URL read the way psql reads it
 * (postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS): what the URL
 * leaves out comes from PGHOST, PGPORT, PGUSER, PGDATABASE, PGSSLMODE, then libpq's
 * defaults. The password never comes from the URL.
 */
export interface ConnectionSettings {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** Always a string ('' for none): pg throws on anything else during SCRAM. */
  readonly password: string;
  /** Where the password came from, for a refused-password message (never the password). */
  readonly passwordSource: PasswordSource;
  /** Why a .pgpass file was not read, or null. */
  readonly pgpassIgnored: string | null;
  readonly ssl: SslPlan;
  readonly applicationName: string;
}

export type PasswordSource = 'config' | 'PGPASSWORD' | 'pgpass' | 'none';

export interface SettingsContext {
  /** From the config's `{ env: NAME }`; wins over PGPASSWORD and .pgpass. */
  readonly password?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly home?: string;
  readonly osUser?: string;
}

const PASSWORD_IN_URL =
  "the URL carries a password: put the password in PGPASSWORD or ~/.pgpass, or the config's store: { password: { env: NAME } } — never in the URL";

/** Query parameters the URL may carry; any other is refused rather than silently ignored. */
const KNOWN_PARAMETERS = [
  'sslmode',
  'sslrootcert',
  'sslcert',
  'sslkey',
  'application_name',
  'host',
  'port',
  'user',
  'dbname',
];

/** The server as every message names it: user@host:port/database, never a password. */
export function describeServer(
  settings: Pick<ConnectionSettings, 'host' | 'port' | 'user' | 'database'>,
): string {
  return `${settings.user}@${settings.host}:${settings.port}/${settings.database}`;
}

/** The URL with any password cut out, for a message about a URL that cannot be parsed. */
export function redactUrl(url: string): string {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url)?.[0] ?? '';
  const rest = url.slice(scheme.length);
  const authority = rest.split(/[/?#]/)[0] ?? '';
  // The last @ ends the user part (WHATWG URL): a password may hold an @ of its own.
  const at = authority.lastIndexOf('@');
  if (at < 0) return url;
  const user = authority.slice(0, at).split(':')[0];
  return `${scheme}${user}@${rest.slice(at + 1)}`;
}

export function parseConnectionUrl(url: string, context: SettingsContext = {}): ConnectionSettings {
  const env = context.env ?? process.env;
  const home = context.home ?? os.homedir();
  const parsed = parseUrl(url);
  const query = parsed.searchParams;
  const host = decode(query.get('host') ?? hostOf(parsed)) || env.PGHOST || 'localhost';
  const user =
    decode(query.get('user') ?? parsed.username) ||
    env.PGUSER ||
    (context.osUser ?? os.userInfo().username);
  const database =
    decode(query.get('dbname') ?? parsed.pathname.replace(/^\//, '')) || env.PGDATABASE || user;
  const port = portOf(url, query.get('port') ?? parsed.port, env);
  const target = { host, port, user, database };
  refuseUnknownParameters(target, query);
  if (parsed.password !== '') {
    throw new StoreOpenError(describeServer(target), PASSWORD_IN_URL);
  }
  const secret = resolvePassword(target, context.password, env, home);
  return {
    ...target,
    ...secret,
    ssl: sslPlanOf(target, query, env, home),
    applicationName: query.get('application_name') ?? 'dijkwacht',
  };
}

function parseUrl(url: string): URL {
  try {
    const parsed = new URL(url);
    if (/^postgres(ql)?:$/i.test(parsed.protocol)) return parsed;
  } catch {
    // Said below, with the URL's password cut out.
  }
  throw new StoreOpenError(redactUrl(url), 'not a postgres://user@host:port/database URL');
}

/** `[::1]` as the bare address a socket connects to; `%2Fvar%2Frun` as a socket folder. */
function hostOf(parsed: URL): string {
  return parsed.hostname.replace(/^\[(.*)\]$/, '$1');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function portOf(url: string, given: string, env: NodeJS.ProcessEnv): number {
  const text = given || env.PGPORT || '5432';
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new StoreOpenError(redactUrl(url), `port ${text} is not a port number (1–65535)`);
  }
  return port;
}

function refuseUnknownParameters(target: ConnectionTarget, query: URLSearchParams): void {
  if (query.has('password')) {
    throw new StoreOpenError(describeServer(target), PASSWORD_IN_URL);
  }
  for (const name of query.keys()) {
    if (!KNOWN_PARAMETERS.includes(name)) {
      throw new StoreOpenError(
        describeServer(target),
        `unknown URL parameter ${name} (known: ${KNOWN_PARAMETERS.join(', ')})`,
      );
    }
  }
}

type ConnectionTarget = Pick<ConnectionSettings, 'host' | 'port' | 'user' | 'database'>;

/** The config's password, then PGPASSWORD, then the password file, as libpq orders them. */
function resolvePassword(
  target: ConnectionTarget,
  configured: string | undefined,
  env: NodeJS.ProcessEnv,
  home: string,
): Pick<ConnectionSettings, 'password' | 'passwordSource' | 'pgpassIgnored'> {
  if (configured !== undefined) {
    return { password: configured, passwordSource: 'config', pgpassIgnored: null };
  }
  if (env.PGPASSWORD !== undefined && env.PGPASSWORD !== '') {
    return { password: env.PGPASSWORD, passwordSource: 'PGPASSWORD', pgpassIgnored: null };
  }
  const found = lookUpPgpass(pgpassFile(env, home), target);
  if (found.password !== null) {
    return { password: found.password, passwordSource: 'pgpass', pgpassIgnored: null };
  }
  return { password: '', passwordSource: 'none', pgpassIgnored: found.ignored };
}

function sslPlanOf(
  target: ConnectionTarget,
  query: URLSearchParams,
  env: NodeJS.ProcessEnv,
  home: string,
): SslPlan {
  const mode = query.get('sslmode') ?? (env.PGSSLMODE || 'prefer');
  if (!isSslMode(mode)) {
    throw new StoreOpenError(
      describeServer(target),
      `sslmode=${mode} is not one of ${SSL_MODES.join(', ')}`,
    );
  }
  const file = (name: string, envName: string) => query.get(name) ?? (env[envName] || undefined);
  try {
    return planSsl(
      mode,
      {
        sslrootcert: file('sslrootcert', 'PGSSLROOTCERT'),
        sslcert: file('sslcert', 'PGSSLCERT'),
        sslkey: file('sslkey', 'PGSSLKEY'),
      },
      home,
    );
  } catch (error) {
    if (error instanceof SslSettingsError)
      throw new StoreOpenError(describeServer(target), error.message);
    throw error;
  }
}
