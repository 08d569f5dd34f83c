import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { after, before, describe, it } from 'node:test';
import type { ExportHeader } from '../../shared/export/export-options.ts';
import { incidentReport } from '../../shared/export/report-document.ts';
import {
  SMALL_INCIDENT_PERIOD,
  smallIncident,
} from '../../shared/timeline/testing/small-incident.ts';
import { syntheticTimeline } from '../../shared/timeline/testing/synthetic-timeline.ts';
import type { TimelineEvent } from '../../shared/timeline/event.ts';
import { reportPdfBuffer, writeReportPdf } from './pdf.ts';
import { flat, pdfText } from './testing/pdf-text.ts';

const header: ExportHeader = {
  title: 'Incident coronamelder.nl – lancering',
  generatedAt: new Date('2026-11-29T14:20:00.000Z'),
  timeZone: 'Europe/Amsterdam',
  ...SMALL_INCIDENT_PERIOD,
  domain: null,
  redacted: false,
};

async function pdfOf(
  events: readonly TimelineEvent[],
  folder: string,
  name: string,
): Promise<string> {
  const file = path.join(folder, name);
  const out = createWriteStream(file);
  await writeReportPdf(incidentReport(events, header), out);
  out.end();
  await finished(out);
  return file;
}

describe('the PDF incident report', () => {
  let folder = '';
  before(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'dijkwacht-pdf-'));
  });
  after(() => rm(folder, { recursive: true, force: true }));

  it('carries the title, the period, the figures and the log, in Dutch with its accents', async () => {
    const text = pdfText(await pdfOf(smallIncident(), folder, 'small.pdf'));
    const words = flat(text);
    assert.match(words, /Incident coronamelder\.nl – lancering/);
    assert.match(words, /Periode 29 november 2026 14:00 – 15:00/);
    assert.match(words, /Kritiek 28 min \(14:02–14:30\)/);
    assert.match(
      words,
      /Start “verhoogde dijkbewaking” – overleg geëvalueerd, reïntegratie, café € 12,50/,
    );
    assert.match(words, /14:02:00 Domeinstatus Helpdesk systeem Helpdesk: IN ORDE → KRITIEK/);
    assert.match(
      words,
      /14:12:00 Geïnformeerd Helpdesk Jan de Vries Helpdesk: CISO geïnformeerd via telefoon/,
    );
    assert.match(text, /pagina 1 van \d+/);
  });

  it('numbers every page "pagina i van N" when the log runs over many', async () => {
    const events = syntheticTimeline(600).map(
      (draft, index) => ({ ...draft, seq: index + 1 }) as TimelineEvent,
    );
    const text = pdfText(await pdfOf(events, folder, 'long.pdf'));
    const numbers = [...text.matchAll(/pagina (\d+) van (\d+)/g)];
    const pages = Number(numbers[0]![2]);
    assert.ok(pages > 5);
    assert.deepEqual(
      numbers.map((match) => Number(match[1])),
      Array.from({ length: pages }, (_, index) => index + 1),
    );
    assert.ok(numbers.every((match) => Number(match[2]) === pages));
  });

  it('makes the same document in memory', async () => {
    const buffer = await reportPdfBuffer(incidentReport(smallIncident(), header));
    assert.equal(buffer.subarray(0, 5).toString(), '%PDF-');
  });
});
