import { WOO_GROUND } from '../redact/redact.ts';
import type { TimelineEvent } from '../timeline/event.ts';
import { domainWords } from './event-words.ts';
import type { ExportHeader } from './export-options.ts';
import { dateAndClock } from './format-time.ts';
import type { ReportBlock, ReportDocument } from './report-blocks.ts';
import { domainBlocks } from './report-domains.ts';
import { logBlocks } from './report-log.ts';
import { ReportWords } from './report-words.ts';
import { incidentFigures, type IncidentFigures } from './report.ts';

/**
 * The incident report a director reads, in Dutch like the events' own summaries: what period
 * it covers, how long each domain was critical and how fast the war room acknowledged and
 * informed, then the log itself. `events`: the exported ones, redacted already if asked.
 */
export function incidentReport(
  events: readonly TimelineEvent[],
  header: ExportHeader,
): ReportDocument {
  const figures = incidentFigures(events, { ...header, now: header.generatedAt });
  const words = new ReportWords(header.timeZone, figures.start, figures.end);
  return {
    title: header.title,
    blocks: [
      { kind: 'facts', facts: headerFacts(header, figures, words) },
      ...summaryBlocks(figures, words),
      ...domainBlocks(figures, words),
      ...logBlocks(events, header.timeZone),
    ],
  };
}

function headerFacts(header: ExportHeader, figures: IncidentFigures, words: ReportWords) {
  const open = [
    header.from ? '' : 'vanaf het begin van de tijdlijn',
    header.to ? '' : 'tot de export',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    ['Periode', words.period(figures.start, figures.end) + (open ? ` (${open})` : '')],
    ['Tijdzone', header.timeZone],
    ['Domein', header.domain ? domainWords(header.domain) : 'alle domeinen'],
    ['Gebeurtenissen', words.number(figures.events)],
    ['Opgesteld', dateAndClock(header.generatedAt, header.timeZone)],
    ['Gelakt', header.redacted ? REDACTED : 'nee'],
  ] as const;
}

const REDACTED = `namen, e-mailadressen en telefoonnummers van personen, op grond van ${WOO_GROUND} (eerbiediging van de persoonlijke levenssfeer)`;

function summaryBlocks(figures: IncidentFigures, words: ReportWords): ReportBlock[] {
  const marks = figures.domains.flatMap((domain) => domain.marks);
  const critical = figures.domains
    .filter((domain) => domain.criticalMs > 0)
    .map((domain) => `${domainWords(domain.domain)} ${words.duration(domain.criticalMs)}`);
  const acknowledged = marks.filter((mark) => mark.timeToAcknowledgeMs !== null).length;
  const informed = marks.filter((mark) => mark.timeToInformMs !== null).length;
  const cleared = marks.filter((mark) => mark.cleared).length;
  const facts = [
    ['Kritiek', critical.length > 0 ? critical.join(', ') : 'geen domein was kritiek'],
    [
      'Markeringen',
      `${words.number(marks.length)} gezet, ${words.number(acknowledged)} bevestigd, ${words.number(cleared)} opgeheven`,
    ],
    [
      'Tijd tot bevestigen (MTTA)',
      words.mean(figures.meanTimeToAcknowledgeMs, acknowledged, 'geen markering bevestigd'),
    ],
    [
      'Tijd tot informeren',
      words.mean(figures.meanTimeToInformMs, informed, 'na geen markering geïnformeerd'),
    ],
  ] as const;
  return [
    { kind: 'heading', level: 2, text: 'Samenvatting' },
    { kind: 'facts', facts },
    { kind: 'paragraph', text: MEASURES },
  ];
}

const MEASURES =
  'Tijd tot bevestigen: van het zetten van een markering tot de eerste bevestiging ervan. ' +
  'Tijd tot informeren: van het zetten van een markering tot de eerste keer dat daarna voor ' +
  'hetzelfde domein is vastgelegd dat een partij is geïnformeerd.';
