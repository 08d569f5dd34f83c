import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseConfigText, type Config } from '../config/parse-config.ts';
import type { DomainId } from '../playbook/domains.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import { sampleMark } from '../marks/testing/sample-marks.ts';
import { buildSnapshot } from './build-snapshot.ts';
import {
  snapshotSchema,
  sourceHealths,
  type Mark,
  type SourceHealth,
  type SourceState,
} from './snapshot-schema.ts';

const SEVEN_DOMAINS = [
  'helpdesk',
  'ggd-portal',
  'security',
  'privacy',
  'alerting',
  'website',
  'escalation',
];
const NOW = new Date('2020-10-10T12:00:00.000Z');

const ALL_SOURCES = `sources:
  - { id: td, kind: topdesk, url: "https://td", username: u, password: { env: S } }
  - { id: sc, kind: statuscake, url: "https://sc", token: { env: S } }
  - { id: am, kind: alertmanager, url: "https://am" }
`;

function config(text = ALL_SOURCES): Config {
  const result = parseConfigText(text, { fileName: 'c.yaml', env: { S: 'secret-s3cr3t' } });
  if (!result.ok) assert.fail(result.error.message);
  return result.value;
}

const state = (id: string, kind: SourceState['kind'], health: SourceHealth): SourceState => ({
  id,
  kind,
  health,
  lastSuccessAt: health === 'ok' ? '2020-10-10T11:59:30.000Z' : null,
  error:
    health === 'failing' ? { category: 'server-error', detail: 'HTTP 503', retryAt: null } : null,
  nextPollAt: null,
});
const healthy = (td: SourceHealth = 'ok', sc: SourceHealth = 'ok', am: SourceHealth = 'ok') => [
  state('td', 'topdesk', td),
  state('sc', 'statuscake', sc),
  state('am', 'alertmanager', am),
];
const mark = (severity: Mark['severity']): Mark => ({ ...sampleMark('check-down'), severity });

function snapshot(sources: SourceState[], marks: [DomainId, Mark[]][] = [], cfg = config()) {
  return buildSnapshot({
    generatedAt: NOW,
    demo: false,
    playbook: defaultPlaybook,
    config: cfg,
    sources,
    marks: new Map(marks),
  });
}
const statuses = (snap: ReturnType<typeof snapshot>) =>
  Object.fromEntries(snap.domains.map((domain) => [domain.id, domain.status]));

