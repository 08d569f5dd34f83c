import { z } from 'zod';
import { formatPath } from '../../../shared/config/config-issues.ts';

/**
 * The documented StatusCake v1 shapes we read (statuscake-go `model_uptime_test_overview.go`,
 * `model_uptime_test_period.go`, `model_links.go`). Strict on the fields we use, unknown
 * keys stripped so additions by the vendor are harmless (docs/reliability.md, "Bad input").
 */

const iso = z.iso.datetime({ offset: true });
const status = z.enum(['up', 'down']);

export const uptimeOverviewSchema = z.object({
  // A numeric-looking string, never a number (docs/sources.md, "Endpoints and payloads").
  id: z.string().min(1).max(64),
  name: z.string().max(1000),
  website_url: z.string().max(4096),
  check_rate: z.number().int().min(0),
  paused: z.boolean(),
  status,
  // A Go nil slice marshals as null: read it as no tags.
  tags: z
    .array(z.string().max(500))
    .max(500)
    .nullish()
    .transform((tags) => tags ?? []),
});
export type UptimeOverview = z.infer<typeof uptimeOverviewSchema>;

export const uptimeListSchema = z.object({
  data: z.array(uptimeOverviewSchema).max(1000),
  metadata: z.object({
    page: z.number().int().min(0),
    per_page: z.number().int().min(0),
    page_count: z.number().int().min(0),
    total_count: z.number().int().min(0),
  }),
});

export const uptimePeriodSchema = z.object({
  created_at: iso,
  ended_at: iso.nullish(),
  status,
});
export type UptimePeriod = z.infer<typeof uptimePeriodSchema>;

export const periodsPageSchema = z.object({
  data: z.array(uptimePeriodSchema).max(1000),
  links: z.object({ next: z.string().max(4096).nullish() }).nullish(),
});

/** The first issue of a failed parse, by path and kind, never by value (docs/reliability.md, "Bad input"). */
export function describeIssue(what: string, error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  return `${what} has an unexpected shape${where}: ${issue?.message ?? 'invalid'}`;
}

/** An RFC 3339 time as the ISO UTC string signals use, or null when it has no such form. */
export function toUtcIso(time: string): string | null {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) return null;
  const utc = new Date(ms).toISOString();
  return iso.safeParse(utc).success ? utc : null;
}
