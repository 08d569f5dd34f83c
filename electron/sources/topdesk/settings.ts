import type { SourceConfigOf } from '../source-client.ts';
import type { TopdeskConnection } from './api.ts';

/** Tuning the config file does not expose; the defaults suit a real TOPdesk. */
export interface TopdeskClientOptions {
  /** Closed incidents are kept this long after their call date (default 7 h: a 6 h spike baseline + 1 h window). */
  readonly lookbackMs?: number;
  /** Rows asked per page (default 1000, TOPdesk's documented maximum). */
  readonly pageSize?: number;
  /** Byte cap per page (default 20 MB). */
  readonly maxPageBytes?: number;
  /** Most incidents one read may bring (default 250,000): bounds memory. */
  readonly maxRows?: number;
  /** Bound on one whole poll, all pages (default: the larger of the interval and 10 × timeout). */
  readonly pollBudgetMs?: number;
  /** How far before the cursor a delta starts (default 1 s). */
  readonly deltaOverlapMs?: number;
}

export interface TopdeskSettings {
  readonly connection: TopdeskConnection;
  readonly timeoutMs: number;
  readonly resyncIntervalMs: number;
  readonly lookbackMs: number;
  readonly pageSize: number;
  readonly maxRows: number;
  readonly pollBudgetMs: number;
  readonly deltaOverlapMs: number;
}

export function resolveTopdeskSettings(
  config: SourceConfigOf<'topdesk'>,
  options: TopdeskClientOptions,
): TopdeskSettings {
  const connection = {
    baseUrl: config.url,
    username: config.username,
    password: config.password,
    maxPageBytes: options.maxPageBytes ?? 20 * 1024 * 1024,
  };
  return {
    connection,
    timeoutMs: config.timeout,
    resyncIntervalMs: config.resyncInterval,
    lookbackMs: options.lookbackMs ?? 7 * 3_600_000,
    pageSize: options.pageSize ?? 1000,
    maxRows: options.maxRows ?? 250_000,
    pollBudgetMs: options.pollBudgetMs ?? Math.max(config.interval, 10 * config.timeout),
    deltaOverlapMs: options.deltaOverlapMs ?? 1000,
  };
}
