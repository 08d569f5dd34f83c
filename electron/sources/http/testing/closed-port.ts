import { createServer } from 'node:net';

/** A loopback port nothing listens on: taken from the OS, then released. For tests only. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port from the OS');
  return address.port;
}
