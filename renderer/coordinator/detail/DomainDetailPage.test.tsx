import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomainDetail } from '../../../shared/desk/domain-detail-schema.ts';
import { sampleMark } from '../../../shared/marks/testing/sample-marks.ts';
import { snapshotWith, recordedMark } from '../../test/sample-snapshots.ts';
import { testIds } from '../../testids.ts';
import { renderDesk } from '../testing/render-desk.tsx';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function openDetail(domain: string) {
  fireEvent.click(screen.getByTestId(testIds.deskNavDomain(domain)));
  return screen.findByTestId(testIds.deskDetail);
}

const ticket = (
  n: number,
  changes: Partial<NonNullable<DomainDetail['tickets']>['items'][number]> = {},
) => ({
  source: 'topdesk',
  id: `t-${n}`,
  number: `I 2611 ${String(n).padStart(3, '0')}`,
  briefDescription: `Melding ${n}`,
  priority: 'P2 - Hoog',
  category: 'Privacy',
  subcategory: null,
  operatorGroup: 'CIBG service desk',
  processingStatus: null,
  callDate: '2026-11-29T11:05:00.000Z',
  closed: false,
  majorCall: false,
  routing: { status: 'ok' as const, expected: [] },
  marked: false,
  url: `https://topdesk.example/tas/secure/incident?action=lookup&lookup=naam&lookupValue=I%202611%20${n}`,
  ...changes,
});

