import type { EvidenceOf, TicketRef } from '../evidence.ts';
import type { Mark } from '../mark.ts';

/**
 * One mark of every rule kind, active and held, with language-neutral data (numbers, ids,
 * X-names), so a test can tell the product's words from the source's.
 */
export const SAMPLE_NOW = '2026-11-29T13:00:00.000Z';

const ticket: TicketRef = {
  id: 't-1',
  number: 'I 2611 042',
  briefDescription: 'X-100',
  priority: 'P1',
  category: 'X-cat',
  subcategory: 'X-sub',
  operatorGroup: null,
  callDate: '2026-11-29T12:00:00.000Z',
  majorCall: false,
  routing: { status: 'unassigned', expected: ['cibg-service-desk'] },
};

const evidence = {
  spike: {
    kind: 'ticket-spike',
    by: 'subcategory',
    value: 'X-sub',
    windowMs: 3_600_000,
    baselineMs: 21_600_000,
    count: 4,
    expectedCount: 3.7,
    peak: { count: 50, at: '2026-11-29T12:02:00.000Z', spanMs: 180_000 },
    tickets: [ticket],
  },
  open: {
    kind: 'ticket-open',
    ticket: { ...ticket, routing: { status: 'misrouted', expected: ['build-team'] } },
    deadline: '2026-12-02T12:00:00.000Z',
  },
  down: {
    kind: 'check-down',
    check: { id: '7', name: 'X-site', url: 'https://x.example' },
    downSince: '2026-11-29T12:56:00.000Z',
    downForMs: 240_000,
  },
  alert: {
    kind: 'alert-firing',
    alert: { name: 'XAlert', fingerprint: 'f1', summary: 'X-9', labels: { alertname: 'XAlert' } },
    startsAt: '2026-11-29T12:50:00.000Z',
  },
  query: {
    kind: 'query-threshold',
    query: 'x-5xx',
    label: { nl: 'serverfouten', en: 'server errors' },
    count: 410,
    threshold: 200,
    windowMs: 900_000,
    degraded: true,
    peak: { count: 410, at: '2026-11-29T12:58:00.000Z', spanMs: null },
  },
} as const satisfies {
  spike: EvidenceOf<'ticket-spike'>;
  open: EvidenceOf<'ticket-open'>;
  down: EvidenceOf<'check-down'>;
  alert: EvidenceOf<'alert-firing'>;
  query: EvidenceOf<'query-threshold'>;
};

const held = { since: '2026-11-29T12:55:00.000Z', clearsAt: '2026-11-29T13:05:00.000Z' };

function mark(evidence: Mark['evidence'], criterion: string, isHeld = false): Mark {
  return {
    rule: evidence.kind,
    severity: 'critical',
    since: '2026-11-29T12:01:00.000Z',
    summary: `X summary of ${evidence.kind}`,
    evidence,
    criterion,
    held: isHeld ? held : null,
    seq: null,
    acknowledged: null,
    snoozed: null,
  };
}

/** Every kind, each once active and once held by clearAfter. */
export const sampleMarks: readonly Mark[] = [
  ...[false, true].flatMap((isHeld) => [
    mark(evidence.spike, 'helpdesk-rise', isHeld),
    mark(evidence.open, 'privacy-disruption', isHeld),
    mark(evidence.down, 'website-disruption', isHeld),
    mark(evidence.alert, 'security-soc-report', isHeld),
    mark(evidence.query, 'alerting-monitoring', isHeld),
  ]),
  mark(
    {
      kind: 'unacknowledged',
      mark: {
        domain: 'website',
        severity: 'critical',
        since: evidence.down.downSince,
        evidence: evidence.down,
      },
      unacknowledgedForMs: 50_000,
    },
    'escalation-blocked',
  ),
];

/** A mark of one kind, for tests that need just one. */
export function sampleMark(kind: Mark['rule'], isHeld = false): Mark {
  const found = sampleMarks.find(
    (candidate) => candidate.rule === kind && !!candidate.held === isHeld,
  );
  if (!found) throw new Error(`no sample ${kind} mark`);
  return found;
}
