import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleMarks } from '../marks/testing/sample-marks.ts';
import { defaultPlaybook } from '../playbook/playbook.ts';
import type { TrackedFinding } from '../rules/rule-state.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { planChanges, type ObservedState } from './changes.ts';
import type { EventDraft, TimelineEvent } from './event.ts';
import { IncidentLedger } from './ledger.ts';

const NOW = new Date('2026-11-29T13:00:00.000Z');
const mark = sampleMarks.find((candidate) => candidate.rule === 'ticket-open')!;
const KEY = 'privacy:0:t-1';

function observed(overrides: Partial<ObservedState> = {}): ObservedState {
  const snapshot: Snapshot = {
    generatedAt: NOW.toISOString(),
    demo: false,
    timeline: null,
    sources: [
      {
        id: 'topdesk',
        kind: 'topdesk',
        health: 'ok',
        lastSuccessAt: null,
        error: null,
        nextPollAt: null,
      },
    ],
    domains: [
      {
        id: 'privacy',
        status: 'critical',
        since: null,
        sources: [],
        dataAt: null,
        marks: [mark],
        roles: [],
        line: { roles: [], redacted: false },
      },
    ],
  };
  const tracked: TrackedFinding = {
    domain: 'privacy',
    ruleIndex: 0,
    rule: 'ticket-open',
    severity: 'critical',
    since: mark.since,
    lastSeen: NOW.toISOString(),
    raisedAt: NOW.toISOString(),
    clearsAt: null,
    evidence: mark.evidence,
  };
  return {
    snapshot,
    keyedMarks: new Map([['privacy', [{ key: KEY, mark }]]]),
    ruleState: new Map([[KEY, tracked]]),
    now: NOW,
    ready: true,
    playbook: defaultPlaybook,
    ...overrides,
  };
}

/** Numbers drafts as a store would, from `first`. */
function commit(drafts: readonly EventDraft[], first: number): TimelineEvent[] {
  return drafts.map((draft, index) => {
    const event = { ...draft, seq: first + index };
    delete event.markKey;
    return event as TimelineEvent;
  });
}

function built(ledger: IncidentLedger, state: ObservedState): (EventDraft | 'wait')[] {
  return planChanges(ledger, state).map((planned) => planned.build());
}

describe('planChanges', () => {
  it('writes a change once: source, mark raised, then the domain status', () => {
    const ledger = new IncidentLedger();
    const first = built(ledger, observed());
    assert.deepEqual(
      first.map((draft) => (draft === 'wait' ? draft : draft.kind)),
      ['source-health', 'mark-raised', 'domain-status'],
    );
    assert.deepEqual(built(ledger, observed()), [], 'nothing changed since');
  });

  it('records no status before every source has answered once', () => {
    const kinds = built(new IncidentLedger(), observed({ ready: false })).map((draft) =>
      draft === 'wait' ? draft : draft.kind,
    );
    assert.deepEqual(kinds, ['mark-raised']);
  });

  it('clears a mark under the seq its raising got, waiting for it if need be', () => {
    const ledger = new IncidentLedger();
    const raise = planChanges(ledger, observed()).map((planned) => planned.build());
    const cleared = observed({ keyedMarks: new Map(), ruleState: new Map() });
    const [clearing] = planChanges(ledger, cleared).filter(
      (planned) =>
        planned.build() === 'wait' || (planned.build() as EventDraft).kind === 'mark-cleared',
    );
    assert.equal(clearing?.build(), 'wait', 'the raising has not committed yet');
    const events = commit(raise as EventDraft[], 7);
    events.forEach((event, index) =>
      ledger.apply({ ...event, markKey: (raise[index] as EventDraft).markKey ?? null }),
    );
    const draft = clearing?.build();
    assert.ok(draft !== 'wait' && draft?.kind === 'mark-cleared');
    assert.equal(draft.data.raisedSeq, 8);
  });
});

