import { formatCsv } from '../contacts/csv.ts';
import { markFormulaText } from '../contacts/formula-cells.ts';
import type { TimelineEvent } from '../timeline/event.ts';
import { isoInZone } from './format-time.ts';

/**
 * The timeline as a CSV file for a spreadsheet: one row per event, RFC 4180 with CRLF, UTF-8
 * with a byte order mark (without it Excel reads the file as ANSI and mangles "geïnformeerd").
 * Written in pages, so an export of 100,000 events never holds them all as text at once.
 */

export const CSV_COLUMNS = ['seq', 'at', 'kind', 'domain', 'source', 'actor', 'summary', 'data'];

const BOM = '\uFEFF';

/** The byte order mark and the header row. */
export function csvHead(): string {
  return BOM + formatCsv([CSV_COLUMNS]);
}

/** The rows of a page of events, times on the war room's clock with their offset. */
export function csvRows(events: readonly TimelineEvent[], timeZone: string): string {
  let rows = '';
  for (const event of events) rows += csvRow(event, timeZone);
  return rows;
}

/**
 * One row, written out by hand because 100,000 of them must take well under a second: seq,
 * time, kind and domain are digits and ids that need neither quotes nor a formula mark; the
 * data is JSON, which always holds quotes and never starts with a formula character.
 */
function csvRow(event: TimelineEvent, timeZone: string): string {
  const at = isoInZone(event.at, timeZone);
  const envelope = `${event.seq},${at},${event.kind},${event.domain ?? ''}`;
  const texts = `${text(event.source ?? '')},${text(event.actor)},${text(event.summary)}`;
  return `${envelope},${texts},${quoted(JSON.stringify(event.data))}\r\n`;
}

/** A text cell: marked if a spreadsheet would run it ("=HYPERLINK(…)", "-5 meldingen"), quoted if it must be. */
function text(cell: string): string {
  const marked = markFormulaText(cell);
  return NEEDS_QUOTES.test(marked) ? quoted(marked) : marked;
}

const NEEDS_QUOTES = /[",\r\n]/;

function quoted(cell: string): string {
  return `"${cell.replaceAll('"', '""')}"`;
}
