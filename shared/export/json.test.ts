import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactEvents } from '../redact/redact.ts';
import type { TimelineEvent } from '../timeline/event.ts';
import { smallIncident } from '../timeline/testing/small-incident.ts';
import type { ExportHeader } from './export-options.ts';
import { JsonExport } from './json.ts';

const header: ExportHeader = {
  title: 'Incident',
  generatedAt: new Date('2026-11-29T14:20:00.000Z'),
  timeZone: 'Europe/Amsterdam',
  from: new Date('2026-11-29T13:00:00.000Z'),
  to: null,
  domain: null,
  redacted: false,
};

/** The document as the export writes it: head, events in two pages, tail. */
function exported(
  events: readonly TimelineEvent[],
  redacted: boolean,
  redactions = [] as object[],
) {
  const json = new JsonExport();
  const text =
    json.head({ ...header, redacted }) +
    json.events(events.slice(0, 3)) +
    json.events(events.slice(3)) +
    json.tail(redactions as never);
  return JSON.parse(text) as Record<string, unknown>;
}

describe('the JSON export', () => {
  it('has exactly the public shape, in order', () => {
    const document = exported(smallIncident(), false);
    assert.deepEqual(Object.keys(document), [
      'title',
      'generatedAt',
      'timezone',
      'from',
      'to',
      'redacted',
      'ground',
      'events',
      'redactions',
    ]);
    assert.deepEqual(
      { ...document, events: undefined },
      {
        title: 'Incident',
        generatedAt: '2026-11-29T14:20:00.000Z',
        timezone: 'Europe/Amsterdam',
        from: '2026-11-29T13:00:00.000Z',
        to: null,
        redacted: false,
        ground: null,
        events: undefined,
        redactions: [],
      },
    );
  });

  it('writes the events as the contract has them, and nothing the store kept beside them', () => {
    const extra = smallIncident().map((event) => ({ ...event, hash: 'ab12', markKey: 'k' }));
    const { events } = exported(extra, false) as { events: TimelineEvent[] };
    assert.deepEqual(events, smallIncident());
    assert.deepEqual(Object.keys(events[0]!), [
      'seq',
      'at',
      'kind',
      'domain',
      'source',
      'actor',
      'summary',
      'data',
    ]);
  });

  it('names the ground and lists the redactions by seq, field and type only', () => {
    const { events, redactions } = redactEvents(smallIncident(), ['Jan de Vries']);
    const document = exported(events, true, [...redactions]);
    assert.equal(document.redacted, true);
    assert.equal(document.ground, 'Woo 5.1.2e');
    assert.deepEqual((document.redactions as object[])[0], {
      seq: 1,
      field: 'actor',
      type: 'name',
    });
    assert.doesNotMatch(JSON.stringify(document), /Jan de Vries/);
  });

  it('is a valid document without events', () => {
    const json = new JsonExport();
    const document = JSON.parse(json.head(header) + json.tail([]));
    assert.deepEqual([document.events, document.redactions], [[], []]);
  });
});
