import type { Check } from '../../../shared/signals/signals.ts';
import { SourceError } from '../source-error.ts';
import { parseUptimePage } from './to-signals.ts';
import type { PollScope, StatusCakeApi } from './api.ts';

/** The documented maximum page size: one request per cycle for up to 100 checks. */
const PAGE_SIZE = 100;
/** 10,000 checks; a page_count above it is a broken answer, not an account. */
const MAX_PAGES = 100;

interface Listing {
  readonly checks: readonly Check[];
  /** total_count changed between pages: a check was added or removed while we read. */
  readonly moved: boolean;
}

/** Every check of the account, page by page; a failed page fails the whole poll. */
export async function listChecks(api: StatusCakeApi, scope: PollScope): Promise<readonly Check[]> {
  const first = await readAllPages(api, scope);
  if (!first.moved) return first.checks;
  const second = await readAllPages(api, scope);
  if (!second.moved) return second.checks;
  throw new SourceError('bad-payload', 'the list of checks kept changing while it was being read');
}

async function readAllPages(api: StatusCakeApi, scope: PollScope): Promise<Listing> {
  const checks = new Map<string, Check>();
  const totals = new Set<number>();
  let pageCount = 1;
  for (let page = 1; page <= pageCount; page += 1) {
    const body = await api.get('/uptime', listQuery(page), scope);
    const parsed = parseUptimePage(body);
    if (!parsed.ok) throw new SourceError('bad-payload', parsed.error);
    if (parsed.value.pageCount > MAX_PAGES) {
      throw new SourceError(
        'bad-payload',
        `the uptime list claims ${parsed.value.pageCount} pages`,
      );
    }
    pageCount = parsed.value.pageCount;
    totals.add(parsed.value.totalCount);
    // A check that moved to the next page while we read must not appear twice.
    for (const check of parsed.value.checks) if (!checks.has(check.id)) checks.set(check.id, check);
  }
  return { checks: [...checks.values()], moved: totals.size > 1 };
}

/** nouptime skips the uptime percentage we do not show, which StatusCake computes slowly. */
function listQuery(page: number): Record<string, string> {
  return { limit: String(PAGE_SIZE), page: String(page), nouptime: 'true' };
}
