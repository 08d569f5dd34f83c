import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppProtocolHandler } from '../../electron/main/app-protocol.ts';

/**
 * Serves the built renderer on loopback with the very handler Electron uses for app://,
 * so the page gets the same files and the same CSP header.
 */
export async function serveRenderer(
  root: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const handle = createAppProtocolHandler(root, null);
  const server: Server = createServer(async (request, response) => {
    const answer = await handle(new Request(`http://127.0.0.1${request.url ?? '/'}`));
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
