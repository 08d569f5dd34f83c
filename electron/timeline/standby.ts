import type { CollectorHolder } from '../../shared/timeline/timeline-store.ts';
import type { SharedStore } from '../../shared/timeline/war-room.ts';
import { systemClock, wallDate } from '../time/clock.ts';
import {
  collectWhileClaimed,
  DEFAULT_HEARTBEAT_MS,
  holderFor,
  staleAfterMs,
  type ClaimedCollecting,
  type Collecting,
  type CollectingOptions,
} from './collecting.ts';

export interface StandbyOptions extends CollectingOptions {
  readonly store: SharedStore;
  /**
   * Called each time this process becomes the active collector (alerts, a line on stderr);
   * returns what undoes it when the claim is lost or collecting stops.
   */
  readonly whileActive?: (collecting: Collecting) => () => Promise<void>;
}

export type StandbyState = 'standby' | 'active' | 'stopped';

export interface StandbyCollecting {
  state(): StandbyState;
  /** The collecting while active, else null. */
  current(): Collecting | null;
  /** Resolves when this process collects: at once if it does now, else at its next takeover. */
  whenActive(): Promise<Collecting>;
  /**
   * Stops waiting, or stops collecting (writes `collector-stopped`, gives up the claim).
   * Resolves with the number of events that could not be written.
   */
  stop(): Promise<number>;
}

/**
 * A collector on a shared store that waits its turn (docs/war-room.md): while another
 * collector holds the store it says so once and retries the claim every quarter heartbeat;
 * the active collector's lease goes stale after 2 heartbeats (and a killed process frees the
 * PostgreSQL lock at once), so a standby takes over within 2 heartbeats. Once it wins it
 * carries on from the store exactly as a restarted collector does; if it loses the claim
 * (cut off from the database past its lease) it stops writing and stands by again.
 */
export function startStandbyCollecting(options: StandbyOptions): StandbyCollecting {
  const clock = options.clock ?? systemClock;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const log = options.log ?? ((line: string) => console.error(line));
  const holder = holderFor(options.label, wallDate(clock));
  const stopping = new AbortController();
  const stopped = new Promise<'stopped'>((resolve) =>
    stopping.signal.addEventListener('abort', () => resolve('stopped'), { once: true }),
  );
  let state: StandbyState = 'standby';
  let current: Collecting | null = null;
  let pending = 0;
  let waiters: ((collecting: Collecting) => void)[] = [];
  const waiting = waitingReporter(options.store.location, log);

  /** Collects until the claim is lost (back to standby) or stop() is called. */
  const collect = async (): Promise<'failed' | 'ended'> => {
    let lost!: (reason: string) => void;
    const lostClaim = new Promise<'lost'>((resolve) => (lost = () => resolve('lost')));
    let run: ClaimedCollecting;
    try {
      run = await collectWhileClaimed(options, holder, lost);
    } catch (error) {
      waiting.failed(error);
      await options.store.releaseCollector(holder).catch(() => undefined);
      return 'failed';
    }
    waiting.reset();
    state = 'active';
    current = run;
    const undo = options.whileActive?.(run) ?? (async () => undefined);
    for (const waiter of waiters) waiter(run);
    waiters = [];
    const outcome = await Promise.race([lostClaim, stopped]);
    current = null;
    if (outcome === 'stopped') {
      await run.stop();
      pending = run.keeper.state().pending;
      await undo();
      return 'ended';
    }
    state = 'standby';
    await undo();
    await run.abandon();
    return 'ended';
  };

  const loop = async () => {
    while (!stopping.signal.aborted) {
      const claim = await options.store
        .claimCollector(holder, staleAfterMs(options.store, heartbeatMs))
        .catch((error: unknown) => ({ ok: 'error' as const, error }));
      if (claim.ok === true) {
        if (stopping.signal.aborted) {
          await options.store.releaseCollector(holder).catch(() => undefined);
          break;
        }
        if ((await collect()) === 'ended') continue;
      } else if (claim.ok === 'error') waiting.failed(claim.error);
      else waiting.standby(claim.holder);
      await clock.sleep(heartbeatMs / 4, stopping.signal).catch(() => undefined);
    }
    state = 'stopped';
  };
  const done = loop();

  return {
    state: () => state,
    current: () => current,
    whenActive: () =>
      current ? Promise.resolve(current) : new Promise((resolve) => waiters.push(resolve)),
    stop: async () => {
      stopping.abort();
      await done;
      return pending;
    },
  };
}

/** Says what the standby waits for once, not on every retry: a new holder, a new error. */
function waitingReporter(location: string, log: (line: string) => void) {
  let said: string | null = null;
  const once = (key: string, line: string) => {
    if (said !== key) log(line);
    said = key;
  };
  return {
    standby: (holder: CollectorHolder) =>
      once(
        `holder ${holder.id}`,
        `dijkwacht: standby — ${holder.label} (process ${holder.pid} on ${holder.host}) ` +
          `collects into ${location}; this one takes over when it stops`,
      ),
    failed: (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      once(`error ${message}`, `dijkwacht: cannot claim ${location}: ${message}; retrying`);
    },
    reset: () => {
      said = null;
    },
  };
}
