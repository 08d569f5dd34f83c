import { ruleWords } from '../timeline/summaries.ts';
import { actorWords, domainWords } from './event-words.ts';
import type { CriticalInterval } from './critical-time.ts';
import type { ReportBlock, TableColumn } from './report-blocks.ts';
import { capitalise, type ReportWords } from './report-words.ts';
import type { DomainFigures, IncidentFigures, MarkFigures } from './report.ts';

/** "Per domein": each domain's critical time and its marks, acknowledged and informed or not. */
export function domainBlocks(figures: IncidentFigures, words: ReportWords): ReportBlock[] {
  if (figures.domains.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: 'Per domein' },
    ...figures.domains.flatMap((domain) => oneDomain(domain, words)),
  ];
}

function oneDomain(domain: DomainFigures, words: ReportWords): ReportBlock[] {
  const acknowledged = domain.marks.filter((mark) => mark.timeToAcknowledgeMs !== null).length;
  const informed = domain.marks.filter((mark) => mark.timeToInformMs !== null).length;
  const facts = [
    ['Kritiek', criticalText(domain, words)],
    ['Markeringen', words.number(domain.marks.length)],
    ['Tijd tot bevestigen', words.mean(domain.meanTimeToAcknowledgeMs, acknowledged, '—')],
    ['Tijd tot informeren', words.mean(domain.meanTimeToInformMs, informed, '—')],
  ] as const;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 3, text: domainWords(domain.domain) },
    { kind: 'facts', facts },
  ];
  if (domain.marks.length === 0) return blocks;
  const rows = domain.marks.map((mark) => markRow(mark, words));
  return [...blocks, { kind: 'table', columns: MARK_COLUMNS, rows }];
}

/** "28 min (14:02–14:30)", "1 uur, 5 min (13:00–13:40, 14:35–15:00 nog kritiek aan het eind)". */
function criticalText(domain: DomainFigures, words: ReportWords): string {
  if (domain.critical.length === 0) return 'niet kritiek';
  const stretches = domain.critical.map((interval) => stretch(interval, words)).join(', ');
  return `${words.duration(domain.criticalMs)} (${stretches})`;
}

function stretch(interval: CriticalInterval, words: ReportWords): string {
  const span = `${words.time(interval.start)}–${words.time(interval.end)}`;
  return interval.open ? `${span} nog kritiek aan het eind` : span;
}

const MARK_COLUMNS: readonly TableColumn[] = [
  { title: 'Sinds', width: 0.08 },
  { title: 'Regel', width: 0.14 },
  { title: 'Samenvatting', width: 0.34 },
  { title: 'Bevestigd', width: 0.2 },
  { title: 'Tot bevestigen', width: 0.12 },
  { title: 'Tot informeren', width: 0.12 },
];

function markRow(mark: MarkFigures, words: ReportWords): string[] {
  const { raised } = mark;
  const acknowledged = mark.acknowledgements
    .map((ack) => `${actorWords(ack.actor)} om ${words.time(ack.at)}`)
    .join('; ');
  const after = (ms: number | null) => (ms === null ? '—' : words.duration(ms));
  return [
    words.time(raised.data.since),
    capitalise(ruleWords[raised.data.rule]),
    raised.summary,
    acknowledged || 'niet bevestigd',
    after(mark.timeToAcknowledgeMs),
    after(mark.timeToInformMs),
  ];
}
