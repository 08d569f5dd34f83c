import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { RuleConfig } from '../config/rules-schema.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { SourceSignals } from '../signals/signals.ts';
import type { Mark } from '../snapshot/snapshot-schema.ts';
import type { Evidence } from './evidence.ts';
import { applyHysteresis } from './hysteresis.ts';
import { evaluateRule } from './rule-kinds.ts';
import type { RuleContext } from './rule-context.ts';
import type { RuleState, TrackedFinding } from './rule-state.ts';
import { markSummary } from './summary.ts';
import { evaluateUnacknowledged } from './unacknowledged.ts';
import { freshSignals } from './fresh-signals.ts';

export interface EvaluationInput {
  readonly now: Date;
  readonly config: Pick<Config, 'sources' | 'domains' | 'priorities' | 'routing' | 'timezone'>;
  readonly playbook: Playbook;
  /** The newest signals of each source, by source id. */
  readonly signals: ReadonlyMap<string, SourceSignals>;
  /** Sources whose data is fresh now; only these may raise or clear marks. */
  readonly freshSourceIds: ReadonlySet<string>;
  readonly state: RuleState;
  /** Tracking keys of marks a coordinator has acknowledged. */
  readonly acknowledged?: ReadonlySet<string>;
}

export interface Evaluation {
  readonly marks: ReadonlyMap<DomainId, readonly Mark[]>;
  readonly state: RuleState;
}

/** Every domain's rules over the current signals: the marks, and the state for next time. */
export function evaluateRules(input: EvaluationInput): Evaluation {
  const signals = freshSignals(input.signals, input.freshSourceIds);
  const runs = input.playbook.domains.flatMap((domain) => {
    const settings = domainSettings(input.config, domain.id);
    const context: RuleContext = {
      now: input.now,
      domain,
      settings,
      playbook: input.playbook,
      priorities: input.config.priorities,
      unassignedAfterMs: input.config.routing.unassignedAfter,
      ...signals,
    };
    return (settings.rules ?? []).map((rule, ruleIndex) => ({
      domain: domain.id,
      ruleIndex,
      rule,
      context,
    }));
  });
  let state = new Map<string, TrackedFinding>();
  for (const run of runs.filter((candidate) => candidate.rule.kind !== 'unacknowledged')) {
    for (const [key, tracked] of applyHysteresis(input.state, {
      ...run,
      findings: evaluateRule(run.rule, run.context),
      now: input.now,
    }))
      state.set(key, tracked);
  }
  const afterFirstPass: RuleState = state;
  state = new Map(afterFirstPass);
  for (const run of runs.filter((candidate) => candidate.rule.kind === 'unacknowledged')) {
    const rule = run.rule as Extract<RuleConfig, { kind: 'unacknowledged' }>;
    const findings = evaluateUnacknowledged(
      afterFirstPass,
      input.acknowledged ?? new Set(),
      input.now,
    );
    for (const [key, tracked] of applyHysteresis(input.state, {
      ...run,
      rule,
      findings,
      now: input.now,
    }))
      state.set(key, tracked);
  }
  return { marks: marksByDomain(state, input.playbook, input.config.timezone), state };
}

function marksByDomain(
  state: RuleState,
  playbook: Playbook,
  timeZone: string,
): Map<DomainId, Mark[]> {
  const marks = new Map<DomainId, Mark[]>(playbook.domains.map((domain) => [domain.id, []]));
  const raised = [...state.values()].filter((tracked) => tracked.raisedAt !== null);
  raised.sort(
    (a, b) =>
      severityRank(b) - severityRank(a) ||
      a.ruleIndex - b.ruleIndex ||
      Date.parse(a.since) - Date.parse(b.since),
  );
  for (const tracked of raised) {
    const domainMarks = marks.get(tracked.domain as DomainId);
    const mark = toMark(tracked, timeZone);
    // One situation matched by two rules of a domain (a P1 that is also a major incident) shows once.
    if (domainMarks && !domainMarks.some((other) => sameSituation(other, mark)))
      domainMarks.push(mark);
  }
  return marks;
}

function severityRank(tracked: TrackedFinding): number {
  return tracked.severity === 'critical' ? 1 : 0;
}

function sameSituation(a: Mark, b: Mark): boolean {
  return a.rule === b.rule && a.since === b.since && a.summary === b.summary;
}

function toMark(tracked: TrackedFinding, timeZone: string): Mark {
  return {
    rule: tracked.rule,
    severity: tracked.severity,
    since: tracked.since,
    summary: markSummary(tracked.evidence, 'nl', timeZone),
    evidence: tracked.evidence as Evidence & Record<string, unknown>,
  };
}
