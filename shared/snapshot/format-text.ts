import { criterionById } from '../playbook/criteria.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Language } from '../playbook/text.ts';
import { formatClock } from '../text/format.ts';
import { describeMark } from '../text/marks.ts';
import { sourceErrorText } from '../text/source-error-text.ts';
import { monitoringLine } from './monitoring-line.ts';
import type { DomainSnapshot, Snapshot, SourceErrorState, SourceState } from './snapshot-schema.ts';
import { textWords, type TextWords } from './text-words.ts';

export interface TextOptions {
  readonly language: Language;
  /** The war room's clock (the config's `timezone`): every time is shown in it. */
  readonly timeZone: string;
  readonly playbook: Playbook;
}

/**
 * The snapshot as a person reads it in a terminal, in Dutch (or English): first the line a
 * monitoring plugin shows, then per domain its status, line and marks (worst news first),
 * who acts on it, and the sources. Every time is the war room's.
 */
export function formatSnapshotText(snapshot: Snapshot, options: TextOptions): string {
  const words = textWords[options.language];
  const now = new Date(snapshot.generatedAt);
  const clock = (at: string) => formatClock(at, options.language, options.timeZone, now);
  return [
    monitoringLine(snapshot, options.playbook, options.language),
    `${words.heading} ${clock(snapshot.generatedAt)} (${options.timeZone})${snapshot.demo ? '  [DEMO]' : ''}`,
    '',
    ...snapshot.domains.flatMap((domain) => domainLines(domain, options, words, now)),
    '',
    ...sourceLines(snapshot.sources, words, clock, options.language),
  ].join('\n');
}

function title(domain: DomainSnapshot, options: TextOptions): string {
  const definition = options.playbook.domains.find((candidate) => candidate.id === domain.id);
  return definition?.title[options.language] ?? domain.id;
}

function domainLines(
  domain: DomainSnapshot,
  options: TextOptions,
  words: TextWords,
  now: Date,
): string[] {
  const definition = options.playbook.domains.find((candidate) => candidate.id === domain.id);
  const status = words.status[domain.status].padEnd(words.statusWidth);
  const lines = [`${status} ${title(domain, options)}`];
  const indent = ' '.repeat(words.statusWidth + 1);
  const context = { ...options, now };
  for (const mark of domain.marks) {
    const since = formatClock(mark.since, options.language, options.timeZone, now);
    const text = describeMark(mark, context);
    lines.push(`${indent}${words.severity[mark.severity]}: ${text} (${words.since} ${since})`);
    const criterion = criterionById(mark.criterion)?.words[options.language];
    if (criterion) lines.push(`${indent}  ${words.criterion}: ${criterion}`);
  }
  // Who acts on it: only where something is marked, so a quiet domain stays one line.
  if (domain.marks.length > 0 && definition) {
    lines.push(`${indent}${words.line}: ${definition.line[options.language]}`);
    const roles = domain.roles.map(
      (id) => options.playbook.roles.find((role) => role.id === id)?.title[options.language] ?? id,
    );
    if (roles.length > 0) lines.push(`${indent}→ ${roles.join(', ')}`);
  }
  return lines;
}

function sourceLines(
  sources: readonly SourceState[],
  words: TextWords,
  clock: (at: string) => string,
  language: Language,
): string[] {
  if (sources.length === 0) return [words.noSources];
  // "gepauzeerd" widens the column only when a source is paused: other output stays as it was.
  const anyPaused = sources.some((source) => source.paused);
  const width = Math.max(
    ...[...Object.values(words.health), ...(anyPaused ? [words.paused] : [])].map(
      (word) => word.length,
    ),
  );
  return [
    `${words.sources}:`,
    ...sources.map((source) => {
      const data = source.lastSuccessAt
        ? words.lastData(clock(source.lastSuccessAt))
        : words.noData;
      const error = source.error ? ` — ${errorText(source.error, words, clock, language)}` : '';
      const health = source.paused ? words.paused : words.health[source.health];
      const paused = source.paused
        ? ` — ${words.pausedSince(clock(source.paused.since), source.paused.by)}`
        : '';
      return `  ${health.padEnd(width)} ${source.id} (${words.kind[source.kind]}, ${data})${paused}${error}`;
    }),
  ];
}

function errorText(
  error: SourceErrorState,
  words: TextWords,
  clock: (at: string) => string,
  language: Language,
): string {
  const retry = error.retryAt ? `, ${words.retryAfter(clock(error.retryAt))}` : '';
  return `${sourceErrorText[error.category][language]}${retry}: ${error.detail}`;
}
