import { FakeClock } from '../time/testing/fake-clock.ts';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ExportFormat } from '../../shared/export/export-options.ts';
import { MemoryTimelineStore } from '../../shared/timeline/testing/memory-store.ts';
import { runExport } from './run-export.ts';
import { flat, pdfText } from './testing/pdf-text.ts';
import {
  CONTACT_NAMES,
  DATA_REPLACEMENTS,
  KEPT,
  ORIGINALS,
  SUMMARY_REPLACEMENTS,
  personalDataIncident,
} from './testing/personal-data.ts';

const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'md', 'pdf'];

describe('a redacted export, in every format', () => {
  let folder = '';
  const outputs = new Map<ExportFormat, string>();

  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-redact-'));
    const store = new MemoryTimelineStore();
    await store.append(personalDataIncident());
    for (const format of FORMATS) {
      const out = path.join(folder, `export.${format}`);
      await runExport(store, {
        format,
        redact: true,
        from: null,
        to: null,
        domain: null,
        title: 'Woo-besluit bijlage',
        timezone: 'Europe/Amsterdam',
        knownNames: CONTACT_NAMES,
        out,
        actor: 'Jan de Vries',
        clock: new FakeClock('2026-11-29T14:00:00.000Z'),
      });
      outputs.set(format, format === 'pdf' ? flat(pdfText(out)) : await readFile(out, 'utf8'));
    }
  });
  after(() => rm(folder, { recursive: true, force: true }));

  for (const format of FORMATS) {
    it(`${format}: lets no name, e-mail address or phone number through`, () => {
      const text = outputs.get(format)!;
      for (const original of ORIGINALS)
        assert.ok(!text.includes(original), `${format} still has "${original}"`);
    });

    it(`${format}: shows the ground, the kept domains and prefixes, and what is not personal`, () => {
      const text = outputs.get(format)!;
      // The reports (md, pdf) show the summaries; CSV and JSON every field of `data` as well.
      const shown = format === 'csv' || format === 'json' ? DATA_REPLACEMENTS : [];
      for (const expected of [...SUMMARY_REPLACEMENTS, ...shown, ...KEPT])
        assert.ok(text.includes(expected), `${format} lacks "${expected}"`);
    });
  }

  it('json: lists what it took out by seq, field and type, never the value', () => {
    const document = JSON.parse(outputs.get('json')!) as {
      ground: string;
      redactions: { seq: number; field: string; type: string }[];
    };
    assert.equal(document.ground, 'Woo 5.1.2e');
    for (const redaction of document.redactions)
      assert.deepEqual(Object.keys(redaction), ['seq', 'field', 'type']);
    const listed = document.redactions.map(({ seq, field, type }) => `${seq} ${field} ${type}`);
    for (const expected of [
      '1 summary name',
      '1 data.evidence.ticket.briefDescription name',
      '1 data.evidence.ticket.briefDescription phone',
      '1 data.evidence.ticket.briefDescription email',
      '2 data.evidence.alert.summary name',
      '2 data.evidence.alert.summary phone',
      '2 data.evidence.alert.labels.contact email',
      '2 data.evidence.alert.labels.oncall phone',
      '3 actor name',
      '4 data.line email',
      '5 actor name',
    ])
      assert.ok(listed.includes(expected), `redactions lack "${expected}"`);
  });

  it('csv: keeps the times on the war room clock', () => {
    assert.match(outputs.get('csv')!, /2026-11-29T14:00:00\.000\+01:00/);
  });
});
