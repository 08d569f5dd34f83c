import type pg from 'pg';

/**
 * Runs `work` in a transaction on a pooled connection; rolls back on any throw. A pooled
 * connection may have died unnoticed while idle (a server restart, a network cut): when the
 * BEGIN itself fails nothing was sent that could have been committed, so it is retried once
 * on a fresh connection. A failure later is never retried here: a COMMIT without an answer
 * may have committed.
 */
export async function pgTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await begun(pool, begin);
  try {
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    const rolledBack = await client.query('ROLLBACK').then(
      () => true,
      () => false,
    );
    // A connection that cannot roll back is broken: the pool must not hand it out again.
    client.release(rolledBack ? undefined : true);
    throw error;
  }
}

async function begun(pool: pg.Pool, begin: string): Promise<pg.PoolClient> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query(begin);
      return client;
    } catch (error) {
      client.release(true);
      if (attempt >= 2) throw error;
    }
  }
}
