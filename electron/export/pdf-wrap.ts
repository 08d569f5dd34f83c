import PDFDocument from 'pdfkit';
import { dejaVuFonts, useFont, type FontFace } from './pdf-fonts.ts';

/**
 * Measures text for the report's layout: the lines a text breaks into at a width, and a
 * line's height, from word widths measured once per word, face and size on a document of its
 * own. pdfkit would lay a wrapped text out twice (to measure, then to draw), and both passes
 * of the report (counting pages, then drawing them) use these same measurements, so they
 * break every line and page in the same place.
 */
export class TextMeasure {
  readonly #doc = new PDFDocument({ font: dejaVuFonts().regular });
  readonly #widths = new Map<string, number>();
  readonly #lineHeights = new Map<string, number>();

  lines(text: string, width: number, face: FontFace, size: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/))
      this.#wrap(paragraph, width, `${face} ${size}`, lines);
    return lines;
  }

  lineHeight(face: FontFace, size: number): number {
    const key = `${face} ${size}`;
    let height = this.#lineHeights.get(key);
    if (height === undefined) {
      height = useFont(this.#doc, face, size).currentLineHeight(true);
      this.#lineHeights.set(key, height);
    }
    return height;
  }

  #wrap(paragraph: string, width: number, font: string, lines: string[]): void {
    const space = this.#width(' ', font);
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/ +/)) {
      for (const piece of this.#pieces(word, width, font)) {
        const pieceWidth = this.#width(piece, font);
        if (line !== '' && used + space + pieceWidth > width) {
          lines.push(line);
          [line, used] = [piece, pieceWidth];
        } else if (line === '') [line, used] = [piece, pieceWidth];
        else [line, used] = [`${line} ${piece}`, used + space + pieceWidth];
      }
    }
    lines.push(line);
  }

  /** A word wider than the column, cut where it must be: a URL or a fingerprint. */
  #pieces(word: string, width: number, font: string): string[] {
    if (this.#width(word, font) <= width) return [word];
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece !== '' && this.#width(piece + char, font) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    return [...pieces, piece];
  }

  #width(text: string, font: string): number {
    const key = `${font}\u0000${text}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      const [face, size] = font.split(' ') as [FontFace, string];
      width = useFont(this.#doc, face, Number(size)).widthOfString(text);
      if (this.#widths.size > 100_000) this.#widths.clear();
      this.#widths.set(key, width);
    }
    return width;
  }
}
