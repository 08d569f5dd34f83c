import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** `http://127.0.0.1:<port>`: the base URL a config names. */
  readonly url: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 and a port the OS picks: loopback only, never the network. */
export async function listenOnLoopback(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => shutdown(server) };
}

function shutdown(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // close() alone waits for every open connection, and an answer left open never ends.
    server.closeAllConnections();
  });
}
