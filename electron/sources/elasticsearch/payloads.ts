import { z } from 'zod';
import { HISTOGRAM_NAME } from './search-request.ts';

/**
 * The part of a `_search` answer the client reads (size 0, track_total_hits, a per-minute
 * date_histogram; docs/sources.md, "Counting"). Unknown keys are stripped; counts are whole
 * and non-negative.
 */

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** One entry of `_shards.failures`: only its reason is read. */
export const failureSchema = z.object({
  reason: z.object({ type: z.string().optional(), reason: z.string().optional() }).optional(),
});

export const searchResponseSchema = z.object({
  timed_out: z.boolean(),
  _shards: z.object({
    total: count,
    failed: count,
    failures: z.array(z.unknown()).optional(),
  }),
  hits: z.object({
    // ES 6 (or rest_total_hits_as_int) gives a bare number, which was always exact.
    total: z.union([count, z.object({ value: count, relation: z.enum(['eq', 'gte']) })]),
  }),
  aggregations: z
    .object({
      [HISTOGRAM_NAME]: z.object({
        buckets: z.array(z.object({ key: z.number(), doc_count: count })),
      }),
    })
    .optional(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
