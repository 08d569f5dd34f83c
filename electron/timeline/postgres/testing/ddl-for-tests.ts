import pg from 'pg';
import { migrate } from '../migrations.ts';
import type { PgCluster } from './pg-cluster.ts';

/**
 * A fresh database with the shared store's schema (the store's own migrations), and ways to
 * reach it as the test role: for tests of the modules that need the tables, not the store.
 */
export interface TestDatabase {
  readonly name: string;
  readonly config: pg.ClientConfig;
  /** A new connected client (the caller ends it). */
  connect(): Promise<pg.Client>;
  /** A pool the caller ends; its idle connections' errors are ignored, as the store's are. */
  pool(): pg.Pool;
}

let counter = 0;

export async function freshTestDatabase(cluster: PgCluster, prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${++counter}`;
  await cluster.createDatabase(name);
  const config: pg.ClientConfig = {
    host: cluster.host,
    port: cluster.port,
    user: cluster.user,
    database: name,
    password: cluster.password,
  };
  const connect = async () => {
    const client = new pg.Client(config);
    await client.connect();
    return client;
  };
  const setup = await connect();
  try {
    await migrate(setup, name);
  } finally {
    await setup.end();
  }
  const pool = () => {
    const created = new pg.Pool({ ...config, max: 4 });
    // An idle pooled connection the server ends (a restart) must not crash the test.
    created.on('error', () => undefined);
    return created;
  };
  return { name, config, connect, pool };
}
