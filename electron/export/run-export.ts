import { systemClock, wallDate, type Clock } from '../time/clock.ts';
import { exportMadeDraft } from '../../shared/export/export-made.ts';
import type { ExportFormat, ExportHeader } from '../../shared/export/export-options.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import {
  eventRedactor,
  peopleIn,
  type EventRedactor,
  type RedactedEvent,
  type Redaction,
} from '../../shared/redact/redact.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { EventFilter, TimelineStore } from '../../shared/timeline/timeline-store.ts';
import { openSink } from './export-sink.ts';
import { formatWriter } from './format-writers.ts';

export interface ExportOptions {
  readonly format: ExportFormat;
  /** Redact people's names, e-mail addresses and phone numbers (Woo 5.1.2e). */
  readonly redact: boolean;
  /** Inclusive; null: from the start. */
  readonly from: Date | null;
  /** Exclusive; null: up to now. */
  readonly to: Date | null;
  readonly domain: DomainId | null;
  readonly title: string;
  /** The config's IANA time zone. */
  readonly timezone: string;
  /** Names to redact besides the events' own actors: the contacts', callers', operators'. */
  readonly knownNames: readonly string[];
  /** A file path (written whole or not at all) or a stream of the caller's (not ended). */
  readonly out: string | NodeJS.WritableStream;
  /** Who made the export, for its `export-made` event. */
  readonly actor: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** When the export is made (its header, its export-made event); default the system clock. */
  readonly clock?: Clock;
}

/** Events per read: a page of them is all a CSV or JSON export holds at once. */
const PAGE_SIZE = 5000;

/**
 * Exports the timeline: reads the chosen events page by page in seq order, redacts them if
 * asked, writes the format, and only once the output is complete records an `export-made`
 * event, so the log never claims an export that did not happen (docs/timeline.md).
 */
export async function runExport(
  store: TimelineStore,
  options: ExportOptions,
): Promise<{ events: number }> {
  const now = () => wallDate(options.clock ?? systemClock);
  const header = exportHeader(options, now());
  const filter: EventFilter = {
    from: options.from ?? undefined,
    to: options.to ?? undefined,
    domains: options.domain ? [options.domain] : undefined,
  };
  // Events appended while we export (our own `export-made` among them) are not part of it.
  const lastSeq = await store.lastSeq();
  const total = await store.count(filter);
  const redact = options.redact
    ? eventRedactor([...options.knownNames, ...(await peopleOf(store, filter, lastSeq))])
    : null;
  const written = await writeExport(store, { options, header, filter, lastSeq, total, redact });
  await store.append([exportMadeDraft(header, options.format, written, options.actor, now())]);
  return { events: written };
}

function exportHeader(options: ExportOptions, generatedAt: Date): ExportHeader {
  const { title, from, to, domain, redact } = options;
  return { title, generatedAt, timeZone: options.timezone, from, to, domain, redacted: redact };
}

interface Run {
  readonly options: ExportOptions;
  readonly header: ExportHeader;
  readonly filter: EventFilter;
  readonly lastSeq: number;
  readonly total: number;
  readonly redact: EventRedactor | null;
}

async function writeExport(store: TimelineStore, run: Run): Promise<number> {
  const sink = openSink(run.options.out);
  const writer = formatWriter(run.options.format, run.header);
  const redactions: Redaction[] = [];
  let done = 0;
  try {
    await sink.write(writer.head());
    run.options.onProgress?.(0, run.total);
    for await (const page of pages(store, run.filter, run.lastSeq)) {
      const redact = run.redact;
      const events = redact ? page.map((event) => keep(redact(event), redactions)) : page;
      await sink.write(writer.page(events));
      done += events.length;
      run.options.onProgress?.(done, Math.max(done, run.total));
    }
    await writer.end(redactions, sink);
    await sink.finish();
  } catch (error) {
    await sink.abort();
    throw error;
  }
  return done;
}

/** The redacted event, its redactions added to the export's list. */
function keep(result: RedactedEvent, redactions: Redaction[]): TimelineEvent {
  for (const redaction of result.redactions) redactions.push(redaction);
  return result.event;
}

/** The filter's events up to `lastSeq`, ascending, a page at a time; keyed on seq, not offset. */
async function* pages(
  store: TimelineStore,
  filter: EventFilter,
  lastSeq: number,
): AsyncGenerator<TimelineEvent[]> {
  let afterSeq = 0;
  for (;;) {
    const read = await store.read({ ...filter, afterSeq, order: 'asc', limit: PAGE_SIZE });
    const page = read.filter((event) => event.seq <= lastSeq);
    if (page.length > 0) yield page;
    if (read.length < PAGE_SIZE || page.length < read.length) return;
    afterSeq = read.at(-1)!.seq;
  }
}

/** The people the exported events name, so the redaction knows them before the first page. */
async function peopleOf(
  store: TimelineStore,
  filter: EventFilter,
  lastSeq: number,
): Promise<string[]> {
  const people = new Set<string>();
  for await (const page of pages(store, filter, lastSeq))
    for (const person of peopleIn(page)) people.add(person);
  return [...people];
}
