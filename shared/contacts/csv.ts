import { err, ok, type Result } from '../result.ts';

/** One record of a CSV file and the line of the file it starts on (1 for the header). */
export interface CsvRow {
  readonly line: number;
  readonly cells: string[];
}

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Spreadsheets
 * in Dutch locales export with semicolons, so the separator is taken from the header line.
 * Rows keep their starting line: a quoted line break or a blank line must not shift the
 * line an error names.
 */
export function parseCsv(text: string): Result<CsvRow[], string> {
  const body = text.replace(/^\uFEFF/, '');
  const separator = (body.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n' || (char === '\r' && body[index + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      row.push(field);
      rows.push({ line: rowLine, cells: row });
      row = [];
      field = '';
      line++;
      rowLine = line;
    } else field += char;
  }
  if (quoted) return err(`the quoted field that starts on line ${quoteLine} is not closed`);
  if (field !== '' || row.length > 0) rows.push({ line: rowLine, cells: [...row, field] });
  return ok(rows);
}

/**
 * RFC 4180 CSV: comma-separated, CRLF after every record, a field quoted (its quotes
 * doubled) only when it holds a comma, a quote or a line break.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
