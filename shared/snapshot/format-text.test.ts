import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatSnapshotText } from './format-text.ts';
import type { Snapshot } from './snapshot-schema.ts';

const snapshot: Snapshot = {
  generatedAt: '2020-10-10T12:00:00.000Z',
  demo: true,
  sources: [
    {
      id: 'topdesk',
      kind: 'topdesk',
      health: 'ok',
      lastSuccessAt: '2020-10-10T11:59:00.000Z',
      error: null,
      nextPollAt: null,
    },
    {
      id: 'statuscake',
      kind: 'statuscake',
      health: 'failing',
      lastSuccessAt: null,
      error: { category: 'wrong-credentials', detail: 'HTTP 403: bad token', retryAt: null },
      nextPollAt: null,
    },
    {
      id: 'elk',
      kind: 'elasticsearch',
      health: 'stale',
      lastSuccessAt: '2020-10-10T11:00:00.000Z',
      error: null,
      nextPollAt: null,
    },
  ],
  domains: [
    { id: 'helpdesk', status: 'ok', marks: [], roles: [], line: 'Webhelp belt' },
    {
      id: 'website',
      status: 'critical',
      marks: [
        {
          rule: 'check-down',
          severity: 'critical',
          since: '2020-10-10T11:55:00.000Z',
          summary: 'coronamelder.nl down for 5m',
          evidence: {},
        },
      ],
      roles: [],
      line: 'Bellen met Freedom',
    },
    { id: 'escalation', status: 'unknown', marks: [], roles: [], line: 'CIO Office' },
    { id: 'privacy', status: 'warning', marks: [], roles: [], line: 'Privacy' },
  ],
};

describe('formatSnapshotText', () => {
  it('names the roles under a domain with marks', () => {
    const roles = ['Communicatie – website / tech community', 'Communicatie – websitehosting'];
    const withRoles: Snapshot = { ...snapshot, domains: [{ ...snapshot.domains[1]!, roles }] };
    assert.match(
      formatSnapshotText(withRoles),
      /\n {18}! coronamelder\.nl down for 5m \(since [^)]+\)\n {18}→ Communicatie – website \/ tech community, Communicatie – websitehosting\n/,
    );
  });

  it('prints one aligned line per domain, marks under it, then the sources', () => {
    assert.equal(
      formatSnapshotText(snapshot),
      [
        'Dijkwacht snapshot 2020-10-10T12:00:00.000Z  [DEMO]',
        '',
        'OK       helpdesk    Webhelp belt',
        'CRITICAL website     Bellen met Freedom',
        '                     ! coronamelder.nl down for 5m (since 2020-10-10T11:55:00.000Z)',
        'UNKNOWN  escalation  CIO Office',
        'WARNING  privacy     Privacy',
        '',
        'Sources:',
        '  ok      topdesk (topdesk, last data 2020-10-10T11:59:00.000Z)',
        '  FAILING statuscake (statuscake, no data yet) — wrong or expired credentials: HTTP 403: bad token',
        '  STALE   elk (elasticsearch, last data 2020-10-10T11:00:00.000Z)',
      ].join('\n'),
    );
  });

  it("says when a rate-limited source may be asked again, in the war room's time zone", () => {
    const limited: Snapshot = {
      ...snapshot,
      sources: [
        {
          id: 'topdesk',
          kind: 'topdesk',
          health: 'failing',
          lastSuccessAt: null,
          error: {
            category: 'rate-limited',
            detail: 'HTTP 429',
            retryAt: '2020-10-10T12:05:00.000Z',
          },
          nextPollAt: null,
        },
      ],
    };
    assert.match(
      formatSnapshotText(limited, 'Europe/Amsterdam'),
      /FAILING topdesk \(topdesk, no data yet\) — rate-limited by the source, retry after 14:05: HTTP 429/,
    );
  });

  it('says when no source is configured, and leaves out the demo tag on real data', () => {
    const text = formatSnapshotText({
      ...snapshot,
      demo: false,
      sources: [],
      domains: [snapshot.domains[0]!],
    });
    assert.equal(
      text,
      [
        'Dijkwacht snapshot 2020-10-10T12:00:00.000Z',
        '',
        'OK       helpdesk  Webhelp belt',
        '',
        'Sources: none configured',
      ].join('\n'),
    );
  });
});
