import type { ZodError } from 'zod';
import {
  timelineEventSchema,
  type EventDraft,
  type TimelineEvent,
} from '../../../shared/timeline/event.ts';

/** A draft the event schema refuses; the batch it came in was not written. */
export class InvalidDraftError extends Error {
  override readonly name = 'InvalidDraftError';
}

export interface ValidDraft {
  /** The event with a provisional seq; the store numbers it inside its transaction. */
  readonly event: TimelineEvent;
  readonly markKey: string | null;
}

/**
 * Checks every draft of a batch against the event schema before anything is written, with
 * `at` brought to UTC with milliseconds (its documented form), so `at` sorts as text and the
 * from/to filters compare instants, not spellings.
 */
export function validateDrafts(drafts: readonly EventDraft[]): ValidDraft[] {
  return drafts.map((draft, index) =>
    validateDraft(draft, `draft ${index + 1} of ${drafts.length}`),
  );
}

function validateDraft(draft: EventDraft, name: string): ValidDraft {
  const { markKey, ...fields } = draft;
  if (markKey !== undefined && typeof markKey !== 'string') {
    throw new InvalidDraftError(
      `${name} is not a valid timeline event: markKey: expected a string`,
    );
  }
  const parsed = timelineEventSchema.safeParse({ ...fields, seq: 1 });
  if (!parsed.success) {
    throw new InvalidDraftError(`${name} is not a valid timeline event: ${issues(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  const event = { ...parsed.data, at: new Date(parsed.data.at).toISOString() } as TimelineEvent;
  return { event, markKey: markKey ?? null };
}

/** Paths and what was expected, never the value found (docs/reliability.md, "Bad input"). */
function issues(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`)
    .join('; ');
}
