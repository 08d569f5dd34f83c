import assert from 'node:assert/strict';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { tempFolder, type TempFolder } from '../sqlite/testing/temp-folder.ts';
import {
  describeServer,
  parseConnectionUrl,
  redactUrl,
  type SettingsContext,
} from './connection-settings.ts';
import { matchPgpass } from './pgpass.ts';

let folder: TempFolder;
before(async () => {
  folder = await tempFolder('pg-settings');
});
after(() => folder.remove());

/** A machine with no PG* variables, no ~/.pgpass and OS user `anna`. */
const bare = (): SettingsContext => ({ env: {}, home: folder.file('home-none'), osUser: 'anna' });

function refusedWith(url: string, context: SettingsContext, message: string): void {
  assert.throws(
    () => parseConnectionUrl(url, context),
    (error: unknown) => error instanceof StoreOpenError && error.message === message,
  );
}

describe('a postgres:// URL', () => {
  it('fills what it leaves out as libpq does: PG* variables, then localhost:5432, the OS user', () => {
    const settings = parseConnectionUrl('postgres://', bare());
    assert.equal(describeServer(settings), 'anna@localhost:5432/anna');
    const fromEnv = parseConnectionUrl('postgresql:///', {
      ...bare(),
      env: { PGHOST: 'db.example.nl', PGPORT: '6432', PGUSER: 'wacht', PGDATABASE: 'warroom' },
    });
    assert.equal(describeServer(fromEnv), 'wacht@db.example.nl:6432/warroom');
    const given = parseConnectionUrl(
      'postgres://bram@[::1]:5433/tijd%20lijn?application_name=seat',
      bare(),
    );
    assert.equal(describeServer(given), 'bram@::1:5433/tijd lijn');
    assert.equal(given.applicationName, 'seat');
    const socket = parseConnectionUrl('postgres://%2Fvar%2Frun%2Fpostgresql/warroom', bare());
    assert.equal(socket.host, '/var/run/postgresql');
    assert.equal(parseConnectionUrl('postgres://x/db?host=/tmp&port=7000', bare()).port, 7000);
  });

  it('refuses a password in the URL, naming the server without it', () => {
    const message =
      "anna@db:5432/warroom: the URL carries a password: put the password in PGPASSWORD or ~/.pgpass, or the config's store: { password: { env: NAME } } — never in the URL";
    refusedWith('postgres://anna:geheim@db/warroom', bare(), message);
    refusedWith('postgres://anna@db/warroom?password=geheim', bare(), message);
    assert.equal(redactUrl('postgres://anna:geheim@db/x'), 'postgres://anna@db/x');
    assert.equal(redactUrl('postgres://anna:ge@heim@db:1/x'), 'postgres://anna@db:1/x');
    assert.equal(redactUrl('postgres://db/x?u=a@b'), 'postgres://db/x?u=a@b');
  });

  it('refuses what it cannot read: another scheme, a bad port, an unknown parameter or sslmode', () => {
    refusedWith(
      'mysql://db/x',
      bare(),
      'mysql://db/x: not a postgres://user@host:port/database URL',
    );
    refusedWith(
      'postgres://anna:geheim@db:99999/x',
      bare(),
      'postgres://anna@db:99999/x: not a postgres://user@host:port/database URL',
    );
    refusedWith(
      'postgres://db:0/x',
      bare(),
      'postgres://db:0/x: port 0 is not a port number (1–65535)',
    );
    refusedWith(
      'postgres://db/x?target_session_attrs=any',
      bare(),
      'anna@db:5432/x: unknown URL parameter target_session_attrs (known: sslmode, sslrootcert, sslcert, sslkey, application_name, host, port, user, dbname)',
    );
    refusedWith(
      'postgres://db/x?sslmode=verify',
      bare(),
      'anna@db:5432/x: sslmode=verify is not one of disable, allow, prefer, require, verify-ca, verify-full',
    );
  });
});

