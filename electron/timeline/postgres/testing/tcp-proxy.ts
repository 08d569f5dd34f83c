import net from 'node:net';

/**
 * A loopback TCP proxy in front of the test server that can cut the network silently:
 * cut() stops forwarding without closing anything, as a pulled cable or a dead VPN does, so
 * neither side hears a goodbye. Connections made after heal() pass again.
 */
export interface TcpProxy {
  readonly port: number;
  cut(): void;
  heal(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  let cutOff = false;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    if (cutOff) return; // Accepted and never answered: a connect attempt hangs, as over a cut.
    const upstream = net.connect(targetPort, targetHost);
    track(upstream);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => void (cutOff || to.destroyed || to.write(chunk)));
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => cutOff || upstream.destroy());
    upstream.on('close', () => cutOff || client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as net.AddressInfo;
  return {
    port: address.port,
    cut: () => void (cutOff = true),
    heal: () => {
      cutOff = false;
      // What was cut stays dead, as a TCP connection does once both ends gave up on it.
      for (const socket of sockets) socket.destroy();
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
