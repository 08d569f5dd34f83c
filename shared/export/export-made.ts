import { formatCount } from '../text/format.ts';
import type { EventDraft } from '../timeline/event.ts';
import { domainWords, formatWords } from './event-words.ts';
import type { ExportFormat, ExportHeader } from './export-options.ts';

/**
 * The `export-made` event that records an export once its file is complete: who made which
 * format of which period, redacted or not — so the log shows what left the war room.
 */
export function exportMadeDraft(
  header: ExportHeader,
  format: ExportFormat,
  events: number,
  actor: string,
  at: Date,
): EventDraft {
  return {
    kind: 'export-made',
    at: at.toISOString(),
    domain: header.domain,
    source: null,
    actor,
    summary: exportMadeSummary(header, format, events),
    data: {
      format,
      redacted: header.redacted,
      from: header.from?.toISOString() ?? null,
      to: header.to?.toISOString() ?? null,
      events,
    },
  };
}

/** "Tijdlijn geëxporteerd als PDF (geanonimiseerd), 1.234 gebeurtenissen". */
export function exportMadeSummary(
  header: ExportHeader,
  format: ExportFormat,
  events: number,
): string {
  const scope = header.domain ? ` van ${domainWords(header.domain)}` : '';
  const redacted = header.redacted ? ' (geanonimiseerd)' : '';
  const count = `${formatCount(events, 'nl')} ${events === 1 ? 'gebeurtenis' : 'gebeurtenissen'}`;
  return `Tijdlijn${scope} geëxporteerd als ${formatWords(format)}${redacted}, ${count}`;
}
