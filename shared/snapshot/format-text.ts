import { sourceErrorText } from '../text/source-error-text.ts';
import type { Snapshot, SourceErrorState } from './snapshot-schema.ts';

const STATUS_LABEL = {
  critical: 'CRITICAL',
  warning: 'WARNING',
  unknown: 'UNKNOWN',
  ok: 'OK',
} as const;
const HEALTH_LABEL = { ok: 'ok', failing: 'FAILING', stale: 'STALE' } as const;

/** The snapshot as a person reads it in a terminal: worst news first on each line. */
export function formatSnapshotText(snapshot: Snapshot, timeZone = 'Europe/Amsterdam'): string {
  const width = Math.max(...snapshot.domains.map((domain) => domain.id.length));
  const lines = [
    `Dijkwacht snapshot ${snapshot.generatedAt}${snapshot.demo ? '  [DEMO]' : ''}`,
    '',
  ];
  for (const domain of snapshot.domains) {
    lines.push(
      `${STATUS_LABEL[domain.status].padEnd(8)} ${domain.id.padEnd(width)}  ${domain.line}`,
    );
    const indent = ' '.repeat(width + 11);
    for (const mark of domain.marks) lines.push(`${indent}! ${mark.summary} (since ${mark.since})`);
    // Who acts on it: the line is on the status line already, the roles follow the marks.
    if (domain.marks.length > 0 && domain.roles.length > 0)
      lines.push(`${indent}→ ${domain.roles.join(', ')}`);
  }
  lines.push('', snapshot.sources.length === 0 ? 'Sources: none configured' : 'Sources:');
  for (const source of snapshot.sources) {
    const detail = source.error ? ` — ${sourceErrorLine(source.error, timeZone)}` : '';
    const since = source.lastSuccessAt ? `, last data ${source.lastSuccessAt}` : ', no data yet';
    lines.push(
      `  ${HEALTH_LABEL[source.health].padEnd(7)} ${source.id} (${source.kind}${since})${detail}`,
    );
  }
  return lines.join('\n');
}

/** "rate-limited by the source, retry after 14:02: HTTP 429: …" — the time in the war room's zone. */
function sourceErrorLine(error: SourceErrorState, timeZone: string): string {
  const retry = error.retryAt
    ? `, retry after ${new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(error.retryAt))}`
    : '';
  return `${sourceErrorText[error.category].en}${retry}: ${error.detail}`;
}