describe('buildSnapshot', () => {
  it('lists all seven domains in playbook order, with role ids and their line as structure', () => {
    const snap = snapshot(healthy());
    assert.deepEqual(
      snap.domains.map((domain) => domain.id),
      SEVEN_DOMAINS,
    );
    assert.equal(snap.generatedAt, '2020-10-10T12:00:00.000Z');
    assert.equal(snap.demo, false);
    const privacy = defaultPlaybook.domains[3];
    assert.deepEqual(snap.domains[3], {
      id: 'privacy',
      status: 'ok',
      since: null,
      sources: ['td'],
      dataAt: '2020-10-10T11:59:30.000Z',
      marks: [],
      roles: privacy?.roles,
      line: { roles: privacy?.lineRoles, redacted: privacy?.lineRedacted },
    });
    assert.ok(snap.domains[3]?.roles.includes('privacy-coordination'));
    assert.ok(snap.domains[6]?.roles.includes('cio-director'));
    assert.equal(snapshotSchema.safeParse(snap).success, true);
  });

  it('dates the data behind a domain by its oldest source, and not at all when one has none', () => {
    const sources = healthy('ok', 'failing', 'ok').map((source) =>
      source.id === 'am' ? { ...source, lastSuccessAt: '2020-10-10T11:50:00.000Z' } : source,
    );
    const byId = new Map(snapshot(sources).domains.map((domain) => [domain.id, domain]));
    assert.deepEqual(byId.get('helpdesk')?.sources, ['td']);
    assert.equal(byId.get('helpdesk')?.dataAt, '2020-10-10T11:59:30.000Z');
    // The GGD portal reads StatusCake too, which has delivered nothing yet.
    assert.deepEqual(byId.get('ggd-portal')?.sources, ['td', 'sc', 'am']);
    assert.equal(byId.get('ggd-portal')?.dataAt, null);
    assert.equal(byId.get('security')?.dataAt, '2020-10-10T11:50:00.000Z');
  });

  it('is ok everywhere when every source is fresh and nothing is marked', () => {
    assert.deepEqual(
      statuses(snapshot(healthy())),
      Object.fromEntries(SEVEN_DOMAINS.map((id) => [id, 'ok'])),
    );
  });

  it('makes only the domains a failing source feeds unknown', () => {
    assert.deepEqual(statuses(snapshot(healthy('ok', 'failing', 'ok'))), {
      helpdesk: 'ok',
      'ggd-portal': 'unknown',
      security: 'ok',
      privacy: 'ok',
      alerting: 'ok',
      website: 'unknown',
      escalation: 'ok',
    });
  });

  it('lets a fresh mark beat an unknown source', () => {
    const snap = snapshot(healthy('ok', 'stale', 'ok'), [
      ['website', [mark('critical')]],
      ['ggd-portal', [mark('warning')]],
    ]);
    assert.equal(statuses(snap).website, 'critical');
    assert.equal(statuses(snap)['ggd-portal'], 'warning');
    assert.deepEqual(snap.domains[5]?.marks, [mark('critical')]);
  });

  it('is unknown everywhere with no sources configured', () => {
    const snap = snapshot([], [], config(''));
    assert.deepEqual(
      statuses(snap),
      Object.fromEntries(SEVEN_DOMAINS.map((id) => [id, 'unknown'])),
    );
    assert.deepEqual(snap.sources, []);
  });

  it('treats a feeding source with no reported state as not ok', () => {
    assert.deepEqual(
      statuses(snapshot([state('td', 'topdesk', 'ok'), state('am', 'alertmanager', 'ok')]))[
        'ggd-portal'
      ],
      'unknown',
    );
    assert.deepEqual(statuses(snapshot([state('sc', 'statuscake', 'ok')])).website, 'ok');
  });

  it('uses the domain settings of the config in place of the defaults', () => {
    const cfg = config(
      `${ALL_SOURCES}domains:\n  website:\n    alerts: { labels: { domain: website } }\n    rules: [{ kind: alert-firing, labels: { domain: website } }]\n`,
    );
    const snap = snapshot(healthy('ok', 'failing', 'ok'), [], cfg);
    assert.equal(statuses(snap).website, 'ok');
    assert.equal(statuses(snap)['ggd-portal'], 'unknown');
  });

  it('copies the source states as given', () => {
    assert.deepEqual(snapshot(healthy('failing')).sources, healthy('failing'));
  });

  it('never shows ok for a domain with a feeding source that is not ok (property)', () => {
    const healthArb = fc.constantFrom(...sourceHealths);
    fc.assert(
      fc.property(
        healthArb,
        healthArb,
        healthArb,
        fc.subarray(['td', 'sc', 'am']),
        (td, sc, am, reported) => {
          const sources = healthy(td, sc, am).filter((source) => reported.includes(source.id));
          const snap = snapshot(sources);
          const health = new Map(sources.map((source) => [source.id, source.health]));
          const feeds: Record<string, string[]> = {
            helpdesk: ['td'],
            'ggd-portal': ['td', 'sc', 'am'],
            security: ['td', 'am'],
            privacy: ['td'],
            alerting: ['am'],
            website: ['sc'],
            escalation: ['td'],
          };
          for (const domain of snap.domains) {
            const allOk = feeds[domain.id]!.every((id) => health.get(id) === 'ok');
            assert.equal(domain.status, allOk ? 'ok' : 'unknown', domain.id);
          }
        },
      ),
    );
  });
});
