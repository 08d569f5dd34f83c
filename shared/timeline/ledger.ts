import type { Mark } from '../marks/mark.ts';
import { criterionFor } from '../playbook/criteria.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { DomainStatus, SourceHealth } from '../snapshot/snapshot-schema.ts';
import type { EventOf, TimelineEvent } from './event.ts';
import { NOTE_SEPARATOR } from './summaries.ts';
import type { ResumeState } from './timeline-store.ts';

/** A raised mark's place on the timeline; `seq` is null until its event has committed. */
export interface RaiseHandle {
  readonly key: string;
  readonly domain: DomainId;
  readonly rule: EventOf<'mark-raised'>['data']['rule'];
  seq: number | null;
}

/** A committed event, with the collector's key of the mark it raised (if it wrote it). */
export type LedgerEvent = TimelineEvent & { readonly markKey?: string | null };

/**
 * What the timeline says now, as the collector needs it (docs/timeline.md): which marks are
 * open under which seq, who acknowledged or snoozed them, which criteria a coordinator met by
 * hand, and the last recorded status of each domain and source. Pure: it is fed events —
 * from the store on a restart, from its own appends, and from other writers (the `ack`
 * command) as it catches up — and applying the same event twice changes nothing.
 */
export class IncidentLedger {
  readonly #open = new Map<string, RaiseHandle>();
  /** Raises begun but not yet committed, by key: their commit fills in the seq. */
  readonly #pending = new Map<string, RaiseHandle>();
  readonly #keyBySeq = new Map<number, string>();
  readonly #acks = new Map<number, EventOf<'mark-acknowledged'>>();
  readonly #snoozes = new Map<number, EventOf<'mark-snoozed'>>();
  readonly #criteria = new Map<DomainId, EventOf<'criterion-met'>[]>();
  readonly #domainStatus = new Map<string, DomainStatus>();
  readonly #sourceHealth = new Map<string, SourceHealth>();
  /** Every seq up to here is applied; above it, the ones in #appliedAbove. */
  #appliedThrough = 0;
  readonly #appliedAbove = new Set<number>();

