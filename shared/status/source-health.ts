import type { SourceErrorState, SourceHealth } from '../snapshot/snapshot-schema.ts';

/** Data older than this many intervals is stale even when no poll failed (docs/contracts.md). */
export const STALE_AFTER_INTERVALS = 3;

export interface SourceRecord {
  readonly intervalMs: number;
  readonly lastSuccessAt: Date | null;
  /** The most recent poll's error, or null when it succeeded (or none finished yet). */
  readonly lastError: SourceErrorState | null;
}

/**
 * `failing` when the most recent poll ended in an error or a timeout; `stale` when no poll
 * failed but the newest data is older than three intervals (or there is none yet: a poll
 * still hanging, a source just started); otherwise `ok`.
 */
export function sourceHealth(record: SourceRecord, now: Date): SourceHealth {
  if (record.lastError !== null) return 'failing';
  if (record.lastSuccessAt === null) return 'stale';
  const age = now.getTime() - record.lastSuccessAt.getTime();
  return age > STALE_AFTER_INTERVALS * record.intervalMs ? 'stale' : 'ok';
}
