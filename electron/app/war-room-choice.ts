import type { InvokeHandlers } from '../../shared/ipc/dispatch.ts';
import type {
  WarRoomJoinRequest,
  WarRoomJoinResult,
  WarRoomTestResult,
} from '../../shared/settings/war-room-choice-contract.ts';
import { keychainRefusalText } from '../../shared/settings/keychain-state.ts';
import { StoreOpenError, type TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { isSharedStore } from '../../shared/timeline/war-room.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { systemClock, type Clock } from '../time/clock.ts';
import { isPostgresUrl, openTimelineStore } from '../timeline/open-store.ts';
import {
  describeServer,
  parseConnectionUrl,
  redactUrl,
} from '../timeline/postgres/connection-settings.ts';
import { RememberedWarRoom, WAR_ROOM_SECRET } from './war-room-file.ts';

/** How long "Test connection" may take, the server's answer included. */
export const WAR_ROOM_TEST_MS = 10_000;

export interface WarRoomChoiceOptions {
  /** The app's data folder: the choice is kept there (war-room.json). */
  readonly dataDir: string;
  /** The OS keychain the password goes to; null where there is none (it is then refused). */
  readonly secrets: SecretStore | null;
  /** Restarts the app as a seat of `join`, or as no seat (null); unavailable without it. */
  readonly relaunch?: ((args: { join: string | null }) => Promise<void>) | undefined;
  readonly clock?: Clock;
  readonly log?: (line: string) => void;
  /** Opens the store to test (default: the real one, read-only). */
  readonly openTestStore?: (url: string, password: string | undefined) => Promise<TimelineStore>;
  readonly testTimeoutMs?: number;
}

type ChoiceChannel = 'warroom:test' | 'warroom:join' | 'warroom:leave';

/**
 * The settings page's "Shared war room" (docs/war-room.md, "Joining from the app"): test a
 * server, join it as a seat, leave it. The password typed goes to the OS keychain only, under
 * WAR_ROOM_SECRET, and is used for the remembered URL alone; no answer ever carries it.
 */
export function warRoomChoiceHandlers(
  options: WarRoomChoiceOptions,
): Pick<InvokeHandlers, ChoiceChannel> {
  const remembered = new RememberedWarRoom(options.dataDir, options.log);
  const relaunch = options.relaunch;
  return {
    'warroom:test': async ({ url, password }) => {
      const checked = checkJoinUrl(url);
      if (!checked.ok) return { status: 'failed', message: checked.message };
      const given = password ?? (await keptPassword(options, remembered, url));
      return scrubbed(await testConnection(url, checked.store, given, options), given);
    },
    'warroom:join': async (request) => {
      const checked = checkJoinUrl(request.url);
      if (!checked.ok) return { status: 'invalid', message: checked.message };
      if (!relaunch) return { status: 'unavailable' };
      const kept = await keepPassword(options.secrets, remembered, request);
      if (kept) return kept;
      await remembered.write(request.url);
      options.log?.(`Dijkwacht: joining the shared war room ${checked.store}`);
      await relaunch({ join: request.url });
      return { status: 'restarting' };
    },
    'warroom:leave': async () => {
      if (!relaunch) return { status: 'unavailable' };
      await options.secrets?.remove(WAR_ROOM_SECRET);
      await remembered.write(null);
      options.log?.('Dijkwacht: leaving the shared war room');
      await relaunch({ join: null });
      return { status: 'restarting' };
    },
  };
}

type UrlCheck = { ok: true; store: string } | { ok: false; message: string };

/** As the store reads it: postgres:// or postgresql:// only, never a password in it. */
export function checkJoinUrl(url: string): UrlCheck {
  if (!isPostgresUrl(url))
    return {
      ok: false,
      message: `${redactUrl(url)}: not a postgres://user@host:port/database URL`,
    };
  try {
    // A password of '' keeps PGPASSWORD and ~/.pgpass unread: only the URL is checked here.
    return { ok: true, store: describeServer(parseConnectionUrl(url, { password: '' })) };
  } catch (error) {
    if (error instanceof StoreOpenError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * The password typed goes to the keychain; none typed keeps the one kept for the same URL and
 * forgets one kept for another (it came with that server). Returns the refusal, if any.
 */
async function keepPassword(
  secrets: SecretStore | null,
  remembered: RememberedWarRoom,
  request: WarRoomJoinRequest,
): Promise<WarRoomJoinResult | null> {
  if (request.password === undefined) {
    if ((await remembered.read()) !== request.url) await secrets?.remove(WAR_ROOM_SECRET);
    return null;
  }
  const state = secrets?.state() ?? ({ usable: false, reason: 'none' } as const);
  if (!state.usable) {
    return {
      status: 'invalid',
      message: `Dijkwacht did not store the password: ${keychainRefusalText[state.reason]}. Give it through PGPASSWORD or ~/.pgpass instead`,
    };
  }
  await secrets!.set(WAR_ROOM_SECRET, request.password);
  return null;
}

/** The keychain's password for `url` when it is the URL it was kept with; else none. */
async function keptPassword(
  options: WarRoomChoiceOptions,
  remembered: RememberedWarRoom,
  url: string,
): Promise<string | undefined> {
  if (!options.secrets?.has(WAR_ROOM_SECRET) || (await remembered.read()) !== url) return undefined;
  const read = options.secrets.read(WAR_ROOM_SECRET);
  if (!read.ok) options.log?.(`Dijkwacht: ${read.error}`);
  return read.ok ? read.value : undefined;
}

/** Opens the store read-only and reads the publication, within WAR_ROOM_TEST_MS. */
async function testConnection(
  url: string,
  server: string,
  password: string | undefined,
  options: WarRoomChoiceOptions,
): Promise<WarRoomTestResult> {
  const open = options.openTestStore ?? openReadOnly;
  const limit = options.testTimeoutMs ?? WAR_ROOM_TEST_MS;
  const attempt = open(url, password).then(readPublication);
  const timer = new AbortController();
  const timedOut = (options.clock ?? systemClock).sleep(limit, timer.signal).then(
    (): WarRoomTestResult => ({
      status: 'failed',
      message: `${server}: no answer within ${limit / 1_000} s`,
    }),
    () => null,
  );
  try {
    const result = await Promise.race([attempt.catch(failure), timedOut]);
    return result ?? (await attempt.catch(failure));
  } finally {
    timer.abort();
  }
}

function openReadOnly(url: string, password: string | undefined): Promise<TimelineStore> {
  return openTimelineStore(url, {
    readOnly: true,
    ...(password === undefined ? {} : { password }),
  });
}

/** The newest publication, then the store is closed again. */
async function readPublication(store: TimelineStore): Promise<WarRoomTestResult> {
  try {
    if (!isSharedStore(store))
      return { status: 'failed', message: `${store.location}: not shared` };
    const published = await store.readPublished();
    if (!published) return { status: 'no-collector', store: store.location };
    return {
      status: 'published',
      store: store.location,
      collector: { label: published.holder.label, host: published.holder.host },
      title: published.info.title,
      timezone: published.info.timezone,
      publishedAt: published.publishedAt,
    };
  } finally {
    await store.close().catch(() => undefined);
  }
}

function failure(error: unknown): WarRoomTestResult {
  const message = error instanceof Error ? error.message : String(error);
  return { status: 'failed', message: message.split('\n')[0] ?? message };
}

/** The store's messages never hold the password (pg-errors.ts); this makes sure of it. */
function scrubbed(result: WarRoomTestResult, password: string | undefined): WarRoomTestResult {
  if (result.status !== 'failed' || !password) return result;
  return { ...result, message: result.message.split(password).join('•••') };
}
