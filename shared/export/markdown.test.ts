import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TimelineEvent } from '../timeline/event.ts';
import { noteDraft } from '../timeline/testing/event-drafts.ts';
import { SMALL_INCIDENT_PERIOD, smallIncident } from '../timeline/testing/small-incident.ts';
import type { ExportHeader } from './export-options.ts';
import { reportMarkdown } from './markdown.ts';
import { incidentReport } from './report-document.ts';

const header: ExportHeader = {
  title: 'Incident coronamelder.nl',
  generatedAt: new Date('2026-11-29T14:20:00.000Z'),
  timeZone: 'Europe/Amsterdam',
  ...SMALL_INCIDENT_PERIOD,
  domain: null,
  redacted: false,
};
const markdown = (events = smallIncident(), options: Partial<ExportHeader> = {}) =>
  reportMarkdown(incidentReport(events, { ...header, ...options }));

describe('the Markdown incident report', () => {
  const text = markdown();

  it('opens with the title and the period on the war room clock', () => {
    assert.match(text, /^# Incident coronamelder\.nl\n/);
    assert.match(text, /\*\*Periode:\*\* 29 november 2026 14:00 – 15:00\n/);
    assert.match(text, /\*\*Tijdzone:\*\* Europe\/Amsterdam/);
    assert.match(text, /\*\*Gebeurtenissen:\*\* 10\n/);
  });

  it('sums up the war room: critical time, MTTA and time to inform', () => {
    assert.match(text, /## Samenvatting\n\n- \*\*Kritiek:\*\* Helpdesk 28 min\n/);
    assert.match(text, /\*\*Tijd tot bevestigen \(MTTA\):\*\* gemiddeld 4 min over 1 markering/);
    assert.match(text, /\*\*Tijd tot informeren:\*\* gemiddeld 9 min over 1 markering/);
  });

  it('gives each domain its critical stretches and marks', () => {
    assert.match(text, /### Helpdesk\n\n- \*\*Kritiek:\*\* 28 min \(14:02–14:30\)/);
    assert.match(
      text,
      /\| 14:01 \| Open melding \| Helpdesk: open melding I 2026 1234 “Inloggen mislukt” \| Jan de Vries om 14:07; Fatima el Amrani om 14:10 \| 4 min \| 9 min \|/,
    );
    assert.match(text, /### Security\n\n- \*\*Kritiek:\*\* niet kritiek/);
    assert.match(text, /\| Security: melding vanuit het SOC \| niet bevestigd \| — \| — \|/);
  });

  it('logs every event in order under its day, in words', () => {
    assert.match(text, /## Logboek\n\n### zondag 29 november 2026\n/);
    assert.match(
      text,
      /\| 14:02:00 \| Domeinstatus \| Helpdesk \| systeem \| Helpdesk: IN ORDE → KRITIEK \|/,
    );
    assert.match(text, /\| 14:12:00 \| Geïnformeerd \| Helpdesk \| Jan de Vries \|/);
    const times = [...text.matchAll(/^\| (\d\d:\d\d:\d\d) \|/gm)].map((match) => match[1]);
    assert.deepEqual(times, [...times].sort());
    assert.equal(times.length, 10);
  });

  it('keeps a note’s own characters from becoming Markdown', () => {
    const note = {
      ...noteDraft(SMALL_INCIDENT_PERIOD.from.toISOString(), null, 'x', 'a | b *c* <b>\nd'),
      seq: 1,
    };
    assert.match(markdown([note as TimelineEvent]), /\| a \\\| b \\\*c\\\* &lt;b> d \|/);
  });

  it('says when it is redacted and on what ground', () => {
    assert.match(markdown(smallIncident(), { redacted: true }), /\*\*Gelakt:\*\* .*Woo 5\.1\.2e/);
  });
});
