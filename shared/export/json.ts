import { WOO_GROUND, type Redaction } from '../redact/redact.ts';
import type { TimelineEvent } from '../timeline/event.ts';
import type { ExportHeader } from './export-options.ts';

/**
 * The timeline as one JSON document, written in pieces: the header's fields, then the events
 * one per line as they are read, then what redaction took out (known only at the end).
 * Its shape is public (docs/timeline.md):
 * `{ title, generatedAt, timezone, from, to, redacted, ground, events, redactions }`.
 */
export class JsonExport {
  #written = 0;

  head(header: ExportHeader): string {
    const fields = {
      title: header.title,
      generatedAt: header.generatedAt.toISOString(),
      timezone: header.timeZone,
      from: header.from?.toISOString() ?? null,
      to: header.to?.toISOString() ?? null,
      redacted: header.redacted,
      ground: header.redacted ? WOO_GROUND : null,
    };
    const lines = Object.entries(fields).map(
      ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`,
    );
    return `{\n${lines.join('\n')}\n  "events": [`;
  }

  events(events: readonly TimelineEvent[]): string {
    const lines = events.map((event) => {
      const separator = this.#written++ === 0 ? '' : ',';
      return `${separator}\n    ${JSON.stringify(contractEvent(event))}`;
    });
    return lines.join('');
  }

  tail(redactions: readonly Redaction[]): string {
    const close = this.#written === 0 ? ']' : '\n  ]';
    const items = redactions.map(
      ({ seq, field, type }) => `    ${JSON.stringify({ seq, field, type })}`,
    );
    const list = items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n  ]`;
    return `${close},\n  "redactions": ${list}\n}\n`;
  }
}

/** Exactly the contract's fields, in its order: whatever else a store keeps stays home. */
export function contractEvent(event: TimelineEvent): TimelineEvent {
  const { seq, at, kind, domain, source, actor, summary, data } = event;
  return { seq, at, kind, domain, source, actor, summary, data } as TimelineEvent;
}
