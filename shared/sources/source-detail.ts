import { z } from 'zod';
import { sourceKinds } from '../config/sources-schema.ts';
import {
  sourceErrorSchema,
  sourceHealths,
  sourcePausedSchema,
} from '../snapshot/snapshot-schema.ts';
import { actionLimits } from '../timeline/action-limits.ts';

/**
 * The sources page's IPC (docs/sources-page.md): what the coordinator sees of each source
 * beyond the snapshot (the last polls' latencies, whether a poll runs now), and the answers
 * of pause, resume and "poll now". The snapshot stays the public contract; this is the desk's.
 */

const iso = z.iso.datetime({ offset: true });
/** A config id is one token of letters, digits and dashes; this bounds what crosses IPC. */
const MAX_ID = 200;

/** How many of the latest polls a source's detail keeps (the latency strip). */
export const RECENT_POLLS = 10;

/** One poll: when it ended, how long it took, whether it delivered data. */
export const pollTimingSchema = z.strictObject({
  at: iso,
  durationMs: z.number().min(0),
  ok: z.boolean(),
});
export type PollTiming = z.infer<typeof pollTimingSchema>;

export const latencySchema = z.strictObject({
  count: z.number().int().min(1),
  medianMs: z.number().min(0),
  maxMs: z.number().min(0),
});
export type Latency = z.infer<typeof latencySchema>;

export const sourceDetailSchema = z.strictObject({
  id: z.string().max(MAX_ID),
  kind: z.enum(sourceKinds),
  /** As in the snapshot: `stale` while paused, never `ok`. */
  health: z.enum(sourceHealths),
  lastSuccessAt: iso.nullable(),
  /** The last poll's error (the category is worded by the viewer), or null. */
  error: sourceErrorSchema.nullable(),
  /** When it is polled next; null while paused or when nothing polls it. */
  nextPollAt: iso.nullable(),
  paused: sourcePausedSchema.nullable(),
  /** A poll of it is running now. */
  polling: z.boolean(),
  intervalMs: z.number().int().min(0),
  /** Oldest first, at most RECENT_POLLS. */
  recentPolls: z.array(pollTimingSchema).max(RECENT_POLLS),
  /** Over recentPolls; null before the first poll ended. */
  latency: latencySchema.nullable(),
});
export type SourceDetail = z.infer<typeof sourceDetailSchema>;

export const sourcesDetailSchema = z.strictObject({
  generatedAt: iso,
  sources: z.array(sourceDetailSchema).max(1000),
});
export type SourcesDetail = z.infer<typeof sourcesDetailSchema>;

export const pollWaitReasons = ['rate-limited', 'backoff', 'just-polled'] as const;

/** What "poll now" or "resume" did (electron/collector/poll-request.ts). */
export const pollAnswerSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('polling') }),
  z.strictObject({ status: z.literal('scheduled'), at: iso, reason: z.enum(pollWaitReasons) }),
  z.strictObject({ status: z.literal('paused') }),
  z.strictObject({ status: z.literal('stopped') }),
]);
export type PollAnswer = z.infer<typeof pollAnswerSchema>;

/** A source by its config id; main checks it against the configured sources. */
export const sourceRequestSchema = z.strictObject({ id: z.string().min(1).max(MAX_ID) });

export const pauseRequestSchema = z.strictObject({
  id: z.string().min(1).max(MAX_ID),
  /** Why, for the timeline's note ("onderhoud TOPdesk tot 15:00"). */
  reason: z.string().trim().min(1).max(actionLimits.textMax).optional(),
});

/** The source after the action, and what happens to its polling. */
export const sourceControlResultSchema = z.strictObject({
  source: sourceDetailSchema,
  poll: pollAnswerSchema,
});
export type SourceControlResult = z.infer<typeof sourceControlResultSchema>;
