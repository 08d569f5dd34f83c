import {
  openPostgresStore,
  type PostgresOpenOptions,
  type PostgresTimelineStore,
} from '../postgres-store.ts';
import type { PgCluster } from './pg-cluster.ts';

let counter = 0;

/** A new empty database on the cluster; its URL (no password, as in the field). */
export async function freshDatabaseUrl(cluster: PgCluster, prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${++counter}`;
  await cluster.createDatabase(name);
  return cluster.url(name);
}

/** Opens the store at `url` with the cluster's password, as the config's `{ env }` gives it. */
export function openTestStore(
  cluster: PgCluster,
  url: string,
  options: PostgresOpenOptions = {},
): Promise<PostgresTimelineStore> {
  return openPostgresStore(url, { password: cluster.password, ...options });
}

/** The database name at the end of a test URL. */
export function databaseOf(url: string): string {
  return new URL(url).pathname.slice(1);
}
