import type { RuleConfig } from '../config/rules-schema.ts';
import { assertNever } from '../result.ts';
import { evaluateAlertFiring } from './alert-firing.ts';
import { evaluateCheckDown } from './check-down.ts';
import type { Finding } from './finding.ts';
import { evaluateQueryThreshold } from './query-threshold.ts';
import type { RuleContext } from './rule-context.ts';
import { evaluateTicketOpen } from './ticket-open.ts';
import { evaluateTicketSpike } from './ticket-spike.ts';

/** The findings of one rule now; `unacknowledged` reads other marks and runs separately. */
export function evaluateRule(rule: RuleConfig, context: RuleContext): Finding[] | null {
  switch (rule.kind) {
    case 'ticket-spike':
      return evaluateTicketSpike(rule, context);
    case 'ticket-open':
      return evaluateTicketOpen(rule, context);
    case 'check-down':
      return evaluateCheckDown(rule, context);
    case 'alert-firing':
      return evaluateAlertFiring(rule, context);
    case 'query-threshold':
      return evaluateQueryThreshold(rule, context);
    case 'unacknowledged':
      return null;
    default:
      return assertNever(rule);
  }
}
