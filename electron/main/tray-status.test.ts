import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleMark } from '../../shared/marks/testing/sample-marks.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { DomainStatus, Mark, Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { sameTrayStatus, trayStatus, trayTooltip, type TrayStatus } from './tray-status.ts';

const AT = '2026-11-29T13:00:00.000Z';
const NOW = new Date(AT);
const LATER = new Date(Date.parse(AT) + 15_001);

const critical = (): Mark => ({ ...sampleMark('check-down'), severity: 'critical' });
const warning = (): Mark => ({ ...sampleMark('ticket-spike'), severity: 'warning' });

function snapshot(domains: [DomainId, DomainStatus, Mark[]][]): Snapshot {
  return {
    generatedAt: AT,
    demo: false,
    timeline: null,
    sources: [],
    domains: domains.map(([id, status, marks]) => ({
      id,
      status,
      marks,
      since: null,
      sources: [],
      dataAt: null,
      roles: [],
      line: { roles: [], redacted: false },
    })),
  };
}

describe('trayStatus', () => {
  const cases: [string, [DomainId, DomainStatus, Mark[]][], TrayStatus][] = [
    [
      'all ok: green',
      [
        ['helpdesk', 'ok', []],
        ['website', 'ok', []],
      ],
      { status: 'ok', critical: 0, data: 'fresh' },
    ],
    [
      'one unknown: grey',
      [
        ['helpdesk', 'ok', []],
        ['website', 'unknown', []],
      ],
      { status: 'unknown', critical: 0, data: 'fresh' },
    ],
    [
      'a warning beats unknown: amber',
      [
        ['helpdesk', 'warning', [warning()]],
        ['website', 'unknown', []],
      ],
      { status: 'warning', critical: 0, data: 'fresh' },
    ],
    [
      'a critical beats all, and every critical mark counts',
      [
        ['helpdesk', 'warning', [warning()]],
        ['website', 'critical', [critical(), critical()]],
        ['security', 'critical', [critical(), warning()]],
      ],
      { status: 'critical', critical: 3, data: 'fresh' },
    ],
    ['no domains: grey', [], { status: 'unknown', critical: 0, data: 'fresh' }],
  ];
  for (const [name, domains, expected] of cases)
    it(name, () => assert.deepEqual(trayStatus(snapshot(domains), NOW), expected));

  it('grey before the first snapshot', () =>
    assert.deepEqual(trayStatus(null, NOW), { status: 'unknown', critical: 0, data: 'none' }));

  it('never green on a stale snapshot, as on the wall', () =>
    assert.deepEqual(trayStatus(snapshot([['helpdesk', 'ok', []]]), LATER), {
      status: 'unknown',
      critical: 0,
      data: 'stale',
    }));

  it('keeps a red it knew of on a stale snapshot, as the wall does, and says it is old', () =>
    assert.deepEqual(trayStatus(snapshot([['website', 'critical', [critical()]]]), LATER), {
      status: 'critical',
      critical: 1,
      data: 'stale',
    }));

  it('is fresh up to the viewers’ limit of 15 s', () =>
    assert.equal(trayStatus(snapshot([]), new Date(Date.parse(AT) + 15_000)).data, 'fresh'));
});

describe('trayTooltip', () => {
  const tip = (critical: number, data: TrayStatus['data'] = 'fresh') =>
    trayTooltip({ status: 'critical', critical, data });

  it('counts the critical marks in Dutch', () => {
    assert.equal(tip(3), 'Dijkwacht — 3 kritieke meldingen');
    assert.equal(tip(1), 'Dijkwacht — 1 kritieke melding');
    assert.equal(tip(0), 'Dijkwacht — geen kritieke meldingen');
  });

  it('says when the status is old, or not there yet', () => {
    assert.equal(tip(2, 'stale'), 'Dijkwacht — 2 kritieke meldingen (status verouderd)');
    assert.equal(tip(0, 'none'), 'Dijkwacht — nog geen status');
  });
});

describe('sameTrayStatus', () => {
  const base: TrayStatus = { status: 'warning', critical: 0, data: 'fresh' };
  it('is the same only when status, count and age all match', () => {
    assert.equal(sameTrayStatus(base, { ...base }), true);
    assert.equal(sameTrayStatus(null, base), false);
    assert.equal(sameTrayStatus(base, { ...base, status: 'critical' }), false);
    assert.equal(sameTrayStatus(base, { ...base, critical: 1 }), false);
    assert.equal(sameTrayStatus(base, { ...base, data: 'stale' }), false);
  });
});
