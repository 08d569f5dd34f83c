import { err, ok, type Result } from '../../../shared/result.ts';
import { checkSchema, type Check } from '../../../shared/signals/signals.ts';
import { describeIssue, uptimeListSchema, type UptimeOverview } from './payloads.ts';

/** One page of `GET /v1/uptime`; downSince is filled in later, from the periods. */
export interface UptimePage {
  readonly checks: readonly Check[];
  readonly pageCount: number;
  readonly totalCount: number;
}

/** Any JSON value → a page of valid Checks, or why not. Never throws. */
export function parseUptimePage(value: unknown): Result<UptimePage, string> {
  const parsed = uptimeListSchema.safeParse(value);
  if (!parsed.success) return err(describeIssue('the uptime list', parsed.error));
  const checks: Check[] = [];
  for (const [index, item] of parsed.data.data.entries()) {
    const check = checkSchema.safeParse(toCheck(item));
    if (!check.success) return err(describeIssue(`uptime check data[${index}]`, check.error));
    checks.push(check.data);
  }
  const { page_count: pageCount, total_count: totalCount } = parsed.data.metadata;
  return ok({ checks, pageCount, totalCount });
}

function toCheck(item: UptimeOverview): Check {
  return {
    id: item.id,
    name: item.name,
    url: item.website_url,
    status: item.status,
    paused: item.paused,
    tags: item.tags,
    checkRateSeconds: item.check_rate,
    downSince: null,
  };
}
