import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConnectionOptions } from 'node:tls';

/**
 * libpq's sslmode (postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION) as
 * Node's TLS options for pg. pg itself cannot fall back to a plain connection, so for
 * allow/prefer the store retries without TLS when the server has none (open-postgres.ts).
 */

export const SSL_MODES = [
  'disable',
  'allow',
  'prefer',
  'require',
  'verify-ca',
  'verify-full',
] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface SslFiles {
  /** A CA bundle file, or `system` for Node's own CA list (as libpq 16 reads it). */
  readonly sslrootcert?: string;
  readonly sslcert?: string;
  readonly sslkey?: string;
}

/** What pg is given: false for plain, TLS options otherwise. */
export type SslOption = false | ConnectionOptions;

export interface SslPlan {
  readonly mode: SslMode;
  readonly ssl: SslOption;
  /** allow/prefer: a server without TLS is accepted over a plain connection. */
  readonly plainFallback: boolean;
}

export function isSslMode(value: string): value is SslMode {
  return (SSL_MODES as readonly string[]).includes(value);
}

/**
 * The TLS options of a mode. Files named are read now, so a missing one is one clear line at
 * open. As in libpq, `require` with a root certificate verifies the chain (verify-ca), and
 * the default files under ~/.postgresql are used when present.
 */
export function planSsl(mode: SslMode, files: SslFiles, home: string): SslPlan {
  if (mode === 'disable') return { mode, ssl: false, plainFallback: false };
  const defaults = path.join(home, '.postgresql');
  const rootcert = files.sslrootcert ?? existingFile(path.join(defaults, 'root.crt'));
  const clientCert = clientCertificate(files, defaults);
  const verifies = mode === 'verify-ca' || mode === 'verify-full';
  if (!verifies && !(mode === 'require' && rootcert !== undefined)) {
    return {
      mode,
      ssl: { rejectUnauthorized: false, ...clientCert },
      plainFallback: mode !== 'require',
    };
  }
  if (rootcert === undefined) {
    throw new SslSettingsError(
      `sslmode=${mode} needs the CA certificate: add sslrootcert=FILE (or sslrootcert=system) to the URL, or put it in ~/.postgresql/root.crt`,
    );
  }
  const ca = rootcert === 'system' ? {} : { ca: readTlsFile('sslrootcert', rootcert) };
  // verify-ca checks the chain only: any name in the certificate will do.
  const hostCheck = mode === 'verify-full' ? {} : { checkServerIdentity: () => undefined };
  return {
    mode,
    ssl: { rejectUnauthorized: true, ...ca, ...hostCheck, ...clientCert },
    plainFallback: false,
  };
}

/** A settings problem the opener turns into a StoreOpenError naming the server. */
export class SslSettingsError extends Error {
  override readonly name = 'SslSettingsError';
}

function clientCertificate(
  files: SslFiles,
  defaults: string,
): Pick<ConnectionOptions, 'cert' | 'key'> {
  const certFile = files.sslcert ?? existingFile(path.join(defaults, 'postgresql.crt'));
  const keyFile = files.sslkey ?? existingFile(path.join(defaults, 'postgresql.key'));
  if (certFile === undefined) return {};
  if (keyFile === undefined) {
    throw new SslSettingsError(`sslcert ${certFile} needs its key: add sslkey=FILE to the URL`);
  }
  return { cert: readTlsFile('sslcert', certFile), key: readTlsFile('sslkey', keyFile) };
}

function existingFile(file: string): string | undefined {
  return existsSync(file) ? file : undefined;
}

function readTlsFile(parameter: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unreadable';
    throw new SslSettingsError(`${parameter} ${file} cannot be read (${code})`);
  }
}
