import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { invokeContract } from '../../shared/ipc/contract.ts';
import { SecretStore } from '../secrets/secret-store.ts';
import { fakeKeychain } from '../secrets/testing/fake-keychain.ts';
import {
  clusterUnavailable,
  startPgCluster,
  type PgCluster,
} from '../timeline/postgres/testing/pg-cluster.ts';
import {
  sampleHolder,
  samplePublication,
} from '../timeline/postgres/testing/sample-publication.ts';
import { freshDatabaseUrl, openTestStore } from '../timeline/postgres/testing/test-store.ts';
import { warRoomChoiceHandlers, type WarRoomChoiceOptions } from './war-room-choice.ts';
import { RememberedWarRoom, WAR_ROOM_SECRET } from './war-room-file.ts';

const skip = clusterUnavailable() ?? false;
let cluster: PgCluster;
/** PGPASSWORD and ~/.pgpass of whoever runs the tests must not answer for the form. */
const savedEnv = { PGPASSWORD: process.env.PGPASSWORD, PGPASSFILE: process.env.PGPASSFILE };

before(async () => {
  delete process.env.PGPASSWORD;
  process.env.PGPASSFILE = path.join(tmpdir(), 'dijkwacht-no-such-pgpass');
  if (!skip) cluster = await startPgCluster();
});
after(async () => {
  if (!skip) await cluster.remove();
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

let folder = '';
let relaunched: { join: string | null }[] = [];
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-war-room-choice-'));
  relaunched = [];
});
afterEach(() => rm(folder, { recursive: true, force: true }));

async function handlers(options: Partial<WarRoomChoiceOptions> & { backend?: string } = {}) {
  const secrets = await SecretStore.open({
    dataDir: folder,
    keychain: fakeKeychain({ backend: options.backend ?? 'gnome_libsecret' }),
    platform: 'linux',
  });
  const made = warRoomChoiceHandlers({
    dataDir: folder,
    secrets,
    relaunch: async (args) => void relaunched.push(args),
    ...options,
  });
  /** Every answer must pass the contract, as main's dispatcher checks it. */
  const call = async <C extends keyof typeof made>(
    channel: C,
    request: Parameters<(typeof made)[C]>[0],
  ) => {
    const answer = await made[channel](request as never);
    return invokeContract[channel].response.parse(answer) as Awaited<ReturnType<(typeof made)[C]>>;
  };
  return { call, secrets };
}

/** A migrated store on which `dijkwacht collect` on meldkamer-1 published once. */
async function publishedUrl(prefix: string): Promise<string> {
  const url = await freshDatabaseUrl(cluster, prefix);
  const store = await openTestStore(cluster, url, { create: true });
  try {
    const holder = sampleHolder('dijkwacht collect');
    assert.ok((await store.claimCollector(holder, 60_000)).ok);
    await store.publish(samplePublication(), holder);
  } finally {
    await store.close();
  }
  return url;
}

async function migratedUrl(prefix: string): Promise<string> {
  const url = await freshDatabaseUrl(cluster, prefix);
  await (await openTestStore(cluster, url, { create: true })).close();
  return url;
}

const server = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.username}@${parsed.hostname}:${parsed.port}${parsed.pathname}`;
};

describe('Test connection', { skip }, () => {
  it('names the collector, what it publishes and when, from a real store', async () => {
    const url = await publishedUrl('published');
    const { call } = await handlers();
    const answer = await call('warroom:test', { url, password: cluster.password });
    assert.equal(answer.status, 'published');
    assert.ok(answer.status === 'published');
    assert.equal(answer.store, server(url));
    assert.deepEqual(answer.collector, { label: 'dijkwacht collect', host: 'meldkamer-1' });
    assert.equal(answer.title, 'Gedeelde meldkamer');
    assert.equal(answer.timezone, 'Europe/Amsterdam');
    assert.ok(Math.abs(Date.parse(answer.publishedAt) - Date.now()) < 10_000);
    assert.ok(!JSON.stringify(answer).includes(cluster.password));
  });

  it('says when no collector has published yet', async () => {
    const url = await migratedUrl('unpublished');
    const { call } = await handlers();
    assert.deepEqual(await call('warroom:test', { url, password: cluster.password }), {
      status: 'no-collector',
      store: server(url),
    });
  });

  it('a wrong password: the store’s one line, naming the server and neither password', async () => {
    const url = await migratedUrl('wrong_password');
    const { call } = await handlers();
    const wrong = 'not-the-password-4711';
    const answer = await call('warroom:test', { url, password: wrong });
    assert.equal(answer.status, 'failed');
    assert.ok(answer.status === 'failed');
    assert.ok(answer.message.startsWith(`${server(url)}: `), answer.message);
    assert.match(answer.message, /password/);
    assert.ok(!answer.message.includes('\n'));
    for (const secret of [wrong, cluster.password]) assert.ok(!answer.message.includes(secret));
  });

  it('a database without the war room’s tables is refused, not created', async () => {
    const url = await freshDatabaseUrl(cluster, 'bare');
    const { call } = await handlers();
    const answer = await call('warroom:test', { url, password: cluster.password });
    assert.equal(answer.status, 'failed');
    assert.ok(answer.status === 'failed' && answer.message.startsWith(server(url)));
    const tables = await cluster.sql(
      "SELECT count(*) FROM pg_namespace WHERE nspname = 'dijkwacht'",
      new URL(url).pathname.slice(1),
    );
    assert.equal(tables.trim(), '0');
  });

  it('a server that does not answer: failed within the limit', async () => {
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const { call } = await handlers({ testTimeoutMs: 300 });
      const started = Date.now();
      const answer = await call('warroom:test', {
        url: `postgres://anna@127.0.0.1:${port}/warroom`,
      });
      assert.deepEqual(answer, {
        status: 'failed',
        message: `anna@127.0.0.1:${port}/warroom: no answer within 0.3 s`,
      });
      assert.ok(Date.now() - started < 5_000);
    } finally {
      silent.close();
    }
  });
});

