import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StoreOpenError } from '../../../shared/timeline/timeline-store.ts';
import { asStoreFailure, pgOpenError } from './pg-errors.ts';

const settings = {
  host: 'db.example.nl',
  port: 5432,
  user: 'wacht',
  database: 'warroom',
  password: 'Zeer-Geheim',
  passwordSource: 'PGPASSWORD' as const,
  pgpassIgnored: null,
};

/** An error as pg or Node gives it: a message and a code. */
const failure = (message: string, code?: string) => Object.assign(new Error(message), { code });
const said = (error: unknown, given: Parameters<typeof pgOpenError>[1] = settings) =>
  pgOpenError(error, given).message;

describe('PostgreSQL failures as one line', () => {
  it('names the server and says what went wrong', () => {
    const cases: [Error, string][] = [
      [
        failure('connect ECONNREFUSED 10.0.0.1:5432', 'ECONNREFUSED'),
        'the server cannot be reached (connection refused: is PostgreSQL running on that port?)',
      ],
      [
        failure('getaddrinfo ENOTFOUND db.example.nl', 'ENOTFOUND'),
        'the server cannot be reached (the host name is unknown)',
      ],
      [failure('timeout expired'), 'the server cannot be reached (connection timed out)'],
      [
        failure('Connection terminated due to connection timeout'),
        'the server cannot be reached (connection timed out)',
      ],
      [
        failure('password authentication failed for user "wacht"', '28P01'),
        "the password was refused (PGPASSWORD, ~/.pgpass or the config's password)",
      ],
      [
        failure(
          'no pg_hba.conf entry for host "10.0.0.2", user "wacht", database "warroom", no encryption',
          '28000',
        ),
        'the server does not allow this user to connect from here (pg_hba.conf); it requires TLS (sslmode)',
      ],
      [failure('database "warroom" does not exist', '3D000'), 'the database does not exist'],
      [
        failure('The server does not support SSL connections'),
        'does not offer TLS, which sslmode requires',
      ],
      [
        failure('self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'),
        'TLS: the server certificate is self-signed and not trusted (sslrootcert)',
      ],
      [
        failure(
          "Hostname/IP does not match certificate's altnames",
          'ERR_TLS_CERT_ALTNAME_INVALID',
        ),
        'TLS: the server certificate does not name this host (sslmode=verify-full)',
      ],
      [
        failure('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a non-empty string'),
        "the server asks for a password and none was given (PGPASSWORD, ~/.pgpass or the config's password)",
      ],
      [failure('something odd\nwith a second line', 'XX000'), 'failed: something odd'],
    ];
    for (const [error, reason] of cases) {
      assert.equal(said(error), `wacht@db.example.nl:5432/warroom: ${reason}`);
    }
  });

  it('never repeats the password, even when the server echoes it', () => {
    const echoed = failure('role "wacht" with password "Zeer-Geheim" is odd\nZeer-Geheim', 'XX000');
    const message = said(echoed);
    assert.equal(
      message,
      'wacht@db.example.nl:5432/warroom: failed: role "wacht" with password "•••" is odd',
    );
    assert.ok(!message.includes('Zeer-Geheim'));
  });

  it('says why a .pgpass file was not used when none was given', () => {
    const ignored = {
      ...settings,
      password: '',
      passwordSource: 'none' as const,
      pgpassIgnored: '/home/wacht/.pgpass ignored: group or others may read it (chmod 0600 it)',
    };
    assert.match(
      said(failure('password authentication failed', '28P01'), ignored),
      /none was given .*; \/home\/wacht\/\.pgpass ignored/,
    );
  });

  it('passes a StoreOpenError through unchanged', () => {
    const error = new StoreOpenError('somewhere', 'already said');
    assert.equal(pgOpenError(error, settings), error);
  });

  it('words a failure during use without the server name, keeping code and cause', () => {
    const lost = failure('Connection terminated unexpectedly');
    const said = asStoreFailure(lost, settings) as Error & { code?: string };
    assert.equal(said.message, 'the server closed the connection');
    assert.equal(said.cause, lost);
    const refused = asStoreFailure(
      failure('connect ECONNREFUSED', 'ECONNREFUSED'),
      settings,
    ) as Error & { code?: string };
    assert.equal(refused.code, 'ECONNREFUSED');
    for (const own of [
      new Error('another collector took over this store'),
      new RangeError('limit'),
      'text',
    ]) {
      assert.equal(asStoreFailure(own, settings), own);
    }
  });
});
