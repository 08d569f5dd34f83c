import { domains, type DomainId } from '../playbook/domains.ts';
import { SYSTEM_ACTOR, type EventKind } from '../timeline/event.ts';
import type { ExportFormat } from './export-options.ts';

/** The Dutch words an incident report uses for what the events record as ids. */

const KIND_WORDS: Readonly<Record<EventKind, string>> = {
  'collector-started': 'Collector gestart',
  'collector-stopped': 'Collector gestopt',
  'source-health': 'Bronstatus',
  'domain-status': 'Domeinstatus',
  'mark-raised': 'Markering gezet',
  'mark-cleared': 'Markering opgeheven',
  'mark-acknowledged': 'Markering bevestigd',
  'mark-snoozed': 'Markering gesluimerd',
  'criterion-met': 'Criterium vastgesteld',
  'criterion-withdrawn': 'Criterium ingetrokken',
  informed: 'Geïnformeerd',
  note: 'Notitie',
  decision: 'Besluit',
  'export-made': 'Export gemaakt',
};

export function kindWords(kind: EventKind): string {
  return KIND_WORDS[kind];
}

export function domainWords(id: DomainId | null): string {
  if (id === null) return '';
  return domains.find((domain) => domain.id === id)?.title.nl ?? id;
}

/** The actor as a reader sees it: the app itself is "systeem". */
export function actorWords(actor: string): string {
  return actor === SYSTEM_ACTOR ? 'systeem' : actor;
}

const FORMAT_WORDS: Readonly<Record<ExportFormat, string>> = {
  csv: 'CSV',
  json: 'JSON',
  md: 'Markdown',
  pdf: 'PDF',
};

export function formatWords(format: ExportFormat): string {
  return FORMAT_WORDS[format];
}
