import { execFileSync } from 'node:child_process';

/**
 * The text of a PDF by poppler's pdftotext (apt: poppler-utils), white space collapsed so a
 * phrase broken over two lines of a table cell still reads as one.
 */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
