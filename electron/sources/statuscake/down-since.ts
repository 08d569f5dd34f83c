import type { Check } from '../../../shared/signals/signals.ts';
import type { Clock } from '../../time/clock.ts';
import { SourceError } from '../source-error.ts';
import { openPeriod, parsePeriodsPage } from './periods.ts';
import type { PollScope, StatusCakeApi } from './api.ts';

/** The running period is the newest, so one page nearly always settles it. */
const MAX_PERIOD_PAGES = 3;
const PERIODS_PAGE_SIZE = 10;
/** Periods may lag the list's status; an unsettled check is asked again after this. */
const UNKNOWN_RETRY_MS = 120_000;

interface Known {
  readonly downSince: string | null;
  readonly at: number;
}

/**
 * Since when each down check is down, from its periods, remembered while it stays down:
 * a cycle reads the periods of newly-down checks only (docs/sources.md, "Rate limits").
 */
export class DownSinceCache {
  readonly #clock: Clock;
  readonly #known = new Map<string, Known>();

  constructor(clock: Clock) {
    this.#clock = clock;
  }

  async fill(checks: readonly Check[], api: StatusCakeApi, scope: PollScope): Promise<Check[]> {
    const watched = new Set(checks.filter(isWatched).map((check) => check.id));
    // A check that came up (or was paused) is forgotten: when it goes down again, it is re-read.
    for (const id of this.#known.keys()) if (!watched.has(id)) this.#known.delete(id);
    const filled: Check[] = [];
    for (const check of checks) {
      const downSince = watched.has(check.id) ? await this.#downSince(check.id, api, scope) : null;
      filled.push({ ...check, downSince });
    }
    return filled;
  }

  async #downSince(id: string, api: StatusCakeApi, scope: PollScope): Promise<string | null> {
    const known = this.#known.get(id);
    const now = this.#clock.monotonic();
    if (known && (known.downSince !== null || now - known.at < UNKNOWN_RETRY_MS)) {
      return known.downSince;
    }
    const downSince = await readDownSince(id, api, scope);
    this.#known.set(id, { downSince, at: now });
    return downSince;
  }
}

function isWatched(check: Check): boolean {
  return check.status === 'down' && !check.paused;
}

/** The start of the running down period, walking older pages by their `before` cursor. */
async function readDownSince(
  id: string,
  api: StatusCakeApi,
  scope: PollScope,
): Promise<string | null> {
  let before: string | null = null;
  for (let page = 0; page < MAX_PERIOD_PAGES; page += 1) {
    const query: Record<string, string> = { limit: String(PERIODS_PAGE_SIZE) };
    if (before !== null) query.before = before;
    const parsed = parsePeriodsPage(
      await api.get(`/uptime/${encodeURIComponent(id)}/periods`, query, scope),
    );
    if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
    const open = openPeriod(parsed.value.periods);
    if (open) return open.status === 'down' ? open.startedAt : null;
    if (parsed.value.nextBefore === null || parsed.value.nextBefore === before) return null;
    before = parsed.value.nextBefore;
  }
  return null;
}
