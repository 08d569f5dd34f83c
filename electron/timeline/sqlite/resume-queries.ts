import type { EventKind } from '../../../shared/timeline/event.ts';
import { EVENT_COLUMNS } from '../rows/rows.ts';

/**
 * The SQL behind resumeState(), written to touch the indexes only where it can: on a
 * million-event file it answers in milliseconds (scripts/bench/timeline.bench.ts).
 */

type GroupColumn = 'domain' | 'source';
const qualified = EVENT_COLUMNS.split(', ')
  .map((column) => `events.${column}`)
  .join(', ');

/**
 * A CTE `grp(value)` of the distinct non-null values of a column among one kind's events,
 * found by jumping from one value to the next in the (kind, column) index — a few seeks per
 * value instead of a scan of every event of the kind (SQLite has no skip-scan for this).
 */
function distinctValues(kind: EventKind, column: GroupColumn): string {
  return `grp(value) AS (
      SELECT min(${column}) FROM events WHERE kind = '${kind}'
      UNION ALL
      SELECT (SELECT min(${column}) FROM events WHERE kind = '${kind}' AND ${column} > grp.value)
      FROM grp WHERE grp.value IS NOT NULL)`;
}

/** The newest event of a kind for each value of a column. */
export function newestPerGroupSql(kind: EventKind, column: GroupColumn): string {
  return `WITH RECURSIVE ${distinctValues(kind, column)}
    SELECT ${qualified} FROM grp JOIN events ON events.seq =
      (SELECT max(seq) FROM events WHERE kind = '${kind}' AND ${column} = grp.value)`;
}

/** `mark-raised` events no `mark-cleared` refers to, with their mark key. */
export const OPEN_MARKS_SQL = `
  SELECT ${EVENT_COLUMNS}, mark_key FROM events AS raised
  WHERE kind = 'mark-raised' AND NOT EXISTS (
    SELECT 1 FROM events WHERE ref_seq = raised.seq AND kind = 'mark-cleared')
  ORDER BY seq`;

/** Acknowledgements and snoozes of the raised seqs in the JSON array parameter. */
export const FOLLOW_UPS_SQL = `
  SELECT ${EVENT_COLUMNS}, ref_seq FROM events
  WHERE ref_seq IN (SELECT value FROM json_each(?)) AND kind IN ('mark-acknowledged', 'mark-snoozed')
  ORDER BY seq`;

/**
 * `criterion-met` events after their domain's last `criterion-withdrawn` (events without a
 * domain form a group of their own): per domain, one seek for the withdrawal and one range
 * of the (kind, domain) index after it.
 */
export const OPEN_CRITERIA_SQL = `
  WITH RECURSIVE ${distinctValues('criterion-met', 'domain')},
  since(grp_domain, after_seq) AS (
    SELECT value, coalesce((SELECT max(seq) FROM events
      WHERE kind = 'criterion-withdrawn' AND domain = grp.value), 0)
    FROM grp WHERE value IS NOT NULL
    UNION ALL
    SELECT NULL, coalesce((SELECT max(seq) FROM events
      WHERE kind = 'criterion-withdrawn' AND domain IS NULL), 0))
  SELECT ${qualified} FROM since JOIN events
    ON events.kind = 'criterion-met' AND events.domain IS since.grp_domain
    AND events.seq > since.after_seq
  ORDER BY events.seq`;
