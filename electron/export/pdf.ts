import { PassThrough } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { ReportDocument } from '../../shared/export/report-blocks.ts';
import { drawBlock, drawTitle } from './pdf-blocks.ts';
import { dejaVuFonts, useFont } from './pdf-fonts.ts';
import { Pen } from './pdf-pen.ts';
import { COLOUR, PAGE, TYPE } from './pdf-style.ts';
import { TextMeasure } from './pdf-wrap.ts';

/**
 * The incident report as a PDF on A4 in DejaVu Sans, "pagina 3 van 7" on every page. The
 * layout runs once to count the pages and once to draw them, so each page is finished and
 * compressed as soon as it is full, instead of every page being held open (pdfkit's
 * bufferPages) to be numbered at the end — 2.7 GB for a 100,000-event log.
 */
export async function writeReportPdf(
  report: ReportDocument,
  out: NodeJS.WritableStream,
): Promise<void> {
  const measure = new TextMeasure();
  const pages = countPages(report, measure);
  const doc = newDocument(report.title);
  const done = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    doc.once('error', reject);
    doc.once('end', resolve);
  });
  doc.pipe(out, { end: false });
  lay(report, new Pen(doc, true, (page) => footer(doc, report.title, page, pages)), measure);
  doc.end();
  await done;
}

/** The same PDF in memory. */
export async function reportPdfBuffer(report: ReportDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeReportPdf(report, sink);
  return Buffer.concat(chunks);
}

function countPages(report: ReportDocument, measure: TextMeasure): number {
  // Counting needs only a page's size: this document is never written.
  const pen = new Pen(newDocument(report.title), false, () => {});
  lay(report, pen, measure);
  return pen.page;
}

function lay(report: ReportDocument, pen: Pen, measure: TextMeasure): void {
  drawTitle(pen, measure, report.title);
  for (const block of report.blocks) drawBlock(pen, measure, block);
  pen.finish();
}

function newDocument(title: string): PDFKit.PDFDocument {
  return new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    font: dejaVuFonts().regular,
    lang: 'nl-NL',
    displayTitle: true,
    info: { Title: title, Creator: 'Dijkwacht' },
  });
}

function footer(doc: PDFKit.PDFDocument, title: string, page: number, pages: number): void {
  const { left, right } = PAGE.margins;
  const y = doc.page.height - PAGE.footerFromBottom;
  const width = doc.page.width - left - right;
  // Text below the bottom margin would make pdfkit open a page of its own for it.
  const margins = doc.page.margins;
  doc.page.margins = { ...margins, bottom: 0 };
  useFont(doc, 'regular', TYPE.footer).fillColor(COLOUR.muted);
  doc.text(title, left, y, {
    lineBreak: false,
    width: width * 0.7,
    ellipsis: true,
    height: TYPE.footer * 1.5,
  });
  doc.text(`pagina ${page} van ${pages}`, left, y, { lineBreak: false, width, align: 'right' });
  doc.page.margins = margins;
}
