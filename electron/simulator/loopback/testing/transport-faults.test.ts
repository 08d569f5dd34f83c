import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FaultQueue, sendTransportFault, startLoopbackServer } from './loopback-server-kit.ts';

describe('the loopback server kit', () => {
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

  it('closes even while a request hangs', async () => {
    const server = await startLoopbackServer((call) =>
      sendTransportFault(call.response, { kind: 'hang' }, ''),
    );
    const pending = fetch(server.url).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await server.close();
    assert.ok((await pending) instanceof Error);
    assert.equal(server.requests().length, 1);
  });

  it('serves a fault for its number of times and only on its path', () => {
    const faults = new FaultQueue<string>();
    faults.inject('twice', { times: 2, path: /^\/a$/ });
    faults.inject('always');
    assert.deepEqual(
      ['/a', '/b', '/a', '/a'].map((path) => faults.take(path)),
      ['twice', 'always', 'twice', 'always'],
    );
    faults.clear();
    assert.equal(faults.take('/a'), null);
  });
});
