import type { TableColumn } from '../../shared/export/report-blocks.ts';
import type { FontFace } from './pdf-fonts.ts';
import type { Pen, TextRun } from './pdf-pen.ts';
import { CELL_PADDING, COLOUR, TYPE } from './pdf-style.ts';
import type { TextMeasure } from './pdf-wrap.ts';

/** A table that breaks across pages between rows, its header repeated on each page. */
export function drawTable(
  pen: Pen,
  measure: TextMeasure,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const widths = columnWidths(pen.width, columns);
  const row = (cells: readonly string[], face: FontFace) => cellRuns(measure, cells, widths, face);
  const header = row(
    columns.map((column) => column.title),
    'bold',
  );
  pen.room(height(header) + height(row(rows[0] ?? [], 'regular')));
  drawRow(pen, header, widths, true);
  for (const cells of rows) {
    const runs = row(cells, 'regular');
    const page = pen.page;
    pen.room(height(runs));
    if (pen.page !== page) drawRow(pen, header, widths, true);
    drawRow(pen, runs, widths, false);
  }
  pen.y += 8;
}

function columnWidths(usable: number, columns: readonly TableColumn[]): number[] {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return columns.map((column) => (usable * column.width) / total);
}

function cellRuns(
  measure: TextMeasure,
  cells: readonly string[],
  widths: readonly number[],
  face: FontFace,
): TextRun[] {
  const lineHeight = measure.lineHeight(face, TYPE.table);
  return cells.map((cell, index) => ({
    lines: measure.lines(cell, widths[index]! - 2 * CELL_PADDING, face, TYPE.table),
    face,
    size: TYPE.table,
    colour: COLOUR.text,
    lineHeight,
  }));
}

function height(runs: readonly TextRun[]): number {
  const tallest = Math.max(0, ...runs.map((run) => run.lines.length * run.lineHeight));
  return tallest + 2 * CELL_PADDING;
}

function drawRow(
  pen: Pen,
  runs: readonly TextRun[],
  widths: readonly number[],
  header: boolean,
): void {
  const rowHeight = height(runs);
  if (header) pen.fill(pen.left, pen.y, pen.width, rowHeight, COLOUR.headerFill);
  let x = pen.left + CELL_PADDING;
  runs.forEach((run, index) => {
    pen.text(run, x, pen.y + CELL_PADDING);
    x += widths[index]!;
  });
  pen.y += rowHeight;
  pen.rule(pen.y);
}
