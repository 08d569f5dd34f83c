import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatCsv, parseCsv } from './csv.ts';

/** The cells of every row, or the error. */
function cells(text: string): string[][] | string {
  const result = parseCsv(text);
  return result.ok ? result.value.map((row) => row.cells) : result.error;
}

describe('parseCsv', () => {
  const cases: [string, string, string[][] | string][] = [
    [
      'plain commas',
      'a,b,c\n1,2,3\n',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    [
      'no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR line ends',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a byte-order mark',
      '\uFEFFrole,name\nx,y\n',
      [
        ['role', 'name'],
        ['x', 'y'],
      ],
    ],
    [
      'semicolons (Dutch spreadsheets)',
      'role;name;phone\nx;Jan, de Vries;06\n',
      [
        ['role', 'name', 'phone'],
        ['x', 'Jan, de Vries', '06'],
      ],
    ],
    [
      'a quoted comma',
      'a,b\n"de Vries, Jan",2\n',
      [
        ['a', 'b'],
        ['de Vries, Jan', '2'],
      ],
    ],
    ['a doubled quote', 'a\n"say ""hi"""\n', [['a'], ['say "hi"']]],
    [
      'a quoted line break',
      'a,b\n"line 1\nline 2",x\n',
      [
        ['a', 'b'],
        ['line 1\nline 2', 'x'],
      ],
    ],
    [
      'a quoted CRLF',
      'a,b\r\n"1\r\n2",x\r\n',
      [
        ['a', 'b'],
        ['1\r\n2', 'x'],
      ],
    ],
    [
      'an empty quoted field',
      'a,b\n"",x\n',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
    ['a blank line', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['nothing', '', []],
    ['an unclosed quote', 'a,b\nx,"open\n', 'the quoted field that starts on line 2 is not closed'],
    [
      'an unclosed quote after a quoted line break',
      'a\n"1\n2"\n"3\n',
      'the quoted field that starts on line 4 is not closed',
    ],
  ];
  for (const [name, text, expected] of cases)
    it(name, () => assert.deepEqual(cells(text), expected));

  it('keeps the line each row starts on, past quoted line breaks and blank lines', () => {
    const result = parseCsv('h1,h2\n"a\nb",1\n\nc,2\r\n"d\r\n\r\ne",3\nf,4');
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.map((row) => [row.line, row.cells[0]]),
      [
        [1, 'h1'],
        [2, 'a\nb'],
        [4, ''],
        [5, 'c'],
        [6, 'd\r\n\r\ne'],
        [9, 'f'],
      ],
    );
  });
});

describe('formatCsv', () => {
  it('quotes only fields with a comma, a quote or a line break, and ends every record with CRLF', () => {
    assert.equal(
      formatCsv([
        ['a', 'b c', ''],
        ['x,y', 'say "hi"', 'line 1\nline 2'],
        ['cr\r', ';', "'"],
      ]),
      'a,b c,\r\n"x,y","say ""hi""","line 1\nline 2"\r\n"cr\r",;,\'\r\n',
    );
  });

  it('reads back through parseCsv as the same cells', () => {
    const cell = fc.string({ unit: fc.constantFrom(...'a ,"\r\n;é'.split('')), maxLength: 8 });
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(rows, (generated) => {
        // A header without a semicolon keeps the comma as the separator.
        const table = [['h1', 'h2'], ...generated];
        assert.deepEqual(cells(formatCsv(table)), table);
      }),
    );
  });
});
