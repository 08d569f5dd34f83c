import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { closedPort } from './testing/closed-port.ts';
import { SourceError } from '../source-error.ts';
import { httpRequest } from './http-request.ts';

let server: Server;
let base: string;

before(async () => {
  server = createServer((request, response) => {
    const route = request.url ?? '/';
    if (route === '/ok') return void response.end('{"fine":true}');
    if (route === '/declared-huge') {
      response.writeHead(200, { 'content-length': String(50_000_000) });
      return void response.write('x');
    }
    if (route === '/streamed-huge') {
      // No Content-Length: the cap must hold while streaming, without buffering it all.
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (response.write(chunk)) if (response.writableLength > 1_000_000) break;
      };
      pump();
      response.on('drain', pump);
      return;
    }
    if (route === '/drip') {
      response.writeHead(200, { 'content-length': '100' });
      const timer = setInterval(() => response.write('x'), 100);
      response.on('close', () => clearInterval(timer));
      return;
    }
    if (route === '/hang') return;
    if (route === '/redirect') {
      response.writeHead(302, { location: 'https://login.example/' });
      return void response.end();
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

async function failure(
  path: string,
  options: { deadlineMs?: number; maxBytes?: number } = {},
): Promise<SourceError> {
  try {
    await httpRequest({
      url: `${base}${path}`,
      deadlineMs: options.deadlineMs ?? 1_000,
      maxBytes: options.maxBytes ?? 1_000_000,
    });
  } catch (error) {
    assert.ok(error instanceof SourceError, String(error));
    return error;
  }
  assert.fail(`${path} did not fail`);
}

describe('httpRequest', () => {
  it('returns status, headers, body and the bytes received', async () => {
    const response = await httpRequest({ url: `${base}/ok`, deadlineMs: 1_000, maxBytes: 100 });
    assert.equal(response.status, 200);
    assert.equal(response.body, '{"fine":true}');
    assert.equal(response.bytes, 13);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    const error = await failure('/declared-huge', { maxBytes: 1_000_000 });
    assert.equal(error.category, 'bad-payload');
    assert.match(error.detail, /50000000 bytes is over the 1000000-byte limit/);
  });

  it('stops reading a streamed body at the cap', async () => {
    const before = process.memoryUsage().rss;
    const error = await failure('/streamed-huge', { maxBytes: 2_000_000 });
    assert.equal(error.category, 'bad-payload');
    assert.match(error.detail, /over the 2000000-byte limit/);
    assert.ok(process.memoryUsage().rss - before < 100_000_000);
  });

  it('ends a slow drip at the whole-request deadline', async () => {
    const started = Date.now();
    const error = await failure('/drip', { deadlineMs: 300 });
    assert.equal(error.category, 'timeout');
    assert.match(error.detail, /body was still arriving/);
    assert.ok(Date.now() - started < 1_000);
  });

  it('ends a hang at the deadline', async () => {
    const error = await failure('/hang', { deadlineMs: 200 });
    assert.equal(error.category, 'timeout');
  });

  it('follows no redirect: it usually means a login page or a wrong URL', async () => {
    const error = await failure('/redirect');
    assert.equal(error.category, 'not-found');
    assert.match(error.detail, /redirected \(HTTP 302\) to https:\/\/login\.example\//);
  });

  it('reports a refused connection as the source unreachable', async () => {
    const port = await closedPort();
    await assert.rejects(
      httpRequest({ url: `http://127.0.0.1:${port}/`, deadlineMs: 1_000, maxBytes: 100 }),
      (error: SourceError) => error.category === 'unreachable' && /ECONNREFUSED/.test(error.detail),
    );
  });

  it('passes a shutdown abort through as it is, not as a source error', async () => {
    const controller = new AbortController();
    const request = httpRequest({
      url: `${base}/hang`,
      deadlineMs: 5_000,
      maxBytes: 100,
      signal: controller.signal,
    });
    controller.abort(new Error('stopping'));
    await assert.rejects(
      request,
      (error: Error) => !(error instanceof SourceError) && error.message === 'stopping',
    );
  });
});
