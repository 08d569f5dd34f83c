import { execFile } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throwaway PostgreSQL cluster for tests: Debian's server binaries, a temp folder, a free
 * loopback port, password authentication over TCP (so a wrong password is refused as in the
 * field). initdb refuses root, so as root the server runs as the `postgres` user.
 */
export interface PgCluster {
  readonly host: string;
  readonly port: number;
  /** The role the tests connect as, and its password (never in the URL, as in the field). */
  readonly user: string;
  readonly password: string;
  /** A URL without password for the database `name` (default "warroom"). */
  url(database?: string): string;
  /** Creates another empty database owned by the test role. */
  createDatabase(name: string): Promise<void>;
  /** Runs SQL as the superuser against `database`; returns psql's unaligned output. */
  sql(text: string, database?: string): Promise<string>;
  /** pg_ctl stop -m fast, then start again on the same port and folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes the folder. */
  remove(): Promise<void>;
  /** With `tls`: the CA that signed the server's certificate (issued to `localhost` only). */
  readonly caFile: string | null;
}

export interface PgClusterOptions {
  /** Serve TLS too (ssl=on) with a certificate from a throwaway CA, for the sslmode tests. */
  readonly tls?: boolean;
}

export const TEST_ROLE = 'dijkwacht';
export const TEST_DATABASE = 'warroom';

/** The folder with initdb and pg_ctl, newest major first; null where PostgreSQL is not installed. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const bin = path.join(root, major, 'bin');
    if (existsSync(path.join(bin, 'initdb'))) return bin;
  }
  return null;
}

const INSTALL_HINT =
  'PostgreSQL\'s server is missing: install it with "apt-get install postgresql"';

/**
 * Why a test must be skipped here, or null when it runs: outside CI only, as the Alertmanager
 * tests do. In CI (`CI=true`) the test runs and fails, saying what to install.
 */
export function clusterUnavailable(): string | null {
  if (postgresBinDir() !== null || process.env.CI === 'true') return null;
  return `${INSTALL_HINT}; skipped outside CI`;
}

export async function startPgCluster(clusterOptions: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error(INSTALL_HINT);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'dijkwacht-pg-'));
  const data = path.join(folder, 'data');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? await postgresIds() : null;
  chmodSync(folder, 0o755);
  if (owner) chownSync(folder, owner.uid, owner.gid);
  const superPassword = `super-${Math.random().toString(36).slice(2)}`;
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pwfile = path.join(folder, 'pwfile');
  writeFileSync(pwfile, `${superPassword}\n`, { mode: 0o600 });
  if (owner) chownSync(pwfile, owner.uid, owner.gid);
  const as = (command: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
  await as(path.join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth-local=trust',
    '--auth-host=scram-sha-256',
    `--pwfile=${pwfile}`,
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const port = await freePort();
  const logFile = path.join(folder, 'server.log');
  const tls = clusterOptions.tls === true ? await makeCertificates(folder, owner) : null;
  const tlsOptions =
    tls === null
      ? ''
      : ` -c ssl=on -c ssl_cert_file=${tls.certFile} -c ssl_key_file=${tls.keyFile}`;
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${folder} -c fsync=on -c max_connections=100${tlsOptions}`;
  const pgCtl = (args: string[]) =>
    as(path.join(bin, 'pg_ctl'), ['-D', data, '-l', logFile, '-w', '-t', '30', ...args]);
  const start = async () => void (await pgCtl(['-o', options, 'start']));
  const stop = async () => void (await pgCtl(['-m', 'fast', 'stop']).catch(() => undefined));
  await start();
  const psql = async (text: string, database = 'postgres') => {
    const { stdout } = await as('psql', [
      '-X',
      '-q',
      '-A',
      '-t',
      '-v',
      'ON_ERROR_STOP=1',
      '-h',
      folder,
      '-p',
      String(port),
      '-U',
      'postgres',
      '-d',
      database,
      '-c',
      text,
    ]);
    return stdout.trim();
  };
  await psql(`CREATE ROLE ${TEST_ROLE} LOGIN PASSWORD '${password}'`);
  await psql(`CREATE DATABASE ${TEST_DATABASE} OWNER ${TEST_ROLE}`);
  return {
    host: '127.0.0.1',
    port,
    user: TEST_ROLE,
    password,
    caFile: tls?.caFile ?? null,
    url: (database = TEST_DATABASE) => `postgres://${TEST_ROLE}@127.0.0.1:${port}/${database}`,
    createDatabase: async (name) => void (await psql(`CREATE DATABASE ${name} OWNER ${TEST_ROLE}`)),
    sql: psql,
    restart: async () => {
      await stop();
      await start();
    },
    stop,
    start,
    remove: async () => {
      await stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * A CA and a server certificate it signed for the name `localhost` only, so verify-full
 * passes for localhost and fails for 127.0.0.1 (EC keys: quick to make).
 */
async function makeCertificates(
  folder: string,
  owner: { uid: number; gid: number } | null,
): Promise<{ caFile: string; certFile: string; keyFile: string }> {
  const file = (name: string) => path.join(folder, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.crt'),
    '-days',
    '2',
    '-subj',
    '/CN=Dijkwacht test CA',
  ]);
  await run('openssl', [
    'req',
    ...ec,
    '-keyout',
    file('server.key'),
    '-out',
    file('server.csr'),
    '-subj',
    '/CN=localhost',
  ]);
  writeFileSync(file('server.ext'), 'subjectAltName=DNS:localhost\n');
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    file('server.csr'),
    '-CA',
    file('ca.crt'),
    '-CAkey',
    file('ca.key'),
    '-CAcreateserial',
    '-out',
    file('server.crt'),
    '-days',
    '2',
    '-extfile',
    file('server.ext'),
  ]);
  // The server refuses a key others may read, or one owned by someone else.
  chmodSync(file('server.key'), 0o600);
  chmodSync(file('server.crt'), 0o644);
  chmodSync(file('ca.crt'), 0o644);
  if (owner) {
    chownSync(file('server.key'), owner.uid, owner.gid);
    chownSync(file('server.crt'), owner.uid, owner.gid);
  }
  return { caFile: file('ca.crt'), certFile: file('server.crt'), keyFile: file('server.key') };
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
}

/** A loopback port nobody listens on now (the kernel's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
