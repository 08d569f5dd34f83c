import type { Language } from '../playbook/text.ts';
import type { Severity } from '../marks/mark.ts';
import type { DomainStatus, SourceHealth, SourceState } from './snapshot-schema.ts';

/** The words of the terminal summary, in each language (marks have their own: text/marks.ts). */
export interface TextWords {
  readonly heading: string;
  readonly status: Readonly<Record<DomainStatus, string>>;
  readonly statusWidth: number;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly since: string;
  readonly criterion: string;
  readonly line: string;
  readonly sources: string;
  readonly noSources: string;
  readonly health: Readonly<Record<SourceHealth, string>>;
  /** Said instead of the health of a source a coordinator paused (which reads `stale`). */
  readonly paused: string;
  pausedSince(at: string, by: string): string;
  readonly kind: Readonly<Record<SourceState['kind'], string>>;
  lastData(at: string): string;
  readonly noData: string;
  retryAfter(at: string): string;
}

const kind = {
  topdesk: 'TOPdesk',
  statuscake: 'StatusCake',
  elasticsearch: 'Elasticsearch',
  alertmanager: 'Alertmanager',
} as const;

const nl: TextWords = {
  heading: 'Dijkwacht-momentopname',
  status: { critical: 'KRITIEK', warning: 'WAARSCHUWING', unknown: 'ONBEKEND', ok: 'IN ORDE' },
  statusWidth: 12,
  severity: { critical: 'KRITIEK', warning: 'WAARSCHUWING' },
  since: 'sinds',
  criterion: 'Criterium',
  line: 'Communicatielijn',
  sources: 'Bronnen',
  noSources: 'Bronnen: geen ingesteld',
  health: { ok: 'in orde', failing: 'storing', stale: 'verouderd' },
  paused: 'gepauzeerd',
  pausedSince: (at, by) => `gepauzeerd sinds ${at} door ${by}`,
  kind,
  lastData: (at) => `laatste gegevens ${at}`,
  noData: 'nog geen gegevens',
  retryAfter: (at) => `opnieuw na ${at}`,
};

const en: TextWords = {
  heading: 'Dijkwacht snapshot',
  status: { critical: 'CRITICAL', warning: 'WARNING', unknown: 'UNKNOWN', ok: 'OK' },
  statusWidth: 8,
  severity: { critical: 'CRITICAL', warning: 'WARNING' },
  since: 'since',
  criterion: 'Criterion',
  line: 'Communication line',
  sources: 'Sources',
  noSources: 'Sources: none configured',
  health: { ok: 'ok', failing: 'failing', stale: 'stale' },
  paused: 'paused',
  pausedSince: (at, by) => `paused since ${at} by ${by}`,
  kind,
  lastData: (at) => `last data ${at}`,
  noData: 'no data yet',
  retryAfter: (at) => `retry after ${at}`,
};

export const textWords: Readonly<Record<Language, TextWords>> = { nl, en };
