import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { RuleConfig } from '../config/rules-schema.ts';
import type { Mark } from '../marks/mark.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { SourceSignals } from '../signals/signals.ts';
import { alertClaims, queryLabels } from './claims.ts';
import { freshSignals } from './fresh-signals.ts';
import { applyHysteresis, type RuleRun } from './hysteresis.ts';
import type { RuleContext } from './rule-context.ts';
import { evaluateRule } from './rule-kinds.ts';
import type { RuleState, TrackedFinding } from './rule-state.ts';
import { keyedMarksByDomain, shownFindings, type KeyedMark } from './to-marks.ts';
import { evaluateUnacknowledged } from './unacknowledged.ts';

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
  /** The same marks with their tracking keys, for the timeline. */
  readonly keyedMarks: ReadonlyMap<DomainId, readonly KeyedMark[]>;
  readonly state: RuleState;
}

interface Run {
  readonly domain: DomainId;
  readonly ruleIndex: number;
  readonly rule: RuleConfig;
  readonly context: RuleContext;
}

/**
 * Every domain's rules over the current signals: the marks, and the state for next time.
 * `unacknowledged` reads the other rules' marks, so it runs after them.
 */
export function evaluateRules(input: EvaluationInput): Evaluation {
  const runs = rulesToRun(input);
  const firstPass = new Map<string, TrackedFinding>();
  for (const run of runs.filter((candidate) => candidate.rule.kind !== 'unacknowledged'))
    addAll(
      firstPass,
      applyHysteresis(input.state, {
        ...run,
        findings: evaluateRule(run.rule, run.context),
        now: input.now,
      }),
    );
  const state = new Map(firstPass);
  // Only what is shown can be acknowledged: a situation two rules match is one mark, once.
  const marked = new Map(shownFindings(firstPass));
  for (const run of runs.filter((candidate) => candidate.rule.kind === 'unacknowledged')) {
    const findings = evaluateUnacknowledged(marked, input.acknowledged ?? new Set(), input.now);
    const unacknowledged: RuleRun = { ...run, findings, now: input.now };
    addAll(state, applyHysteresis(input.state, unacknowledged));
  }
  const text = { timeZone: input.config.timezone, now: input.now, playbook: input.playbook };
  const keyedMarks = keyedMarksByDomain(state, text);
  const marks = new Map(
    [...keyedMarks].map(([domain, keyed]) => [domain, keyed.map((entry) => entry.mark)]),
  );
  return { marks, keyedMarks, state };
}

function rulesToRun(input: EvaluationInput): Run[] {
  const signals = freshSignals(input.signals, input.freshSourceIds);
  const claims = alertClaims(input.config, input.playbook);
  const labels = queryLabels(input.config.sources);
  return input.playbook.domains.flatMap((domain) => {
    const settings = domainSettings(input.config, domain.id);
    const context: RuleContext = {
      now: input.now,
      domain,
      settings,
      playbook: input.playbook,
      priorities: input.config.priorities,
      unassignedAfterMs: input.config.routing.unassignedAfter,
      routingSubjects: input.config.routing.subjects,
      queryLabels: labels,
      alertClaimsElsewhere: claims
        .filter((claim) => claim.domain !== domain.id)
        .map((claim) => claim.labels),
      ...signals,
    };
    return (settings.rules ?? []).map((rule, ruleIndex) => ({
      domain: domain.id,
      ruleIndex,
      rule,
      context,
    }));
  });
}

function addAll(
  into: Map<string, TrackedFinding>,
  from: ReadonlyMap<string, TrackedFinding>,
): void {
  for (const [key, tracked] of from) into.set(key, tracked);
}
