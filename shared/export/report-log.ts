import type { TimelineEvent } from '../timeline/event.ts';
import { actorWords, domainWords, kindWords } from './event-words.ts';
import { clockTime, dayTitle, localDay } from './format-time.ts';
import type { ReportBlock, TableColumn } from './report-blocks.ts';

/** "Logboek": every event in order, a table per day under the day's name. */
export function logBlocks(events: readonly TimelineEvent[], timeZone: string): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: 'Logboek' }];
  if (events.length === 0)
    return [...blocks, { kind: 'paragraph', text: 'Geen gebeurtenissen in deze periode.' }];
  for (const day of byDay(events, timeZone)) {
    blocks.push({ kind: 'heading', level: 3, text: dayTitle(day[0]!.at, timeZone) });
    blocks.push({
      kind: 'table',
      columns: LOG_COLUMNS,
      rows: day.map((event) => logRow(event, timeZone)),
    });
  }
  return blocks;
}

const LOG_COLUMNS: readonly TableColumn[] = [
  { title: 'Tijd', width: 0.09 },
  { title: 'Soort', width: 0.19 },
  { title: 'Domein', width: 0.13 },
  { title: 'Door', width: 0.13 },
  { title: 'Samenvatting', width: 0.46 },
];

function logRow(event: TimelineEvent, timeZone: string): string[] {
  return [
    clockTime(event.at, timeZone),
    kindWords(event.kind),
    domainWords(event.domain) || '—',
    actorWords(event.actor),
    event.summary,
  ];
}

function byDay(events: readonly TimelineEvent[], timeZone: string): TimelineEvent[][] {
  const days: TimelineEvent[][] = [];
  let current = '';
  for (const event of events) {
    const day = localDay(event.at, timeZone);
    if (day !== current) days.push([]);
    current = day;
    days.at(-1)!.push(event);
  }
  return days;
}
