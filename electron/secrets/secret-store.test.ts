import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { KeychainRefusedError, SecretStore } from './secret-store.ts';
import { fakeKeychain } from './testing/fake-keychain.ts';

const SECRET = 's3cr3t-TOPDESK-9f2';
const FORMS = [SECRET, Buffer.from(SECRET).toString('base64'), encodeURIComponent(SECRET)];

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'dijkwacht-secrets-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const open = (keychain = fakeKeychain(), platform: NodeJS.Platform = 'linux') =>
  SecretStore.open({ dataDir, keychain, platform });

async function folderText(): Promise<string> {
  const names = await readdir(dataDir);
  const texts = await Promise.all(names.map((name) => readFile(path.join(dataDir, name), 'utf8')));
  return texts.join('\n');
}

describe('SecretStore: secrets entered in the app, kept by the OS keychain', () => {
  it('keeps a secret as keychain ciphertext only, readable again after a restart', async () => {
    const store = await open();
    await store.set('topdesk.password', SECRET);
    assert.deepEqual(store.read('topdesk.password'), { ok: true, value: SECRET });
    const text = await folderText();
    for (const form of FORMS) assert.ok(!text.includes(form), `the data folder holds ${form}`);
    assert.deepEqual(await readdir(dataDir), ['secrets.json']);
    const reopened = await open();
    assert.ok(reopened.has('topdesk.password'));
    assert.deepEqual(reopened.read('topdesk.password'), { ok: true, value: SECRET });
  });

  it('writes the file for this user only', { skip: process.platform === 'win32' }, async () => {
    const store = await open();
    await store.set('a.token', SECRET);
    assert.equal((await stat(path.join(dataDir, 'secrets.json'))).mode & 0o777, 0o600);
  });

  it("refuses on Linux's basic_text backend and writes nothing, not even a file", async () => {
    const keychain = fakeKeychain({ backend: 'basic_text' });
    const store = await open(keychain);
    await assert.rejects(store.set('topdesk.password', SECRET), (error: unknown) => {
      assert.ok(error instanceof KeychainRefusedError);
      assert.equal(error.reason, 'basic-text');
      assert.match(error.message, /GNOME Keyring or KWallet/);
      assert.match(error.message, /--password-store=gnome-libsecret/);
      assert.ok(!error.message.includes(SECRET));
      return true;
    });
    assert.equal(keychain.encrypted, 0, 'nothing was even encrypted');
    assert.deepEqual(await readdir(dataDir), []);
  });

  it('refuses without a keychain, and where safeStorage has no encryption', async () => {
    await assert.rejects(
      (await SecretStore.open({ dataDir, keychain: null })).set('a.token', SECRET),
      {
        name: 'KeychainRefusedError',
      },
    );
    await assert.rejects(
      (await open(fakeKeychain({ available: false }), 'darwin')).set('a.token', SECRET),
      {
        name: 'KeychainRefusedError',
      },
    );
  });

  it('says what to do when a secret is missing or the keychain will not decrypt it', async () => {
    const store = await open();
    const missing = store.read('topdesk.password');
    assert.ok(
      !missing.ok && /holds no secret of that name \(enter it under Settings\)/.test(missing.error),
    );
    await store.set('topdesk.password', SECRET);
    const locked = await open(fakeKeychain({ refuseDecrypt: true }));
    const read = locked.read('topdesk.password');
    assert.ok(!read.ok);
    assert.match(read.error, /cannot be decrypted: the OS keychain refused/);
    assert.ok(!read.error.includes(SECRET));
  });

  it('keeps a damaged file aside instead of overwriting it', async () => {
    await writeFile(path.join(dataDir, 'secrets.json'), '{ not json');
    const store = await open();
    const read = store.read('topdesk.password');
    assert.ok(!read.ok && read.error.includes('is damaged'));
    await store.set('topdesk.password', SECRET);
    assert.equal(await readFile(path.join(dataDir, 'secrets.json.damaged'), 'utf8'), '{ not json');
    assert.deepEqual((await open()).read('topdesk.password'), { ok: true, value: SECRET });
  });

  it('removes a secret, and refuses names and sizes it does not keep', async () => {
    const store = await open();
    await store.set('a.token', SECRET);
    await store.remove('a.token');
    assert.ok(!(await open()).has('a.token'));
    await assert.rejects(store.set('../etc/passwd', SECRET), /not a keychain secret name/);
    await assert.rejects(store.set('a.token', 'x'.repeat(5_000)), /1 to 4096 characters/);
  });

  it('keeps every secret of saves made at once', async () => {
    const store = await open();
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        store.set(`source-${index}.token`, `${SECRET}-${index}`),
      ),
    );
    const reopened = await open();
    for (let index = 0; index < 10; index++)
      assert.deepEqual(reopened.read(`source-${index}.token`), {
        ok: true,
        value: `${SECRET}-${index}`,
      });
  });
});
