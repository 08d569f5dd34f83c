import type { SourceSignals } from '../../../shared/signals/signals.ts';
import { wallDate } from '../../time/clock.ts';
import type { PollContext, SourceClient, SourceConfigOf } from '../source-client.ts';
import { toSourceError } from '../source-error.ts';
import { fetchAllIncidents, type PagingLimits } from './fetch-all-incidents.ts';
import { modifiedSinceQuery, openOrCalledSinceQuery } from './incident-query.ts';
import { startPollBudget } from './poll-budget.ts';
import { afterDelta, afterFullSync, fullSyncDue, initialSyncState } from './sync-state.ts';
import type { SyncState } from './sync-state.ts';
import { resolveTopdeskSettings, type TopdeskClientOptions } from './settings.ts';
import type { TopdeskSettings } from './settings.ts';

export type { TopdeskClientOptions } from './settings.ts';

/**
 * The TOPdesk client: a full read of the open and recent incidents first, then deltas on
 * modificationDate, and a full read again every resyncInterval to catch what deltas cannot
 * see (deleted and archived incidents). Each poll returns the whole current ticket set.
 */
export function createTopdeskClient(
  config: SourceConfigOf<'topdesk'>,
  options: TopdeskClientOptions = {},
): SourceClient {
  const settings = resolveTopdeskSettings(config, options);
  let state = initialSyncState;
  let previous: Promise<unknown> = Promise.resolve();
  return {
    poll(context) {
      // Polls run one after another: each starts from the state the one before left.
      const run = previous.then(async () => {
        state = await pollOnce(state, settings, context);
        return signalsOf(state);
      });
      previous = run.catch(() => undefined);
      return run;
    },
  };
}

async function pollOnce(
  state: SyncState,
  settings: TopdeskSettings,
  context: PollContext,
): Promise<SyncState> {
  try {
    return await syncStep(state, settings, context);
  } catch (error) {
    if (context.signal.aborted) throw error;
    throw toSourceError(error);
  }
}

async function syncStep(
  state: SyncState,
  settings: TopdeskSettings,
  context: PollContext,
): Promise<SyncState> {
  // One wall time for the whole poll: its query window, retention and error dates agree.
  const now = wallDate(context.clock);
  const limits = pagingLimits(settings, context, now);
  const retention = { lookbackMs: settings.lookbackMs, now };
  if (fullSyncDue(state, now, settings.resyncIntervalMs)) {
    const since = new Date(now.getTime() - settings.lookbackMs);
    const rows = await fetchAllIncidents(
      settings.connection,
      openOrCalledSinceQuery(since),
      limits,
    );
    return afterFullSync(rows, retention);
  }
  // Re-asking a little before the cursor costs a few rows and covers same-second changes.
  const since = new Date(Date.parse(state.cursor ?? '') - settings.deltaOverlapMs);
  const changes = await fetchAllIncidents(settings.connection, modifiedSinceQuery(since), limits);
  return afterDelta(state, changes, retention);
}

function pagingLimits(settings: TopdeskSettings, context: PollContext, now: Date): PagingLimits {
  return {
    pageSize: settings.pageSize,
    maxRows: settings.maxRows,
    budget: startPollBudget(context.clock, settings.pollBudgetMs, settings.timeoutMs),
    signal: context.signal,
    now,
  };
}

function signalsOf(state: SyncState): SourceSignals {
  return { kind: 'topdesk', tickets: [...state.tickets.values()] };
}
