import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startLoopbackServer } from '../loopback-server.ts';
import { sendTransportFault } from './transport-faults.ts';

describe('transport faults', () => {
  it('drips a body one byte per interval, and close() ends it', async () => {
    const server = await startLoopbackServer((call) =>
      sendTransportFault(call.response, { kind: 'slow-drip', intervalMs: 20 }, '{"ok":true}'),
    );
    const response = await fetch(server.url);
    const reader = response.body!.getReader();
    const started = performance.now();
    let bytes = 0;
    try {
      while (bytes < 4) bytes += (await reader.read()).value?.byteLength ?? 0;
      assert.ok(performance.now() - started >= 45, 'four bytes came faster than one per 20 ms');
    } finally {
      await server.close();
    }
    await assert.rejects(async () => {
      for (;;) if ((await reader.read()).done) throw new Error('ended cleanly');
    });
  });

  it('lets the server close even while a request hangs', async () => {
    const server = await startLoopbackServer((call) =>
      sendTransportFault(call.response, { kind: 'hang' }, ''),
    );
    const pending = fetch(server.url).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await server.close();
    assert.ok((await pending) instanceof Error);
    assert.equal(server.requests().length, 1);
  });
});