describe('the password', () => {
  it('comes from the config, then PGPASSWORD, then .pgpass, else is an empty string', async () => {
    const pgpass = folder.file('pgpass');
    await writeFile(pgpass, 'db:5432:warroom:anna:uit-bestand\n', { mode: 0o600 });
    const env = { PGPASSWORD: 'uit-omgeving', PGPASSFILE: pgpass };
    const url = 'postgres://anna@db/warroom';
    const read = (context: Partial<SettingsContext>) => {
      const settings = parseConnectionUrl(url, { ...bare(), ...context });
      return [settings.password, settings.passwordSource];
    };
    assert.deepEqual(read({ env, password: 'uit-config' }), ['uit-config', 'config']);
    assert.deepEqual(read({ env }), ['uit-omgeving', 'PGPASSWORD']);
    assert.deepEqual(read({ env: { PGPASSFILE: pgpass } }), ['uit-bestand', 'pgpass']);
    assert.deepEqual(read({}), ['', 'none']);
  });

  it('reads ~/.pgpass only when no one else may read it', async () => {
    const home = folder.file('home');
    await mkdir(home);
    const file = path.join(home, '.pgpass');
    await writeFile(file, '*:*:*:*:geheim\n', { mode: 0o600 });
    const read = () => parseConnectionUrl('postgres://db/x', { ...bare(), home });
    assert.equal(read().password, 'geheim');
    await chmod(file, 0o640);
    assert.equal(read().password, '');
    assert.equal(
      read().pgpassIgnored,
      `${file} ignored: group or others may read it (chmod 0600 it)`,
    );
  });

  it('matches .pgpass lines as libpq does: first match, * wildcards, \\: and \\\\ escapes', () => {
    const text = [
      '# comment',
      'other:5432:*:anna:niet-deze',
      'db:*:war\\:room:anna:met\\:dubbele\\\\punt',
      'db:5432:*:*:de-eerste',
      '*:*:*:*:de-laatste',
      'kort:regel',
    ].join('\n');
    const target = { host: 'db', port: 5432, database: 'warroom', user: 'anna' };
    assert.equal(matchPgpass(text, target), 'de-eerste');
    assert.equal(matchPgpass(text, { ...target, database: 'war:room' }), 'met:dubbele\\punt');
    assert.equal(matchPgpass(text, { ...target, host: 'elders' }), 'de-laatste');
    assert.equal(matchPgpass('localhost:5432:*:*:socket', { ...target, host: '/tmp' }), 'socket');
    assert.equal(
      matchPgpass('db:5432:x:anna:pw:met:dubbelepunt', { ...target, database: 'x' }),
      'pw:met:dubbelepunt',
    );
    assert.equal(matchPgpass('', target), null);
  });
});

describe('sslmode', () => {
  const plan = (query: string, context: Partial<SettingsContext> = {}) =>
    parseConnectionUrl(`postgres://db/x${query}`, { ...bare(), ...context }).ssl;

  it('maps each mode to TLS options as psql users expect', async () => {
    assert.deepEqual(plan('?sslmode=disable'), {
      mode: 'disable',
      ssl: false,
      plainFallback: false,
    });
    assert.deepEqual(plan(''), {
      mode: 'prefer',
      ssl: { rejectUnauthorized: false },
      plainFallback: true,
    });
    assert.deepEqual(plan('', { env: { PGSSLMODE: 'disable' } }).ssl, false);
    assert.deepEqual(plan('?sslmode=allow').plainFallback, true);
    assert.deepEqual(plan('?sslmode=require'), {
      mode: 'require',
      ssl: { rejectUnauthorized: false },
      plainFallback: false,
    });
    const ca = folder.file('root.crt');
    await writeFile(ca, 'CA-PEM');
    const verifyCa = plan(`?sslmode=verify-ca&sslrootcert=${ca}`).ssl;
    assert.ok(verifyCa !== false);
    assert.equal(verifyCa.ca, 'CA-PEM');
    assert.equal(verifyCa.rejectUnauthorized, true);
    assert.equal(
      verifyCa.checkServerIdentity?.('db', {} as never),
      undefined,
      'verify-ca checks no host name',
    );
    const verifyFull = plan(`?sslmode=verify-full&sslrootcert=${ca}`).ssl;
    assert.ok(verifyFull !== false);
    assert.deepEqual(verifyFull, { rejectUnauthorized: true, ca: 'CA-PEM' });
    // libpq: require with a root certificate verifies the chain, as verify-ca.
    assert.equal(
      (plan(`?sslmode=require&sslrootcert=${ca}`).ssl as { rejectUnauthorized?: boolean })
        .rejectUnauthorized,
      true,
    );
    assert.deepEqual(plan('?sslmode=verify-full&sslrootcert=system').ssl, {
      rejectUnauthorized: true,
    });
  });

  it('reads the client certificate and refuses missing files in one line', async () => {
    const cert = folder.file('client.crt');
    const key = folder.file('client.key');
    await writeFile(cert, 'CERT');
    await writeFile(key, 'KEY');
    assert.deepEqual(plan(`?sslmode=require&sslcert=${cert}&sslkey=${key}`).ssl, {
      rejectUnauthorized: false,
      cert: 'CERT',
      key: 'KEY',
    });
    refusedWith(
      'postgres://db/x?sslmode=verify-full',
      bare(),
      'anna@db:5432/x: sslmode=verify-full needs the CA certificate: add sslrootcert=FILE (or sslrootcert=system) to the URL, or put it in ~/.postgresql/root.crt',
    );
    refusedWith(
      'postgres://db/x?sslmode=verify-ca&sslrootcert=/nergens.crt',
      bare(),
      'anna@db:5432/x: sslrootcert /nergens.crt cannot be read (ENOENT)',
    );
    refusedWith(
      `postgres://db/x?sslcert=${cert}`,
      bare(),
      `anna@db:5432/x: sslcert ${cert} needs its key: add sslkey=FILE to the URL`,
    );
  });
});
