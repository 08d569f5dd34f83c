import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleMark } from '../marks/testing/sample-marks.ts';
import { domainIds } from '../playbook/domains.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { formatSnapshotText } from './format-text.ts';
import type { DomainSnapshot, Snapshot } from './snapshot-schema.ts';

const domain = (id: DomainSnapshot['id'], status: DomainSnapshot['status']): DomainSnapshot => {
  const definition = defaultPlaybook.domains.find((candidate) => candidate.id === id);
  return {
    id,
    status,
    since: null,
    sources: [],
    dataAt: null,
    marks: [],
    roles: [...(definition?.roles ?? [])],
    line: { roles: [...(definition?.lineRoles ?? [])], redacted: !!definition?.lineRedacted },
  };
};

const snapshot: Snapshot = {
  generatedAt: '2026-11-29T13:00:00.000Z',
  demo: true,
  timeline: null,
  sources: [
    {
      id: 'topdesk',
      kind: 'topdesk',
      health: 'ok',
      lastSuccessAt: '2026-11-29T12:59:00.000Z',
      error: null,
      nextPollAt: null,
    },
    {
      id: 'statuscake',
      kind: 'statuscake',
      health: 'failing',
      lastSuccessAt: null,
      error: { category: 'rate-limited', detail: 'HTTP 429', retryAt: '2026-11-29T13:05:00.000Z' },
      nextPollAt: null,
    },
    {
      id: 'elk',
      kind: 'elasticsearch',
      health: 'stale',
      lastSuccessAt: '2026-11-29T12:00:00.000Z',
      error: null,
      nextPollAt: null,
    },
  ],
  domains: domainIds.map((id) => {
    if (id === 'website') return { ...domain(id, 'critical'), marks: [sampleMark('check-down')] };
    if (id === 'privacy') return domain(id, 'warning');
    if (id === 'escalation') return domain(id, 'unknown');
    return domain(id, 'ok');
  }),
};

const options = { timeZone: 'Europe/Amsterdam', playbook: defaultPlaybook } as const;
const nl = formatSnapshotText(snapshot, { ...options, language: 'nl' });
const en = formatSnapshotText(snapshot, { ...options, language: 'en' });

describe('formatSnapshotText', () => {
  it("starts with a monitoring plugin's line: state, worst domains, performance data", () => {
    assert.equal(
      nl.split('\n')[0],
      'DIJKWACHT CRITICAL - Website coronamelder.nl | critical=1;;;0;7 warning=1;;;0;7 unknown=1;;;0;7 sources_failing=1;;;0;3',
    );
    assert.equal(en.split('\n')[0], nl.split('\n')[0]);
  });

  it('says all is well on that line when it is', () => {
    const quiet = { ...snapshot, domains: domainIds.map((id) => domain(id, 'ok')) };
    const line = formatSnapshotText(quiet, { ...options, language: 'nl' }).split('\n')[0];
    assert.match(line ?? '', /^DIJKWACHT OK - alle 7 domeinen in orde \| critical=0;;;0;7 /);
  });

  it('speaks Dutch: status, domain titles, the mark with its severity and since, in war-room time', () => {
    const lines = nl.split('\n');
    assert.equal(lines[1], 'Dijkwacht-momentopname 14:00 (Europe/Amsterdam)  [DEMO]');
    assert.ok(lines.some((line) => /^IN ORDE +Helpdesk$/.test(line)));
    assert.ok(lines.some((line) => /^KRITIEK +Website coronamelder\.nl$/.test(line)));
    assert.ok(
      lines.includes('             KRITIEK: X-site al 4 min onbereikbaar (sinds 13:01)'),
      nl,
    );
    assert.ok(lines.includes('               Criterium: Verstoring'));
    assert.ok(lines.some((line) => line.startsWith('             Communicatielijn: ')));
    assert.ok(lines.some((line) => /^ {13}→ Communicatie – website/.test(line)));
  });

  it('speaks English with --lang en', () => {
    assert.match(en, /\nCRITICAL Website coronamelder\.nl\n/);
    assert.match(en, /\n {9}CRITICAL: X-site down for 4 min \(since 13:01\)\n/);
    assert.match(en, /\n {11}Criterion: Disruption\n/);
    assert.match(en, /\n {9}Communication line: /);
  });

  it('lists the sources with their health, data age and error, retry in war-room time', () => {
    assert.match(nl, /\nBronnen:\n {2}in orde {3}topdesk \(TOPdesk, laatste gegevens 13:59\)\n/);
    assert.match(
      nl,
      /\n {2}storing {3}statuscake \(StatusCake, nog geen gegevens\) — door de bron afgeremd, opnieuw na 14:05: HTTP 429\n/,
    );
    assert.match(nl, /\n {2}verouderd elk \(Elasticsearch, laatste gegevens 13:00\)$/);
    assert.match(
      en,
      /failing statuscake \(StatusCake, no data yet\) — rate-limited by the source, retry after 14:05: HTTP 429/,
    );
  });

  it('says when no source is configured', () => {
    const none = formatSnapshotText({ ...snapshot, sources: [] }, { ...options, language: 'nl' });
    assert.match(none, /\nBronnen: geen ingesteld$/);
  });
});
