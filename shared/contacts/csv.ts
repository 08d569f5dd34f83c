import { err, ok, type Result } from '../result.ts';

/**
 * RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Spreadsheets
 * in Dutch locales export with semicolons, so the separator is taken from the header line.
 */
export function parseCsv(text: string): Result<string[][], string> {
  const body = text.replace(/^\uFEFF/, '');
  const separator = (body.split('\n')[0] ?? '').includes(';') ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted) {
      if (char === '"' && body[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) return err('a quoted field is not closed');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return ok(rows);
}
