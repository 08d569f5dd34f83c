import pg from 'pg';
import { createPgLease } from '../pg-lease.ts';
import { sampleHolder } from './sample-publication.ts';

/**
 * A collector's lease in a child process, for the SIGKILL takeover test: claims as the
 * holder named in argv, prints "claimed" (or "refused"), then renews until killed. The
 * connection comes as JSON in DIJKWACHT_TEST_PG (the password never in argv).
 */
const config = JSON.parse(process.env.DIJKWACHT_TEST_PG ?? '{}') as pg.ClientConfig;
const name = process.argv[2] ?? 'child collector';
const pool = new pg.Pool({ ...config, max: 2 });
pool.on('error', () => undefined);
const connect = async () => {
  const client = new pg.Client(config);
  await client.connect();
  return client;
};
const lease = createPgLease(pool, connect);
const holder = sampleHolder(name, { pid: process.pid });
const claim = await lease.claim(holder, 60_000);
process.stdout.write(claim.ok ? 'claimed\n' : 'refused\n');
setInterval(() => void lease.renew(holder).catch(() => undefined), 200);
