import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { KeyedMark } from '../rules/to-marks.ts';
import type { RuleState } from '../rules/rule-state.ts';
import type { Snapshot } from '../snapshot/snapshot-schema.ts';
import { SYSTEM_ACTOR, type EventDraft } from './event.ts';
import type { IncidentLedger } from './ledger.ts';
import { domainTitle, summaries } from './summaries.ts';

/**
 * An event waiting to be written. It is built only when it is written, because a clearing
 * names the seq of its raising, which the store assigns when that one commits: until then
 * `build` answers 'wait' and everything behind it waits too (order is the timeline's).
 */
export interface PlannedEvent {
  build(): EventDraft | 'wait';
}

export interface ObservedState {
  readonly snapshot: Snapshot;
  readonly keyedMarks: ReadonlyMap<DomainId, readonly KeyedMark[]>;
  readonly ruleState: RuleState;
  readonly now: Date;
  /**
   * Every source has answered once since the start. Before that, domains read `unknown` only
   * because nothing has been polled yet: not a change worth a line in the log.
   */
  readonly ready: boolean;
  readonly playbook: Playbook;
}

/**
 * What changed since the ledger last recorded, as events in reading order: sources, marks
 * cleared, marks raised, then the domains' statuses they led to. Updates the ledger at
 * once, so the next evaluation (a second later) does not plan the same change again.
 */
export function planChanges(ledger: IncidentLedger, observed: ObservedState): PlannedEvent[] {
  return [
    ...(observed.ready ? sourceChanges(ledger, observed) : []),
    ...clearedMarks(ledger, observed),
    ...raisedMarks(ledger, observed),
    ...(observed.ready ? domainChanges(ledger, observed) : []),
  ];
}

function sourceChanges(ledger: IncidentLedger, { snapshot, now }: ObservedState): PlannedEvent[] {
  return snapshot.sources.flatMap((source) => {
    const from = ledger.sourceHealth(source.id) ?? 'stale';
    if (from === source.health) return [];
    ledger.recordSourceHealth(source.id, source.health);
    const draft: EventDraft = {
      kind: 'source-health',
      at: now.toISOString(),
      domain: null,
      source: source.id,
      actor: SYSTEM_ACTOR,
      summary: summaries.sourceHealth(source.id, from, source.health, source.error),
      data: { from, to: source.health, error: source.error },
    };
    return [{ build: () => draft }];
  });
}

function domainChanges(ledger: IncidentLedger, observed: ObservedState): PlannedEvent[] {
  return observed.snapshot.domains.flatMap((domain) => {
    const from = ledger.domainStatus(domain.id) ?? 'unknown';
    if (from === domain.status) return [];
    ledger.recordDomainStatus(domain.id, domain.status);
    const title = domainTitle(observed.playbook, domain.id);
    const draft: EventDraft = {
      kind: 'domain-status',
      at: observed.now.toISOString(),
      domain: domain.id,
      source: null,
      actor: SYSTEM_ACTOR,
      summary: summaries.domainStatus(title, from, domain.status),
      data: { from, to: domain.status },
    };
    return [{ build: () => draft }];
  });
}

function raisedMarks(ledger: IncidentLedger, observed: ObservedState): PlannedEvent[] {
  return [...observed.keyedMarks].flatMap(([domain, keyed]) =>
    keyed.flatMap(({ key, mark }) => {
      if (ledger.raiseOf(key)) return [];
      ledger.beginRaise(key, domain, mark.rule);
      const draft: EventDraft = {
        kind: 'mark-raised',
        at: observed.now.toISOString(),
        domain,
        source: null,
        actor: SYSTEM_ACTOR,
        summary: summaries.markRaised(domainTitle(observed.playbook, domain), mark.summary),
        data: {
          rule: mark.rule,
          severity: mark.severity,
          since: mark.since,
          evidence: mark.evidence,
        },
        markKey: key,
      };
      return [{ build: () => draft }];
    }),
  );
}

function clearedMarks(ledger: IncidentLedger, observed: ObservedState): PlannedEvent[] {
  const at = observed.now.toISOString();
  return [...ledger.openKeys().values()].flatMap((handle) => {
    if (handle.rule === 'criterion-met') return [];
    if (observed.ruleState.get(handle.key)?.raisedAt) return [];
    ledger.endRaise(handle.key);
    const title = domainTitle(observed.playbook, handle.domain);
    return [
      {
        build: () =>
          handle.seq === null
            ? 'wait'
            : {
                kind: 'mark-cleared',
                at,
                domain: handle.domain,
                source: null,
                actor: SYSTEM_ACTOR,
                summary: summaries.markCleared(title, handle.rule, handle.seq),
                data: { rule: handle.rule, raisedSeq: handle.seq },
              },
      },
    ];
  });
}