describe('IncidentLedger', () => {
  function raised(): IncidentLedger {
    const ledger = new IncidentLedger();
    const drafts = built(ledger, observed()) as EventDraft[];
    commit(drafts, 1).forEach((event, index) =>
      ledger.apply({ ...event, markKey: drafts[index]?.markKey ?? null }),
    );
    return ledger;
  }

  const ack = (seq: number, raisedSeq: number, note = ''): TimelineEvent => ({
    seq,
    at: NOW.toISOString(),
    kind: 'mark-acknowledged',
    domain: 'privacy',
    source: null,
    actor: 'Coördinator',
    summary: `Privacy: markering bevestigd (open melding, #${raisedSeq})${note ? ` — ${note}` : ''}`,
    data: { rule: 'ticket-open', raisedSeq },
  });

  it('an acknowledged mark no longer counts, and shows who and when', () => {
    const ledger = raised();
    assert.deepEqual([...ledger.acknowledgedKeys(NOW)], []);
    ledger.apply(ack(4, 2, 'bellen met de FG'));
    assert.deepEqual([...ledger.acknowledgedKeys(NOW)], [KEY]);
    const decorated = ledger.decorate(KEY, mark, NOW);
    assert.equal(decorated.seq, 2);
    assert.deepEqual(decorated.acknowledged, {
      by: 'Coördinator',
      at: NOW.toISOString(),
      note: 'bellen met de FG',
      seq: 4,
    });
  });

  it('a snooze counts only until it ends', () => {
    const ledger = raised();
    const until = new Date(NOW.getTime() + 30 * 60_000);
    ledger.apply({
      seq: 4,
      at: NOW.toISOString(),
      kind: 'mark-snoozed',
      domain: 'privacy',
      source: null,
      actor: 'Coördinator',
      summary: 'Privacy: markering #2 gesluimerd voor 30 min — wacht op FG',
      data: { rule: 'ticket-open', raisedSeq: 2, until: until.toISOString() },
    });
    assert.deepEqual([...ledger.acknowledgedKeys(NOW)], [KEY]);
    assert.equal(ledger.decorate(KEY, mark, NOW).snoozed?.reason, 'wacht op FG');
    assert.deepEqual([...ledger.acknowledgedKeys(until)], []);
  });

  it('a mark raised again needs a new acknowledgement', () => {
    const ledger = raised();
    ledger.apply(ack(4, 2));
    ledger.apply({
      seq: 5,
      at: NOW.toISOString(),
      kind: 'mark-cleared',
      domain: 'privacy',
      source: null,
      actor: 'system',
      summary: 'x',
      data: { rule: 'ticket-open', raisedSeq: 2 },
    });
    ledger.apply({
      seq: 6,
      at: NOW.toISOString(),
      kind: 'mark-raised',
      domain: 'privacy',
      source: null,
      actor: 'system',
      summary: 'x',
      data: {
        rule: 'ticket-open',
        severity: 'critical',
        since: mark.since,
        evidence: mark.evidence,
      },
      markKey: KEY,
    });
    assert.equal(ledger.decorate(KEY, mark, NOW).seq, 6);
    assert.deepEqual([...ledger.acknowledgedKeys(NOW)], []);
  });

  it('applying the same event twice changes nothing', () => {
    const ledger = raised();
    ledger.apply(ack(4, 2));
    ledger.apply(ack(4, 2, 'other'));
    assert.equal(ledger.decorate(KEY, mark, NOW).acknowledged?.note, null);
    assert.equal(ledger.has(3), true);
    assert.equal(ledger.appliedThrough, 4);
  });

  it('keeps criteria met by hand until their domain withdraws them', () => {
    const ledger = new IncidentLedger();
    const met = (seq: number): TimelineEvent => ({
      seq,
      at: NOW.toISOString(),
      kind: 'criterion-met',
      domain: 'security',
      source: null,
      actor: 'SOC-coördinator',
      summary: 'Security: criterium met de hand vastgesteld — SOC belde',
      data: { reason: 'SOC belde' },
    });
    ledger.apply(met(1));
    const [manual] = ledger.manualMarks('security', (reason, by) => `${by}: ${reason}`);
    assert.equal(manual?.rule, 'criterion-met');
    assert.equal(manual?.severity, 'critical');
    assert.equal(manual?.criterion, 'security-soc-report');
    assert.equal(manual?.summary, 'SOC-coördinator: SOC belde');
    ledger.apply({
      ...met(2),
      kind: 'criterion-withdrawn',
      summary: 'x',
      data: { reason: 'loos alarm' },
    });
    assert.deepEqual(
      ledger.manualMarks('security', () => ''),
      [],
    );
  });
});
