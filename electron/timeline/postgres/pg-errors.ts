import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { describeServer, type ConnectionSettings } from './connection-settings.ts';

/**
 * A failure to reach or use the server as one line for a person, after the server's name:
 * "dijkwacht@db:5432/warroom: the password was refused (…)". Never the password, even where
 * the server or a library echoes it back.
 */

type Settings = Pick<
  ConnectionSettings,
  'host' | 'port' | 'user' | 'database' | 'password' | 'passwordSource' | 'pgpassIgnored'
>;

/** Node's network error codes (nodejs.org/api/errors.html#common-system-errors). */
const NETWORK_REASONS: Readonly<Record<string, string>> = {
  ECONNREFUSED:
    'the server cannot be reached (connection refused: is PostgreSQL running on that port?)',
  ENOTFOUND: 'the server cannot be reached (the host name is unknown)',
  EAI_AGAIN: 'the server cannot be reached (the host name cannot be looked up now)',
  ETIMEDOUT: 'the server cannot be reached (connection timed out)',
  EHOSTUNREACH: 'the server cannot be reached (no route to the host)',
  ENETUNREACH: 'the server cannot be reached (the network is unreachable)',
  ECONNRESET: 'the server closed the connection (connection reset)',
  EPIPE: 'the server closed the connection',
  ENOENT: 'the server cannot be reached (no server socket in that folder)',
};

/** SQLSTATEs (postgresql.org/docs/current/errcodes-appendix.html) worth their own words. */
const SQLSTATE_REASONS: Readonly<Record<string, string>> = {
  '3D000': 'the database does not exist',
  '28000': 'the server does not allow this user to connect from here (pg_hba.conf)',
  '57P03': 'the server is starting up or shutting down; try again shortly',
  '53300': 'the server has too many connections',
  '42501': 'this user lacks the privilege needed',
  '57P01': 'the server was shut down by its administrator',
  '25006': 'the server takes no writes from a store opened read-only',
};

/** TLS verification codes (nodejs.org/api/tls.html) as one line. */
const TLS_REASONS: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT:
    'TLS: the server certificate is self-signed and not trusted (sslrootcert)',
  SELF_SIGNED_CERT_IN_CHAIN: 'TLS: the server certificate chain is not trusted (sslrootcert)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    'TLS: the server certificate is not signed by a trusted CA (sslrootcert)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    'TLS: the server certificate is not signed by a trusted CA (sslrootcert)',
  CERT_HAS_EXPIRED: 'TLS: the server certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID:
    'TLS: the server certificate does not name this host (sslmode=verify-full)',
};

export function describePgError(error: unknown, settings: Settings): string {
  return scrub(reasonOf(error, settings), settings.password);
}

export function pgOpenError(error: unknown, settings: Settings): StoreOpenError {
  if (error instanceof StoreOpenError) return error;
  return new StoreOpenError(describeServer(settings), describePgError(error, settings));
}

/** Runs `step`; any failure becomes a StoreOpenError naming the server. */
export async function asPgOpenError<T>(settings: Settings, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw pgOpenError(error, settings);
  }
}

/**
 * A failure of the server or the network during use, as one line to put after the server's
 * name (the callers say where), with the original as `cause` and its `code` kept. Anything
 * else — a refused draft, a lost lease, a bad page number — is returned unchanged.
 */
export function asStoreFailure(error: unknown, settings: Settings): unknown {
  if (!isServerFailure(error)) return error;
  const failure = new Error(describePgError(error, settings), { cause: error });
  return Object.assign(failure, { code: (error as { code?: unknown }).code });
}

function isServerFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (typeof (error as { code?: unknown }).code === 'string') return true;
  return /^(Connection terminated|timeout expired|Client has encountered a connection error|Query read timeout)/.test(
    error.message,
  );
}

/** Whether the server answered an SSLRequest with "no" (pg cannot fall back by itself). */
export function isNoSslOnServer(error: unknown): boolean {
  return messageOf(error) === 'The server does not support SSL connections';
}

function reasonOf(error: unknown, settings: Settings): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (code === '28P01') return passwordRefused(settings);
    const known = NETWORK_REASONS[code] ?? SQLSTATE_REASONS[code] ?? TLS_REASONS[code];
    if (known !== undefined) return code === '28000' ? hbaReason(error) : known;
  }
  const message = messageOf(error);
  if (/client password must be a (non-empty )?string/.test(message)) return noPassword(settings);
  if (isNoSslOnServer(error)) return 'does not offer TLS, which sslmode requires';
  if (/timeout|timed out/i.test(message))
    return 'the server cannot be reached (connection timed out)';
  if (/terminated/i.test(message)) return 'the server closed the connection';
  return `failed: ${firstLine(message)}`;
}

function passwordRefused(settings: Settings): string {
  if (settings.passwordSource === 'none') return noPassword(settings);
  return `the password was refused (PGPASSWORD, ~/.pgpass or the config's password)`;
}

function noPassword(settings: Settings): string {
  const ignored = settings.pgpassIgnored === null ? '' : `; ${settings.pgpassIgnored}`;
  return `the server asks for a password and none was given (PGPASSWORD, ~/.pgpass or the config's password)${ignored}`;
}

/** 28000 also says when TLS is what pg_hba.conf wants ("no encryption"). */
function hbaReason(error: unknown): string {
  const base = SQLSTATE_REASONS['28000'] ?? '';
  return /no encryption/.test(messageOf(error)) ? `${base}; it requires TLS (sslmode)` : base;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** Cuts the password out wherever it appears, however the text came to hold it. */
function scrub(text: string, password: string): string {
  if (password === '') return text;
  return text.split(password).join('•••');
}
