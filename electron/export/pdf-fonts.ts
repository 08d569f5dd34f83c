import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: pdfkit's built-in Helvetica has only
 * WinAnsi glyphs, so "→" and many a name would not render; DejaVu has é, ë, ï, €, – and “”.
 * From source (the CLI, the tests) it is resolved through the package, wherever npm put it;
 * the app ships no node_modules, so scripts/build.mjs copies the two faces beside the main
 * bundle and names that folder in DIJKWACHT_BUNDLED_FONTS at build time.
 */
export type FontFace = 'regular' | 'bold';

export function dejaVuFonts(): Readonly<Record<FontFace, string>> {
  const folder = fontFolder();
  return {
    regular: path.join(folder, 'DejaVuSans.ttf'),
    bold: path.join(folder, 'DejaVuSans-Bold.ttf'),
  };
}

function fontFolder(): string {
  const bundled = process.env.DIJKWACHT_BUNDLED_FONTS;
  if (bundled) return path.join(__dirname, bundled);
  const packageJson = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(packageJson), 'ttf');
}

/** Looked up when the first PDF is made, not when the app starts. */
let fonts: Readonly<Record<FontFace, string>> | undefined;

/**
 * Selects a face by its file path, not a registered alias: pdfkit (0.20) caches an alias only
 * when the font is new to the document, so an alias for the font the document opened with is
 * parsed from disk again on every switch — which made a 2,000-row log take 30 s.
 */
export function useFont(doc: PDFKit.PDFDocument, face: FontFace, size: number): PDFKit.PDFDocument {
  fonts ??= dejaVuFonts();
  return doc.font(fonts[face], size);
}
