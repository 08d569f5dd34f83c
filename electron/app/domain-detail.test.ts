import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CheckStrip } from '../../shared/charts/chart-schema.ts';
import { detailLimits, domainDetailSchema } from '../../shared/desk/domain-detail-schema.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import { defaultPlaybook } from '../../shared/playbook/playbook.ts';
import {
  ago,
  alert,
  at,
  check,
  config,
  evaluate,
  HOUR,
  marksOf,
  MINUTE,
  NOW,
  queryResult,
  signalsOf,
  ticket,
  type SignalLists,
} from '../../shared/rules/testing/rule-fixtures.ts';
import { buildDomainDetail, domainDetailFrom } from './domain-detail.ts';
import { downPeriods } from './domain-detail-signals.ts';
import { topdeskIncidentUrl } from './domain-detail-tickets.ts';
import { checkExternalLink, linkPolicyFor } from './external-links.ts';

const CONFIG = config(`
domains:
  alerting:
    alerts: { labels: {} }
    rules:
      - { kind: alert-firing, severity: warning, labels: {} }
      - { kind: query-threshold, query: backend-5xx, threshold: 100, severity: warning }
`);

function detail(domain: DomainId, lists: SignalLists, strips: CheckStrip[] = []) {
  const marks = marksOf(evaluate({ ...lists, config: CONFIG }), domain);
  let stripsAsked = 0;
  const built = buildDomainDetail({
    domain,
    now: NOW,
    config: CONFIG,
    playbook: defaultPlaybook,
    signals: signalsOf(lists),
    marks,
    checkStrips: () => {
      stripsAsked += 1;
      return strips;
    },
  });
  // Whatever the builder makes must pass the contract main answers with.
  domainDetailSchema.parse(built);
  return { built, marks, stripsAsked };
}

describe('buildDomainDetail: tickets', () => {
  it('lists the tickets its marks name first, then its open ones, newest first, with routing and a link', () => {
    const privacy = ticket({
      category: 'Privacy',
      number: 'I 2010 0042',
      callDate: ago(2 * HOUR),
      operatorGroup: null,
    });
    const newer = ticket({ category: 'Privacy', callDate: ago(5 * MINUTE), closed: true });
    const helpdesk = ticket({ category: 'Helpdesk' });
    const { built } = detail('privacy', { tickets: [helpdesk, newer, privacy] });
    assert.equal(built.tickets?.total, 1);
    const [shown] = built.tickets?.items ?? [];
    assert.equal(shown?.number, 'I 2010 0042');
    assert.equal(shown?.marked, true);
    assert.equal(shown?.routing.status, 'unassigned');
    assert.equal(
      shown?.url,
      'https://td.example/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I%202010%200042',
    );
  });

  it('takes for Escalatie the P0/P1 and major tickets of any category', () => {
    const p1 = ticket({ category: 'Helpdesk', priority: 'P1 - Kritiek' });
    const major = ticket({ category: 'Security', priority: 'P3', majorCall: true });
    const quiet = ticket({ category: 'Helpdesk', priority: 'P3' });
    const { built } = detail('escalation', { tickets: [p1, major, quiet] });
    assert.deepEqual(built.tickets?.items.map((item) => item.id).sort(), [p1.id, major.id].sort());
  });

  it('bounds the list and says how many there were', () => {
    const many = Array.from({ length: detailLimits.tickets + 50 }, (_, index) =>
      ticket({ category: 'Security', callDate: ago(index * MINUTE) }),
    );
    const { built } = detail('security', { tickets: many });
    assert.equal(built.tickets?.items.length, detailLimits.tickets);
    assert.equal(built.tickets?.total, detailLimits.tickets + 50);
  });

  it('cuts an overlong title with an ellipsis, never failing the contract', () => {
    const long = ticket({ category: 'Privacy', briefDescription: 'x'.repeat(5_000) });
    const { built } = detail('privacy', { tickets: [long] });
    const title = built.tickets?.items[0]?.briefDescription ?? '';
    assert.equal(title.length, detailLimits.text);
    assert.ok(title.endsWith('…'));
  });

  it('is null for a domain that reads no tickets', () => {
    assert.equal(detail('website', { tickets: [ticket()] }).built.tickets, null);
  });
});

describe('topdeskIncidentUrl', () => {
  it('opens the incident by its number on the configured host, whichever form the URL has', () => {
    for (const base of [
      'https://td.example',
      'https://td.example/tas/',
      'https://td.example/tas/api',
    ])
      assert.equal(
        topdeskIncidentUrl(base, 'I 2611 042'),
        'https://td.example/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I%202611%20042',
      );
  });

  it('encodes a hostile number so it stays one query value, and the link passes the allow-list', () => {
    const url = topdeskIncidentUrl('https://td.example', 'I 1&lookup=x#@evil.example');
    assert.equal(new URL(url).host, 'td.example');
    assert.equal(new URL(url).searchParams.get('lookupValue'), 'I 1&lookup=x#@evil.example');
    assert.equal(checkExternalLink(url, linkPolicyFor(CONFIG.sources)).ok, true);
  });
});

