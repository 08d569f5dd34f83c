import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../contacts/csv.ts';
import type { TimelineEvent } from '../timeline/event.ts';
import { noteDraft } from '../timeline/testing/event-drafts.ts';
import { CSV_COLUMNS, csvHead, csvRows } from './csv.ts';

const TZ = 'Europe/Amsterdam';
const note = (seq: number, at: string, summary: string, actor = 'Jan de Vries') =>
  ({ ...noteDraft(at, 'helpdesk', actor, summary), seq }) as TimelineEvent;

function parsed(events: TimelineEvent[]): string[][] {
  const result = parseCsv(csvHead() + csvRows(events, TZ));
  assert.ok(result.ok);
  return result.value.map((row) => row.cells);
}

describe('the CSV export', () => {
  it('starts with a byte order mark and the header, every line ending in CRLF', () => {
    const text = csvHead() + csvRows([note(1, '2026-11-29T13:02:03.120Z', 'a')], TZ);
    assert.ok(text.startsWith('\uFEFFseq,at,kind,domain,source,actor,summary,data\r\n'));
    assert.equal(text.split('\r\n').length, 3);
    assert.doesNotMatch(text.replaceAll('\r\n', ''), /[\r\n]/);
  });

  it('quotes commas, quotes and line breaks so the cells read back as written', () => {
    const summary = 'Bel KPN, zegt "Jan"\nen daarna\r\nde CISO';
    const [, row] = parsed([note(1, '2026-11-29T13:02:03.120Z', summary)]);
    assert.equal(row![6], summary);
    assert.deepEqual(JSON.parse(row![7]!), {});
    assert.equal(row!.length, CSV_COLUMNS.length);
  });

  it('writes a cell that a spreadsheet would run as a formula with a quote before it', () => {
    const rows = parsed([
      note(1, '2026-11-29T13:00:00.000Z', '=HYPERLINK("http://x")'),
      note(2, '2026-11-29T13:00:00.000Z', '+31 belde'),
      note(3, '2026-11-29T13:00:00.000Z', '-5 meldingen', '@jan'),
    ]);
    assert.deepEqual(
      rows.slice(1).map((row) => [row[5], row[6]]),
      [
        ['Jan de Vries', `'=HYPERLINK("http://x")`],
        ['Jan de Vries', "'+31 belde"],
        ["'@jan", "'-5 meldingen"],
      ],
    );
  });

  it('writes times on the Amsterdam clock with their offset, across the change to summer time', () => {
    const rows = parsed([
      note(1, '2026-11-29T13:02:03.120Z', 'winter'),
      note(2, '2026-03-29T00:59:59.999Z', 'just before'),
      note(3, '2026-03-29T01:00:00.000Z', 'just after'),
      note(4, '2026-10-25T00:30:00.000Z', 'first 02:30'),
      note(5, '2026-10-25T01:30:00.000Z', 'second 02:30'),
    ]);
    assert.deepEqual(
      rows.slice(1).map((row) => row[1]),
      [
        '2026-11-29T14:02:03.120+01:00',
        '2026-03-29T01:59:59.999+01:00',
        '2026-03-29T03:00:00.000+02:00',
        '2026-10-25T02:30:00.000+02:00',
        '2026-10-25T02:30:00.000+01:00',
      ],
    );
  });

  it('writes the envelope and the data as JSON in its columns', () => {
    const [, row] = parsed([note(7, '2026-11-29T13:02:03.120Z', 'x')]);
    assert.deepEqual(row, [
      '7',
      '2026-11-29T14:02:03.120+01:00',
      'note',
      'helpdesk',
      '',
      'Jan de Vries',
      'x',
      '{}',
    ]);
  });
});
