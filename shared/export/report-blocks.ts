/**
 * An incident report as a reader meets it — headings, labelled facts, tables — in words
 * already, so Markdown and PDF render the same report and neither decides what it says.
 */

export interface TableColumn {
  readonly title: string;
  /** Its share of the page's width, for a renderer that lays out columns. */
  readonly width: number;
}

export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'facts'; readonly facts: readonly (readonly [label: string, value: string])[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly TableColumn[];
      readonly rows: readonly (readonly string[])[];
    };

export interface ReportDocument {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}
