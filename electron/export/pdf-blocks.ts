import type { ReportBlock } from '../../shared/export/report-blocks.ts';
import { assertNever } from '../../shared/result.ts';
import type { FontFace } from './pdf-fonts.ts';
import type { Pen, TextRun } from './pdf-pen.ts';
import { COLOUR, FACT_LABEL_WIDTH, KEEP_WITH_NEXT, TYPE } from './pdf-style.ts';
import { drawTable } from './pdf-table.ts';
import type { TextMeasure } from './pdf-wrap.ts';

/** Longer cells are cut short in print: a page-long note cannot fit one table row. */
const CELL_MAX = 1500;
const CUT = ' … (ingekort; de volledige tekst staat in de CSV- of JSON-export)';

/** One block of the report, from the pen's place on the page. */
export function drawBlock(pen: Pen, measure: TextMeasure, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(pen, measure, block.text, block.level);
    case 'paragraph': {
      const run = textRun(measure, block.text, pen.width, 'regular', TYPE.small, COLOUR.muted);
      return place(pen, run, pen.left, 8);
    }
    case 'facts':
      return drawFacts(pen, measure, block.facts);
    case 'table':
      return drawTable(
        pen,
        measure,
        block.columns,
        block.rows.map((row) => row.map(cut)),
      );
    default:
      return assertNever(block);
  }
}

/** The title: like a heading, only larger. */
export function drawTitle(pen: Pen, measure: TextMeasure, title: string): void {
  place(pen, textRun(measure, title, pen.width, 'bold', TYPE.title, COLOUR.text), pen.left, 10);
}

function drawHeading(pen: Pen, measure: TextMeasure, text: string, level: 2 | 3): void {
  const size = level === 2 ? TYPE.heading2 : TYPE.heading3;
  const run = textRun(measure, text, pen.width, 'bold', size, COLOUR.text);
  pen.y += level === 2 ? 10 : 4;
  pen.room(runHeight(run) + KEEP_WITH_NEXT);
  place(pen, run, pen.left, 4);
}

function drawFacts(
  pen: Pen,
  measure: TextMeasure,
  facts: readonly (readonly [string, string])[],
): void {
  const valueWidth = pen.width - FACT_LABEL_WIDTH;
  for (const [label, value] of facts) {
    const labelRun = textRun(measure, label, FACT_LABEL_WIDTH - 8, 'bold', TYPE.body, COLOUR.muted);
    const valueRun = textRun(measure, value, valueWidth, 'regular', TYPE.body, COLOUR.text);
    const height = Math.max(runHeight(labelRun), runHeight(valueRun));
    pen.room(height);
    pen.text(labelRun, pen.left, pen.y);
    pen.text(valueRun, pen.left + FACT_LABEL_WIDTH, pen.y);
    pen.y += height + 2;
  }
  pen.y += 6;
}

/** A run on its own: room made for it, drawn, the pen moved below it and `after` further. */
function place(pen: Pen, run: TextRun, x: number, after: number): void {
  pen.room(runHeight(run));
  pen.text(run, x, pen.y);
  pen.y += runHeight(run) + after;
}

function textRun(
  measure: TextMeasure,
  text: string,
  width: number,
  face: FontFace,
  size: number,
  colour: string,
): TextRun {
  const lineHeight = measure.lineHeight(face, size);
  return { lines: measure.lines(text, width, face, size), face, size, colour, lineHeight };
}

function runHeight(run: TextRun): number {
  return run.lines.length * run.lineHeight;
}

function cut(cell: string): string {
  return cell.length > CELL_MAX ? cell.slice(0, CELL_MAX) + CUT : cell;
}
