import pg from 'pg';
import type { EventDraft, TimelineEvent } from '../../../shared/timeline/event.ts';
import type {
  ClaimResult,
  CollectorHolder,
  EventFilter,
  EventQuery,
  ResumeState,
  VerifyReport,
} from '../../../shared/timeline/timeline-store.ts';
import type {
  FollowListener,
  Following,
  Publication,
  PublishedState,
  SharedStore,
} from '../../../shared/timeline/war-room.ts';
import {
  describeServer,
  parseConnectionUrl,
  type ConnectionSettings,
} from './connection-settings.ts';
import { checkSchemaVersion, migrate } from './migrations.ts';
import { appendPg } from './pg-append.ts';
import { clientConfig, connectClient, firstConnection } from './pg-connect.ts';
import { asStoreFailure, describePgError, pgOpenError } from './pg-errors.ts';
import { followStore } from './pg-follow.ts';
import { createPgLease, type PgLease } from './pg-lease.ts';
import { publishState, readPublishedState } from './pg-publication.ts';
import { countPgEvents, lastPgSeq, readPgEvents } from './pg-read.ts';
import { readPgResumeState } from './pg-resume-state.ts';
import { verifyPgStore } from './pg-verify.ts';

export interface PostgresOpenOptions {
  /** Export, verify, log: the server refuses every write. */
  readonly readOnly?: boolean;
  /** Only the collector creates or migrates the schema; others need this build's schema. */
  readonly create?: boolean;
  /** The config's `{ env: NAME }` password; wins over PGPASSWORD and ~/.pgpass. */
  readonly password?: string;
}

/** At most this many pooled connections per store (the lock and LISTEN ones come on top). */
const POOL_SIZE = 4;

/**
 * The timeline in a PostgreSQL database, shared by a collector and its seats (docs/war-room.md).
 * Every method works through a small pool that reconnects by itself after a server restart.
 */
export class PostgresTimelineStore implements SharedStore {
  readonly shared = true;
  readonly location: string;
  readonly #settings: ConnectionSettings;
  readonly #pool: pg.Pool;
  readonly #connect: () => Promise<pg.Client>;
  readonly #lease: PgLease;
  readonly #followings = new Set<Following>();
  #closed: Promise<void> | null = null;

  constructor(settings: ConnectionSettings, config: pg.ClientConfig) {
    this.location = describeServer(settings);
    this.#settings = settings;
    this.#pool = new pg.Pool({ ...config, max: POOL_SIZE });
    // An idle pooled connection the server dropped (a restart) is removed by the pool; the
    // 'error' it emits would otherwise end the process. The next query connects afresh.
    this.#pool.on('error', () => undefined);
    this.#connect = () => connectClient(config);
    this.#lease = createPgLease(this.#pool, this.#connect);
  }

  async append(drafts: readonly EventDraft[]): Promise<TimelineEvent[]> {
    return this.#said(() => appendPg(this.#pool, drafts, this.#lease.heldId(), this.location));
  }

  async read(query: EventQuery): Promise<TimelineEvent[]> {
    return this.#said(() => readPgEvents(this.#pool, query));
  }

  async count(filter: EventFilter = {}): Promise<number> {
    return this.#said(() => countPgEvents(this.#pool, filter));
  }

  async lastSeq(): Promise<number> {
    return this.#said(() => lastPgSeq(this.#pool));
  }

  async resumeState(): Promise<ResumeState> {
    return this.#said(() => readPgResumeState(this.#pool));
  }

  async verify(): Promise<VerifyReport> {
    return verifyPgStore(this.#pool, (error) => describePgError(error, this.#settings));
  }

  async claimCollector(holder: CollectorHolder, staleAfterMs: number): Promise<ClaimResult> {
    return this.#said(() => this.#lease.claim(holder, staleAfterMs));
  }

  async renewCollector(holder: CollectorHolder): Promise<boolean> {
    return this.#said(() => this.#lease.renew(holder));
  }

  async releaseCollector(holder: CollectorHolder): Promise<void> {
    await this.#said(() => this.#lease.release(holder));
  }

  async publish(publication: Publication, holder: CollectorHolder): Promise<void> {
    await this.#said(() => publishState(this.#pool, publication, holder));
  }

  async readPublished(): Promise<PublishedState | null> {
    return this.#said(() => readPublishedState(this.#pool));
  }

  async follow(listener: FollowListener): Promise<Following> {
    const following = await followStore(this.#connect, listener);
    const tracked: Following = {
      stop: async () => {
        this.#followings.delete(tracked);
        await following.stop();
      },
    };
    this.#followings.add(tracked);
    return tracked;
  }

  /** Runs a call to the server; its failures read as one line (pg-errors.ts). */
  async #said<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw asStoreFailure(error, this.#settings);
    }
  }

  /** Stops every follower, gives up the lease's connection, then ends the pool. Idempotent. */
  close(): Promise<void> {
    this.#closed ??= (async () => {
      await Promise.allSettled([...this.#followings].map((following) => following.stop()));
      await this.#lease.close().catch(() => undefined);
      await this.#pool.end();
    })();
    return this.#closed;
  }
}

/**
 * Opens the timeline in the database a `postgres://` URL names. With `create` (the collector)
 * the schema is created or brought up to date; everyone else needs this build's schema.
 * Anything that keeps the store from being used is one StoreOpenError naming the server.
 */
export async function openPostgresStore(
  url: string,
  options: PostgresOpenOptions = {},
): Promise<PostgresTimelineStore> {
  const settings = parseConnectionUrl(url, { password: options.password });
  const location = describeServer(settings);
  const readOnly = options.readOnly ?? false;
  const { client, ssl } = await firstConnection(settings, readOnly);
  try {
    if (options.create === true && !readOnly) await migrate(client, location);
    else await checkSchemaVersion(client, location);
  } catch (error) {
    throw pgOpenError(error, settings);
  } finally {
    await client.end().catch(() => undefined);
  }
  return new PostgresTimelineStore(settings, clientConfig(settings, ssl, readOnly));
}
