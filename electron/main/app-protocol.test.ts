import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createAppProtocolHandler } from './app-protocol.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
let folder = '';
let handle: (request: Request) => Promise<Response>;

before(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dijkwacht-protocol-'));
  const root = path.join(folder, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await mkdir(path.join(folder, 'renderer-evil'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Dijkwacht</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'data.bin'), 'bytes');
  await writeFile(path.join(folder, 'secret.txt'), SECRET);
  await writeFile(path.join(folder, 'renderer-evil', 'secret.txt'), SECRET);
  handle = createAppProtocolHandler(root);
});

after(() => rm(folder, { recursive: true, force: true }));

const get = (url: string) => handle(new Request(url));

describe('createAppProtocolHandler', () => {
  const served: [string, string, string][] = [
    ['app://dijkwacht/', 'text/html; charset=utf-8', '<!doctype html><title>Dijkwacht</title>'],
    [
      'app://dijkwacht/index.html',
      'text/html; charset=utf-8',
      '<!doctype html><title>Dijkwacht</title>',
    ],
    [
      'app://dijkwacht/index.html?view=wall',
      'text/html; charset=utf-8',
      '<!doctype html><title>Dijkwacht</title>',
    ],
    ['app://dijkwacht/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
    ['app://dijkwacht/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://dijkwacht/assets/data.bin', 'application/octet-stream', 'bytes'],
    ['app://dijkwacht/assets/%61pp.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
  ];
  for (const [url, type, body] of served) {
    it(`serves ${url} with the CSP header`, async () => {
      const response = await get(url);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), type);
      assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(await response.text(), body);
    });
  }

  const refused: [string, number][] = [
    ['app://dijkwacht/..%2fsecret.txt', 403],
    ['app://dijkwacht/%2e%2e%2fsecret.txt', 403],
    ['app://dijkwacht/%2E%2E%2Fsecret.txt', 403],
    ['app://dijkwacht/assets/..%2f..%2fsecret.txt', 403],
    ['app://dijkwacht/..%2frenderer-evil%2fsecret.txt', 403],
    ['app://dijkwacht/%2f..%2f..%2fsecret.txt', 403],
    // The URL parser already folds these dot segments, so they stay inside the root and miss.
    ['app://dijkwacht/../secret.txt', 404],
    ['app://dijkwacht/%2e%2e/secret.txt', 404],
    ['app://dijkwacht/.%2e/secret.txt', 404],
    ['app://dijkwacht/assets/../../secret.txt', 404],
    ['app://dijkwacht/..%5csecret.txt', 404],
    ['app://dijkwacht/missing.html', 404],
    ['app://dijkwacht/assets', 404],
    ['app://dijkwacht/index.html%00.png', 404],
    ['app://dijkwacht/%', 400],
    ['app://dijkwacht/%E0%A4%A', 400],
    ['app://elsewhere/index.html', 404],
  ];
  for (const [url, status] of refused) {
    it(`answers ${url} with ${status} and never the file outside`, async () => {
      const response = await get(url);
      assert.equal(response.status, status);
      assert.ok(!(await response.text()).includes(SECRET));
    });
  }
});