describe('a domain’s detail', () => {
  it('shows each mark with its full evidence, the criterion in the playbook’s words, and its actions', async () => {
    renderDesk(snapshotWith({ privacy: [{ ...sampleMark('ticket-open'), seq: 12 }] }));
    const detail = await openDetail('privacy');
    const mark = within(detail).getByTestId(testIds.mark);
    expect(mark.textContent).toContain('Criterium: Privacy gerelateerde verstoring');
    const evidence = within(mark).getByTestId(testIds.detailEvidence);
    expect(evidence.textContent).toContain('TicketI 2611 042 — X-100');
    expect(evidence.textContent).toContain('PrioriteitP1');
    expect(evidence.textContent).toContain('Routeringverkeerde oplosgroep, hoort bij Bouwteam');
    expect(evidence.textContent).toMatch(/Uiterste meldtijd.*\(over 2 dagen/);
    expect(within(mark).getByTestId(testIds.markAcknowledge)).toBeTruthy();
  });

  it('lists the tickets behind the status with number, title, priority, group, age and routing', async () => {
    const tickets = [
      ticket(1, {
        marked: true,
        routing: { status: 'unassigned', expected: [] },
        operatorGroup: null,
      }),
      ticket(2),
    ];
    renderDesk(snapshotWith({ privacy: [sampleMark('ticket-open')] }), {
      domainDetail: (domain, snapshot) => ({
        domain,
        generatedAt: snapshot.generatedAt,
        tickets: { items: tickets, total: 212 },
        checks: null,
        alerts: null,
        queries: null,
      }),
    });
    const detail = await openDetail('privacy');
    const section = await within(detail).findByTestId(testIds.detailTickets);
    const rows = within(section).getAllByTestId(testIds.detailTicket);
    expect(rows).toHaveLength(2);
    expect(rows[0]?.textContent).toBe(
      'I 2611 001 (in melding)Melding 1P2 - Hoog—2 uur▲ nog geen oplosgroep',
    );
    expect(rows[1]?.textContent).toContain('CIBG service desk');
    expect(rows[1]?.textContent).toContain('juist');
    expect(within(section).getByTestId(testIds.detailSectionMore).textContent).toBe(
      '+210 meer, niet getoond',
    );
  });

  it('opens a ticket through main, and says "link geweigerd" when main refuses', async () => {
    const fake = renderDesk(snapshotWith({ privacy: [sampleMark('ticket-open')] }), {
      domainDetail: (domain, snapshot) => ({
        domain,
        generatedAt: snapshot.generatedAt,
        tickets: {
          items: [ticket(1), ticket(2, { url: 'https://evil.example/tas/secure/incident' })],
          total: 2,
        },
        checks: null,
        alerts: null,
        queries: null,
      }),
    });
    const detail = await openDetail('privacy');
    const [good, foreign] = await within(detail).findAllByTestId(testIds.ticketLink);
    fireEvent.click(good!);
    fireEvent.click(foreign!);
    await waitFor(() => expect(fake.calls('openLink')).toHaveLength(2));
    expect(fake.calls('openLink')[0]?.url).toMatch(/^https:\/\/topdesk\.example\//);
    const refusals = within(detail).getAllByTestId(testIds.linkRefused);
    await waitFor(() =>
      expect(refusals.map((item) => item.textContent)).toEqual([
        '',
        'link geweigerd: niet de TOPdesk uit de configuratie',
      ]),
    );
  });

  it('shows the checks with their down periods, and the alerts with labels and annotations', async () => {
    renderDesk(snapshotWith({ website: [sampleMark('check-down')] }), {
      language: 'en',
      domainDetail: (domain, snapshot) => ({
        domain,
        generatedAt: snapshot.generatedAt,
        tickets: null,
        checks: {
          items: [
            {
              source: 'statuscake',
              id: '7',
              name: 'coronamelder.nl',
              url: 'https://coronamelder.nl',
              status: 'down',
              paused: false,
              tags: ['website'],
              downSince: '2026-11-29T12:56:00.000Z',
              downPeriods: [
                { from: '2026-11-29T12:56:00.000Z', to: null },
                { from: '2026-11-29T10:00:00.000Z', to: '2026-11-29T10:20:00.000Z' },
              ],
            },
          ],
          total: 1,
        },
        alerts: {
          items: [
            {
              source: 'alertmanager',
              fingerprint: 'f1',
              name: 'SiteDown',
              state: 'active',
              startsAt: '2026-11-29T12:57:00.000Z',
              silenced: false,
              inhibited: false,
              labels: [{ name: 'severity', value: 'page' }],
              annotations: [{ name: 'description', value: 'The site answers 503' }],
              omittedFields: 3,
              generatorURL: 'http://prometheus:9090/graph',
            },
          ],
          total: 1,
        },
        queries: null,
      }),
    });
    const detail = await openDetail('website');
    const checks = await within(detail).findByTestId(testIds.detailChecks);
    expect(checks.textContent).toContain('down since 13:56');
    expect(checks.textContent).toContain(
      'Down periods: from 13:56, still down (9 min); 11:00 – 11:20 (20 min)',
    );
    const alerts = within(detail).getByTestId(testIds.detailAlerts);
    expect(alerts.textContent).toContain('firing · since 13:57');
    expect(alerts.textContent).toContain('severity=page');
    expect(alerts.textContent).toContain('descriptionThe site answers 503');
    expect(alerts.textContent).toContain('+3 fields not shown');
    // Shown as text: a link to another host is never offered.
    expect(within(alerts).queryByRole('link')).toBeNull();
  });

  it('shows the query figures against their threshold', async () => {
    renderDesk(snapshotWith({ alerting: [sampleMark('query-threshold')] }), {
      domainDetail: (domain, snapshot) => ({
        domain,
        generatedAt: snapshot.generatedAt,
        tickets: null,
        checks: null,
        alerts: null,
        queries: {
          items: [
            {
              id: 'backend-5xx',
              label: { nl: 'serverfouten', en: 'server errors' },
              threshold: 200,
              windowMs: 900_000,
              result: {
                count: 410,
                from: '2026-11-29T12:50:00.000Z',
                to: '2026-11-29T13:05:00.000Z',
                degraded: true,
                degradedReason: 'shard timeout',
              },
            },
          ],
          total: 1,
        },
      }),
    });
    const detail = await openDetail('alerting');
    const queries = await within(detail).findByTestId(testIds.detailQueries);
    expect(queries.textContent).toContain('serverfouten410 in 15 min · drempel 200');
    expect(queries.textContent).toContain('Onvolledige telling (ondergrens): shard timeout');
  });

  it('says why when main cannot give the detail, and keeps the marks', async () => {
    const fake = renderDesk(snapshotWith({ website: [recordedMark(3)] }));
    fake.failNext('getDomainDetail', 'collector gestopt');
    const detail = await openDetail('website');
    expect((await within(detail).findByRole('alert')).textContent).toBe(
      'Kan de details niet laden: collector gestopt',
    );
    expect(within(detail).getByTestId(testIds.mark)).toBeTruthy();
  });
});
