import {
  planAwareness,
  planDecision,
  planStart,
  PrivacyClockError,
  type ClockPlan,
} from '../../../../shared/privacy/clock-changes.ts';
import type {
  PrivacyAwarenessRequest,
  PrivacyClocks,
  PrivacyDecisionRequest,
  PrivacyProblem,
  PrivacyStartRequest,
} from '../../../../shared/privacy/clock-schema.ts';
import { findIncident } from '../../../../shared/privacy/incidents.ts';
import type { Snapshot } from '../../../../shared/snapshot/snapshot-schema.ts';
import type { EventDraft, TimelineEvent } from '../../../../shared/timeline/event.ts';

/** Who acts, and when (the fake API's seat). */
interface Seat {
  readonly actor: string;
  readonly at: string;
}

type Write = (draft: EventDraft) => TimelineEvent;

/**
 * The privacy clocks as main keeps them, in memory, for the component tests: the same planning
 * as main (shared/privacy/clock-changes.ts), each change written through the fake timeline.
 */
export class FakePrivacyClocks {
  #answer: PrivacyClocks;

  constructor(initial: PrivacyClocks = { clocks: [], problem: null }) {
    this.#answer = initial;
  }

  answer(): PrivacyClocks {
    return { clocks: [...this.#answer.clocks], problem: this.#answer.problem };
  }

  /** What main answers from now on (a test's file problem, or clocks from elsewhere). */
  set(clocks: PrivacyClocks['clocks'], problem: PrivacyProblem | null = null): void {
    this.#answer = { clocks: [...clocks], problem };
  }

  start(request: PrivacyStartRequest, snapshot: Snapshot, seat: Seat, write: Write) {
    const privacy = snapshot.domains.find((domain) => domain.id === 'privacy');
    const incident = findIncident(privacy, request.incident);
    if (!incident) throw new PrivacyClockError('not an open privacy incident now');
    return this.#apply(planStart(this.#answer.clocks, incident, context(seat)), seat, write);
  }

  setAwareness(request: PrivacyAwarenessRequest, seat: Seat, write: Write) {
    return this.#apply(planAwareness(this.#answer.clocks, request, context(seat)), seat, write);
  }

  decide(request: PrivacyDecisionRequest, seat: Seat, write: Write) {
    return this.#apply(planDecision(this.#answer.clocks, request, context(seat)), seat, write);
  }

  #apply(plan: ClockPlan, seat: Seat, write: Write): PrivacyClocks {
    const event = write({
      at: seat.at,
      kind: plan.kind,
      domain: 'privacy',
      source: null,
      actor: seat.actor,
      summary: plan.summary,
      data: plan.corrects === null ? {} : { corrects: plan.corrects },
    });
    this.#answer = { clocks: plan.apply(event), problem: this.#answer.problem };
    return this.answer();
  }
}

function context(seat: Seat) {
  return { now: Date.parse(seat.at), timeZone: 'Europe/Amsterdam', domainTitle: 'Privacy' };
}