describe('the URL is checked as the store checks it', () => {
  for (const [name, url, expected] of [
    [
      'a password in the URL',
      'postgres://anna:geheim@db/warroom',
      /anna@db:5432\/warroom: the URL carries a password/,
    ],
    [
      'a password parameter',
      'postgres://anna@db/warroom?password=geheim',
      /the URL carries a password/,
    ],
    [
      'another scheme',
      'https://anna:geheim@db/warroom',
      /^https:\/\/anna@db\/warroom: not a postgres:\/\/user@host:port\/database URL$/,
    ],
    ['a file', '/var/lib/dijkwacht/timeline.sqlite', /not a postgres:\/\//],
    [
      'an unknown sslmode',
      'postgresql://anna@db/warroom?sslmode=always',
      /sslmode=always is not one of/,
    ],
  ] as const) {
    it(`${name}: refused by test and join, nothing written, no restart`, async () => {
      const { call, secrets } = await handlers();
      const tested = await call('warroom:test', { url });
      assert.ok(tested.status === 'failed');
      assert.match(tested.message, expected);
      assert.ok(!tested.message.includes('geheim'));
      const joined = await call('warroom:join', { url, password: 'long-enough-password' });
      assert.ok(joined.status === 'invalid');
      assert.match(joined.message, expected);
      assert.ok(!joined.message.includes('geheim'));
      assert.deepEqual(relaunched, []);
      assert.equal(secrets.has(WAR_ROOM_SECRET), false);
      assert.deepEqual(await readdir(folder), []);
    });
  }
});

describe('Join and Leave', () => {
  const URL = 'postgres://anna@db.example.nl:5432/warroom?sslmode=require';
  const PASSWORD = 's3cr3t-WARROOM-9f2';

  it('join: the password to the keychain, the URL remembered, then a restart as a seat', async () => {
    const { call, secrets } = await handlers();
    const answer = await call('warroom:join', { url: URL, password: PASSWORD });
    assert.deepEqual(answer, { status: 'restarting' });
    assert.deepEqual(relaunched, [{ join: URL }]);
    assert.equal(await new RememberedWarRoom(folder).read(), URL);
    assert.deepEqual(secrets.read(WAR_ROOM_SECRET), { ok: true, value: PASSWORD });
    // Only ciphertext on disk: no form of the password in any file of the data folder.
    for (const name of await readdir(folder)) {
      const text = await import('node:fs/promises').then(({ readFile }) =>
        readFile(path.join(folder, name), 'utf8'),
      );
      assert.ok(!text.includes(PASSWORD), name);
      assert.ok(!text.includes(Buffer.from(PASSWORD).toString('base64')), name);
    }
  });

  it('join without a restart to offer (the browser tests): unavailable, nothing kept', async () => {
    const { call, secrets } = await handlers({ relaunch: undefined });
    assert.deepEqual(await call('warroom:join', { url: URL, password: PASSWORD }), {
      status: 'unavailable',
    });
    assert.deepEqual(await call('warroom:leave', undefined), { status: 'unavailable' });
    assert.equal(secrets.has(WAR_ROOM_SECRET), false);
    assert.deepEqual(await readdir(folder), []);
  });

  it('a password the keychain cannot keep: refused with what to do instead, no restart', async () => {
    const { call } = await handlers({ backend: 'basic_text' });
    const answer = await call('warroom:join', { url: URL, password: PASSWORD });
    assert.ok(answer.status === 'invalid');
    assert.match(
      answer.message,
      /did not store the password: .*Give it through PGPASSWORD or ~\/\.pgpass instead/,
    );
    assert.deepEqual(relaunched, []);
    assert.deepEqual(await readdir(folder), []);
    // Without a password the same keychain is no obstacle: PGPASSWORD or ~/.pgpass give it.
    assert.deepEqual(await call('warroom:join', { url: URL }), { status: 'restarting' });
  });

  it('joining another server without a password forgets the one kept for the first', async () => {
    const { call, secrets } = await handlers();
    await call('warroom:join', { url: URL, password: PASSWORD });
    await call('warroom:join', { url: URL });
    assert.equal(secrets.has(WAR_ROOM_SECRET), true, 'the same URL keeps its password');
    await call('warroom:join', { url: 'postgres://anna@elsewhere/warroom' });
    assert.equal(secrets.has(WAR_ROOM_SECRET), false);
  });

  it('leave: the password forgotten, no war room remembered, a restart as no seat', async () => {
    const { call, secrets } = await handlers();
    await call('warroom:join', { url: URL, password: PASSWORD });
    assert.deepEqual(await call('warroom:leave', undefined), { status: 'restarting' });
    assert.deepEqual(relaunched, [{ join: URL }, { join: null }]);
    assert.equal(await new RememberedWarRoom(folder).read(), null);
    assert.equal(secrets.has(WAR_ROOM_SECRET), false);
  });

  it('the kept password tests its own URL only; never one typed for another server', async (t) => {
    if (skip) return t.skip(String(skip));
    const url = await publishedUrl('kept');
    const other = await publishedUrl('other');
    const { call } = await handlers();
    await call('warroom:join', { url, password: cluster.password });
    assert.equal((await call('warroom:test', { url })).status, 'published');
    const elsewhere = await call('warroom:test', { url: other });
    assert.equal(elsewhere.status, 'failed');
    assert.ok(!JSON.stringify(elsewhere).includes(cluster.password));
  });
});
