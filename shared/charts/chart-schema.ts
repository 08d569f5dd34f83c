import { z } from 'zod';
import { domainIds } from '../playbook/domains.ts';

/**
 * What the wall's charts draw (docs/contracts.md, "Charts"): built in main from the sources'
 * validated signals, already downsampled to at most MAX_CHART_POINTS per series, so the
 * renderer never receives more than it can draw. Not part of the snapshot contract: the
 * renderer asks for it (`charts:get`) after each new snapshot.
 */

const iso = z.iso.datetime({ offset: true });

/** Enough for a 4K screen's widest chart; LTTB keeps the peaks that matter. */
export const MAX_CHART_POINTS = 400;

export const chartPointSchema = z.strictObject({
  at: iso,
  count: z.number().min(0),
});
export type ChartPoint = z.infer<typeof chartPointSchema>;

/**
 * One helpdesk subcategory: at each minute, the reports called in during the rule's window
 * before it (what `ticket-spike` compares), with its normal band from the baseline.
 */
export const helpdeskSeriesSchema = z.strictObject({
  /** The subcategory (or category) as TOPdesk names it; "(none)" has key null. */
  key: z.string().nullable(),
  points: z.array(chartPointSchema).max(MAX_CHART_POINTS),
  /** The baseline's rate, scaled to the window: what a normal window holds now. */
  expected: z.number().min(0),
  /** The count from which the rule marks a spike now: max(minCount, factor × expected). */
  threshold: z.number().min(0),
  /** A spike mark is raised for this key right now. */
  spiking: z.boolean(),
});
export type HelpdeskSeries = z.infer<typeof helpdeskSeriesSchema>;

export const helpdeskChartSchema = z.strictObject({
  /** The rule's window the counts are over, in minutes (60 by default). */
  windowMinutes: z.number().int().min(1),
  /** `subcategory` or `category`, as the rule groups. */
  by: z.enum(['category', 'subcategory']),
  from: iso,
  to: iso,
  /** The busiest few (and every spiking one), busiest now first. */
  series: z.array(helpdeskSeriesSchema).max(8),
});
export type HelpdeskChart = z.infer<typeof helpdeskChartSchema>;

/** One Elasticsearch query: its per-minute histogram and the rule's threshold. */
export const queryChartSchema = z.strictObject({
  id: z.string(),
  /** Which domain's `query-threshold` rule reads it, if any. */
  domain: z.enum(domainIds).nullable(),
  windowMinutes: z.number().int().min(1),
  /** The rule's threshold over the whole window; null when no rule reads the query. */
  threshold: z.number().min(0).nullable(),
  /** The count over the window now. */
  count: z.number().int().min(0),
  degraded: z.boolean(),
  points: z.array(chartPointSchema).max(MAX_CHART_POINTS),
});
export type QueryChart = z.infer<typeof queryChartSchema>;

export const checkSegmentSchema = z.strictObject({
  status: z.enum(['up', 'down', 'paused', 'unknown']),
  from: iso,
  to: iso,
});
export type CheckSegment = z.infer<typeof checkSegmentSchema>;

/** A StatusCake check's up/down history as a strip, oldest segment first. */
export const checkStripSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The domains whose selectors pick the check (GGD-portaal, Website). */
  domains: z.array(z.enum(domainIds)),
  segments: z.array(checkSegmentSchema).max(MAX_CHART_POINTS),
});
export type CheckStrip = z.infer<typeof checkStripSchema>;

export const wallChartsSchema = z.strictObject({
  generatedAt: iso,
  /** The span every chart shows, ending at generatedAt. */
  from: iso,
  helpdesk: helpdeskChartSchema.nullable(),
  queries: z.array(queryChartSchema).max(50),
  checks: z.array(checkStripSchema).max(100),
});
export type WallCharts = z.infer<typeof wallChartsSchema>;
