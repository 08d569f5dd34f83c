/**
 * A spreadsheet runs a cell that starts with =, + or - (and @ in Excel) as a formula: a
 * contacts file opened in one could call out to a URL or a program (CSV injection). Such a
 * cell is written with a ' before it, the spreadsheets' own mark for "this is text", and a
 * cell that starts with ' gets one more, so reading drops exactly the one writing added.
 */
const NEEDS_MARK = /^[=+\-@']/;
const MARKED = /^'[=+\-@']/;

/** The cell as it goes into a CSV file. */
export function markFormulaText(cell: string): string {
  return NEEDS_MARK.test(cell) ? `'${cell}` : cell;
}

/** The cell as it came out of a CSV file, its mark dropped; it is text either way. */
export function unmarkFormulaText(cell: string): string {
  return MARKED.test(cell) ? cell.slice(1) : cell;
}
