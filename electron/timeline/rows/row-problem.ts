import { timelineEventSchema, type TimelineEvent } from '../../../shared/timeline/event.ts';
import { eventHash } from '../event-hash.ts';
import { refSeqOf, rowToEvent, type EventRow } from './rows.ts';

export interface RowProblem {
  readonly brokenSeq: number;
  readonly problem: string;
}

/**
 * What is wrong with a row at its place in the chain, or null: its number, its link to the
 * previous hash, its own hash, then its content. The first of these that fails is reported,
 * so a removed row reads as a gap, not as the broken link it also causes.
 */
export function rowProblem(
  row: EventRow,
  expectedSeq: number,
  prevHash: string,
): RowProblem | null {
  if (row.seq !== expectedSeq) return numberingProblem(row.seq, expectedSeq);
  const broken = (problem: string) => ({ brokenSeq: row.seq, problem });
  if (row.prev_hash !== prevHash) {
    return broken(
      expectedSeq === 1
        ? 'prev_hash of the first event is not the chain start (64 zeros)'
        : `prev_hash does not match the hash of seq ${expectedSeq - 1}`,
    );
  }
  if (eventHash(row.prev_hash, row) !== row.hash) {
    return broken('content does not match its hash (changed after it was written)');
  }
  const contentProblem = eventProblem(row);
  return contentProblem === null ? null : broken(contentProblem);
}

function numberingProblem(seq: number, expectedSeq: number): RowProblem {
  if (seq < expectedSeq) {
    return { brokenSeq: seq, problem: `seq ${seq} is out of order (expected ${expectedSeq})` };
  }
  const missing = seq - 1 === expectedSeq ? `${expectedSeq}` : `${expectedSeq}–${seq - 1}`;
  return {
    brokenSeq: expectedSeq,
    problem: `seq ${missing} missing (the next event is seq ${seq})`,
  };
}

function eventProblem(row: EventRow): string | null {
  let event: TimelineEvent;
  try {
    event = rowToEvent(row);
  } catch {
    return 'data is not JSON';
  }
  const parsed = timelineEventSchema.safeParse(event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `not a valid event (${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'})`;
  }
  if (refSeqOf(event) !== row.ref_seq) return 'ref_seq does not match the data it indexes';
  return null;
}
