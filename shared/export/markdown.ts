import type { ReportBlock, ReportDocument } from './report-blocks.ts';

/** The incident report as Markdown (CommonMark with GitHub's tables), for a wiki or a mail. */
export function reportMarkdown(document: ReportDocument): string {
  const parts = [`# ${inline(document.title)}`, ...document.blocks.map(block)];
  return `${parts.join('\n\n')}\n`;
}

function block(item: ReportBlock): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${inline(item.text)}`;
    case 'paragraph':
      return inline(item.text);
    case 'facts':
      return item.facts
        .map(([label, value]) => `- **${inline(label)}:** ${inline(value)}`)
        .join('\n');
    case 'table':
      return table(
        item.columns.map((column) => column.title),
        item.rows,
      );
  }
}

function table(titles: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(inline).join(' | ')} |`;
  const rule = `|${titles.map(() => '---').join('|')}|`;
  return [line(titles), rule, ...rows.map(line)].join('\n');
}

/**
 * Text as it must read, not as Markdown would take it: a note's "*" or "<b>" is not
 * formatting, a "|" would split a table cell, and a line break would end the table row.
 */
function inline(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replaceAll('<', '&lt;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}