describe('buildDomainDetail: checks', () => {
  it('lists the domain’s checks, down first, with their down periods; others are not asked for', () => {
    const down = check({
      tags: ['website'],
      status: 'down',
      downSince: ago(4 * MINUTE),
      name: 'b',
    });
    const up = check({ tags: ['website'], name: 'a' });
    const portal = check({ tags: ['ggd-portal'] });
    const strips: CheckStrip[] = [
      {
        id: down.id,
        name: down.name,
        domains: ['website'],
        segments: [
          { status: 'down', from: ago(60 * MINUTE), to: ago(50 * MINUTE) },
          { status: 'up', from: ago(50 * MINUTE), to: ago(4 * MINUTE) },
          { status: 'down', from: ago(4 * MINUTE), to: at(0) },
        ],
      },
    ];
    const { built, stripsAsked } = detail('website', { checks: [up, portal, down] }, strips);
    assert.deepEqual(
      built.checks?.items.map((item) => item.name),
      ['b', 'a'],
    );
    assert.deepEqual(built.checks?.items[0]?.downPeriods, [
      { from: ago(4 * MINUTE), to: null },
      { from: ago(60 * MINUTE), to: ago(50 * MINUTE) },
    ]);
    assert.equal(stripsAsked, 1);
    assert.equal(detail('privacy', { checks: [down] }).stripsAsked, 0);
  });
});

describe('downPeriods', () => {
  it('joins adjacent down segments and ends the last one when the check is up again', () => {
    const segments = [
      { status: 'down', from: ago(30 * MINUTE), to: ago(20 * MINUTE) },
      { status: 'down', from: ago(20 * MINUTE), to: ago(10 * MINUTE) },
      { status: 'up', from: ago(10 * MINUTE), to: at(0) },
    ] as const;
    assert.deepEqual(downPeriods(segments, false), [
      { from: ago(30 * MINUTE), to: ago(10 * MINUTE) },
    ]);
  });
});

describe('buildDomainDetail: alerts', () => {
  it('gives each domain its own alerts, with labels and annotations; the catch-all the unclaimed ones', () => {
    const soc = alert({
      labels: { alertname: 'SOC', domain: 'security' },
      annotations: { summary: 'SOC meldt verdacht verkeer', runbook: 'https://wiki.example/soc' },
    });
    const disk = alert({
      labels: { alertname: 'DiskFull' },
      state: 'suppressed',
      silencedBy: ['s1'],
    });
    const security = detail('security', { alerts: [soc, disk] }).built.alerts;
    assert.deepEqual(
      security?.items.map((item) => item.fingerprint),
      [soc.fingerprint],
    );
    assert.deepEqual(security?.items[0]?.annotations, [
      { name: 'summary', value: 'SOC meldt verdacht verkeer' },
      { name: 'runbook', value: 'https://wiki.example/soc' },
    ]);
    const alerting = detail('alerting', { alerts: [soc, disk] }).built.alerts;
    assert.deepEqual(
      alerting?.items.map((item) => [item.fingerprint, item.silenced]),
      [[disk.fingerprint, true]],
    );
  });

  it('bounds an alert’s labels and says how many were left out', () => {
    const labels = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`l${index}`, 'v']));
    const noisy = alert({ labels: { ...labels, domain: 'security' } });
    const shown = detail('security', { alerts: [noisy] }).built.alerts?.items[0];
    assert.equal(shown?.labels.length, detailLimits.alertFields);
    assert.equal(shown?.omittedFields, 61 - detailLimits.alertFields);
  });
});

describe('buildDomainDetail: queries', () => {
  it('gives the query figures a domain’s rules read, with the threshold and window', () => {
    const { built } = detail('alerting', { queries: [queryResult({ count: 140 })] });
    assert.deepEqual(built.queries?.items, [
      {
        id: 'backend-5xx',
        label: null,
        threshold: 100,
        windowMs: 15 * MINUTE,
        result: {
          count: 140,
          from: ago(15 * MINUTE),
          to: at(0),
          degraded: false,
          degradedReason: null,
        },
      },
    ]);
  });

  it('says a query has no figures yet rather than leaving it out', () => {
    const { built } = detail('alerting', {});
    assert.equal(built.queries?.items[0]?.result, null);
  });

  it('is null for a domain that reads none', () => {
    assert.equal(detail('privacy', { queries: [queryResult()] }).built.queries, null);
  });
});

describe('domainDetailFrom', () => {
  it('reads the collector’s signals, the domain’s marks and its snapshot’s time', () => {
    const lists = { tickets: [ticket({ category: 'Privacy' })] };
    const marks = marksOf(evaluate({ ...lists, config: CONFIG }), 'privacy');
    const generatedAt = at(3 * MINUTE);
    const answer = domainDetailFrom(
      {
        signals: () => signalsOf(lists),
        snapshot: () => ({
          generatedAt,
          demo: false,
          timeline: null,
          sources: [],
          domains: [
            {
              id: 'privacy',
              status: 'critical',
              since: null,
              sources: [],
              dataAt: null,
              marks: [...marks],
              roles: [],
              line: { roles: [], redacted: true },
            },
          ],
        }),
        charts: () => {
          throw new Error('privacy has no checks: no charts');
        },
      },
      { domain: 'privacy', config: CONFIG, playbook: defaultPlaybook },
    );
    assert.equal(answer.generatedAt, generatedAt);
    assert.equal(answer.tickets?.items[0]?.marked, true);
  });
});
