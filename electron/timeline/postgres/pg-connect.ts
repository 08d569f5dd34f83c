import pg from 'pg';
import type { ConnectionSettings } from './connection-settings.ts';
import { isNoSslOnServer, pgOpenError } from './pg-errors.ts';
import type { SslOption } from './ssl-mode.ts';

/** pg's OID of bigint (int8): seq and counts come back as numbers, far below 2^53. */
const INT8_OID = 20;

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID && format !== 'binary'
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** How long a connection attempt may take before the server counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The options every connection of a store is made with. Host, port, user and database are
 * passed one by one: pg ignores a `password` given beside a `connectionString`.
 */
export function clientConfig(
  settings: ConnectionSettings,
  ssl: SslOption,
  readOnly: boolean,
): pg.ClientConfig {
  return {
    host: settings.host,
    port: settings.port,
    user: settings.user,
    database: settings.database,
    // A function, so pg neither reads PGPASSWORD and .pgpass again (with its own rules) nor
    // ever sees a non-string: the password was resolved once, as libpq would.
    password: () => settings.password,
    ssl,
    application_name: settings.applicationName,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    types,
    // A reader's writes fail in the server (25006), as a read-only SQLite file refuses them.
    ...(readOnly ? { options: '-c default_transaction_read_only=on' } : {}),
  };
}

/** A connected client whose later failures never crash the process (an 'error' is logged by its user). */
export async function connectClient(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(config);
  // Without a listener, an 'error' on an idle client (the server restarting) would be thrown.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
}

/**
 * The first connection, which settles TLS: under sslmode allow/prefer a server without TLS
 * is connected to in plain, as libpq does (pg cannot fall back by itself). Returns the client
 * and the TLS option the store keeps using. Failures are StoreOpenErrors naming the server.
 */
export async function firstConnection(
  settings: ConnectionSettings,
  readOnly: boolean,
): Promise<{ client: pg.Client; ssl: SslOption }> {
  try {
    const ssl = settings.ssl.ssl;
    try {
      return { client: await connectClient(clientConfig(settings, ssl, readOnly)), ssl };
    } catch (error) {
      if (!(settings.ssl.plainFallback && isNoSslOnServer(error))) throw error;
      return { client: await connectClient(clientConfig(settings, false, readOnly)), ssl: false };
    }
  } catch (error) {
    throw pgOpenError(error, settings);
  }
}
