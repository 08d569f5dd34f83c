import { csvHead, csvRows } from '../../shared/export/csv.ts';
import type { ExportFormat, ExportHeader } from '../../shared/export/export-options.ts';
import { JsonExport } from '../../shared/export/json.ts';
import { reportMarkdown } from '../../shared/export/markdown.ts';
import type { ReportDocument } from '../../shared/export/report-blocks.ts';
import { incidentReport } from '../../shared/export/report-document.ts';
import type { Redaction } from '../../shared/redact/redact.ts';
import { assertNever } from '../../shared/result.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import type { ExportSink } from './export-sink.ts';
import { writeReportPdf } from './pdf.ts';

/**
 * One format's writing, page by page: CSV and JSON write each page as it comes, so a long
 * timeline is never one string; the report formats keep the events and write at the end,
 * since their summary needs all of them.
 */
export interface FormatWriter {
  head(): string;
  page(events: readonly TimelineEvent[]): string;
  end(redactions: readonly Redaction[], sink: ExportSink): Promise<void>;
}

export function formatWriter(format: ExportFormat, header: ExportHeader): FormatWriter {
  switch (format) {
    case 'csv':
      return {
        head: csvHead,
        page: (events) => csvRows(events, header.timeZone),
        end: async () => {},
      };
    case 'json':
      return jsonWriter(header);
    case 'md':
      return reportWriter(header, (report, sink) => sink.write(reportMarkdown(report)));
    case 'pdf':
      return reportWriter(header, (report, sink) => writeReportPdf(report, sink.stream));
    default:
      return assertNever(format);
  }
}

function jsonWriter(header: ExportHeader): FormatWriter {
  const json = new JsonExport();
  return {
    head: () => json.head(header),
    page: (events) => json.events(events),
    end: (redactions, sink) => sink.write(json.tail(redactions)),
  };
}

function reportWriter(
  header: ExportHeader,
  render: (report: ReportDocument, sink: ExportSink) => Promise<void>,
): FormatWriter {
  const events: TimelineEvent[] = [];
  return {
    head: () => '',
    page: (page) => {
      for (const event of page) events.push(event);
      return '';
    },
    end: (_redactions, sink) => render(incidentReport(events, header), sink),
  };
}