  static fromResume(resume: ResumeState): IncidentLedger {
    const ledger = new IncidentLedger();
    ledger.#appliedThrough = resume.lastSeq;
    for (const [id, status] of resume.domainStatus) ledger.#domainStatus.set(id, status);
    for (const [id, health] of resume.sourceHealth) ledger.#sourceHealth.set(id, health);
    for (const open of resume.openMarks) {
      const raised = open.raised;
      const key = open.markKey ?? `seq:${raised.seq}`;
      if (raised.domain === null) continue;
      ledger.#open.set(key, {
        key,
        domain: raised.domain,
        rule: raised.data.rule,
        seq: raised.seq,
      });
      ledger.#keyBySeq.set(raised.seq, key);
      for (const ack of open.acknowledgements) ledger.#acks.set(raised.seq, ack);
      for (const snooze of open.snoozes) ledger.#snoozes.set(raised.seq, snooze);
    }
    for (const met of resume.openCriteria) ledger.#addCriterion(met);
    return ledger;
  }

  /** The seq below which nothing new can arrive: where catching up starts reading. */
  get appliedThrough(): number {
    return this.#appliedThrough;
  }

  /** Whether this event has been applied already. */
  has(seq: number): boolean {
    return seq <= this.#appliedThrough || this.#appliedAbove.has(seq);
  }

  apply(event: LedgerEvent): void {
    if (this.has(event.seq)) return;
    this.#appliedAbove.add(event.seq);
    while (this.#appliedAbove.delete(this.#appliedThrough + 1)) this.#appliedThrough += 1;
    this.#applyNew(event);
  }

  /** Marks a raise as written before it has committed, so the next evaluation does not repeat it. */
  beginRaise(key: string, domain: DomainId, rule: RaiseHandle['rule']): RaiseHandle {
    const handle: RaiseHandle = { key, domain, rule, seq: null };
    this.#open.set(key, handle);
    this.#pending.set(key, handle);
    return handle;
  }

  /** Forgets an open mark as soon as its clearing is written (committed or still pending). */
  endRaise(key: string): RaiseHandle | undefined {
    const handle = this.#open.get(key);
    this.#open.delete(key);
    return handle;
  }

  openKeys(): ReadonlyMap<string, RaiseHandle> {
    return this.#open;
  }

  raiseOf(key: string): RaiseHandle | undefined {
    return this.#open.get(key);
  }

  domainStatus(id: string): DomainStatus | undefined {
    return this.#domainStatus.get(id);
  }

  sourceHealth(id: string): SourceHealth | undefined {
    return this.#sourceHealth.get(id);
  }

  recordDomainStatus(id: string, status: DomainStatus): void {
    this.#domainStatus.set(id, status);
  }

  recordSourceHealth(id: string, health: SourceHealth): void {
    this.#sourceHealth.set(id, health);
  }

  /**
   * Tracking keys that no longer count for the `unacknowledged` rule: acknowledged, or
   * snoozed until a moment still to come.
   */
  acknowledgedKeys(now: Date): Set<string> {
    const keys = new Set<string>();
    for (const [key, handle] of this.#open) {
      if (handle.seq === null) continue;
      if (this.#acks.has(handle.seq) || this.#activeSnooze(handle.seq, now)) keys.add(key);
    }
    return keys;
  }

  /** A rule's mark with its place on the timeline: its seq, acknowledgement and snooze. */
  decorate(key: string, mark: Mark, now: Date): Mark {
    const seq = this.#open.get(key)?.seq ?? null;
    if (seq === null) return mark;
    const ack = this.#acks.get(seq);
    const snooze = this.#activeSnooze(seq, now);
    return {
      ...mark,
      seq,
      acknowledged: ack ? { by: ack.actor, at: ack.at, note: noteOf(ack), seq: ack.seq } : null,
      snoozed: snooze
        ? {
            by: snooze.actor,
            at: snooze.at,
            until: snooze.data.until,
            reason: noteOf(snooze) ?? '',
            seq: snooze.seq,
          }
        : null,
    };
  }

  /** The criteria a coordinator met by hand in a domain, as marks like any other. */
  manualMarks(domain: DomainId, describe: (reason: string, by: string) => string): Mark[] {
    return (this.#criteria.get(domain) ?? []).map((met) => ({
      rule: 'criterion-met',
      severity: 'critical',
      since: met.at,
      summary: describe(met.data.reason, met.actor),
      evidence: { kind: 'criterion-met', reason: met.data.reason, by: met.actor, metSeq: met.seq },
      criterion: criterionFor(domain, 'criterion-met').id,
      held: null,
      seq: met.seq,
      acknowledged: null,
      snoozed: null,
    }));
  }

  #activeSnooze(seq: number, now: Date): EventOf<'mark-snoozed'> | undefined {
    const snooze = this.#snoozes.get(seq);
    return snooze && Date.parse(snooze.data.until) > now.getTime() ? snooze : undefined;
  }

  #applyNew(event: LedgerEvent): void {
    switch (event.kind) {
      case 'mark-raised':
        return this.#applyRaised(event);
      case 'mark-cleared':
        return this.#applyCleared(event);
      case 'mark-acknowledged':
        // Two coordinators at once: the mark reads as acknowledged by whoever was first.
        if (!this.#acks.has(event.data.raisedSeq)) this.#acks.set(event.data.raisedSeq, event);
        return;
      case 'mark-snoozed':
        this.#snoozes.set(event.data.raisedSeq, event);
        return;
      case 'criterion-met':
        return this.#addCriterion(event);
      case 'criterion-withdrawn':
        if (event.domain) this.#criteria.delete(event.domain);
        return;
      case 'domain-status':
        if (event.domain) this.#domainStatus.set(event.domain, event.data.to);
        return;
      case 'source-health':
        if (event.source) this.#sourceHealth.set(event.source, event.data.to);
        return;
      default:
        return;
    }
  }

  #applyRaised(event: EventOf<'mark-raised'> & { markKey?: string | null }): void {
    if (event.domain === null) return;
    const key = event.markKey ?? `seq:${event.seq}`;
    this.#keyBySeq.set(event.seq, key);
    const pending = this.#pending.get(key);
    if (pending) {
      // Ours: it may have cleared meanwhile, and its clearing waits for this seq.
      this.#pending.delete(key);
      pending.seq = event.seq;
      return;
    }
    this.#open.set(key, { key, domain: event.domain, rule: event.data.rule, seq: event.seq });
  }

  #applyCleared(event: EventOf<'mark-cleared'>): void {
    const key = this.#keyBySeq.get(event.data.raisedSeq);
    if (key !== undefined && this.#open.get(key)?.seq === event.data.raisedSeq)
      this.#open.delete(key);
    this.#acks.delete(event.data.raisedSeq);
    this.#snoozes.delete(event.data.raisedSeq);
  }

  #addCriterion(event: EventOf<'criterion-met'>): void {
    if (event.domain === null) return;
    const list = this.#criteria.get(event.domain) ?? [];
    if (!list.some((met) => met.seq === event.seq)) list.push(event);
    this.#criteria.set(event.domain, list);
  }
}

/** The coordinator's own words after the generated part of a summary (summaries.ts). */
function noteOf(event: TimelineEvent): string | null {
  const at = event.summary.indexOf(NOTE_SEPARATOR);
  return at < 0 ? null : event.summary.slice(at + NOTE_SEPARATOR.length);
}
