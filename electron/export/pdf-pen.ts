import { useFont, type FontFace } from './pdf-fonts.ts';
import { COLOUR, PAGE } from './pdf-style.ts';

/** Text as it goes on the page: its lines, already broken, in one face, size and colour. */
export interface TextRun {
  readonly lines: readonly string[];
  readonly face: FontFace;
  readonly size: number;
  readonly colour: string;
  readonly lineHeight: number;
}

/**
 * Where the report is on the page, and the drawing. The same layout runs twice: first with
 * `drawing` off, only to count the pages (for "pagina 3 van 7"), then drawing them — so each
 * page is written out when full instead of all of them being kept to number them at the end.
 */
export class Pen {
  readonly doc: PDFKit.PDFDocument;
  readonly drawing: boolean;
  y = PAGE.margins.top;
  page = 1;
  readonly #onPageDone: (page: number) => void;

  constructor(doc: PDFKit.PDFDocument, drawing: boolean, onPageDone: (page: number) => void) {
    this.doc = doc;
    this.drawing = drawing;
    this.#onPageDone = onPageDone;
  }

  get left(): number {
    return PAGE.margins.left;
  }

  get width(): number {
    return this.doc.page.width - PAGE.margins.left - PAGE.margins.right;
  }

  /** Moves to a new page unless `height` still fits on this one. */
  room(height: number): void {
    if (this.y + height > this.doc.page.height - PAGE.margins.bottom && this.y > PAGE.margins.top)
      this.newPage();
  }

  newPage(): void {
    this.#onPageDone(this.page);
    if (this.drawing) this.doc.addPage();
    this.page++;
    this.y = PAGE.margins.top;
  }

  /** The last page is done too. */
  finish(): void {
    this.#onPageDone(this.page);
  }

  text(run: TextRun, x: number, y: number): void {
    if (!this.drawing) return;
    useFont(this.doc, run.face, run.size).fillColor(run.colour);
    run.lines.forEach((line, index) => {
      // No width: pdfkit then neither wraps nor breaks the page; the lines are ours.
      this.doc.text(line, x, y + index * run.lineHeight, { lineBreak: false });
    });
  }

  fill(x: number, y: number, width: number, height: number, colour: string): void {
    if (this.drawing) this.doc.rect(x, y, width, height).fill(colour);
  }

  rule(y: number): void {
    if (!this.drawing) return;
    const line = this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y);
    line.lineWidth(0.4).stroke(COLOUR.rule);
  }
}
