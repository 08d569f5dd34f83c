import type { RuleConfig } from '../config/rules-schema.ts';
import type { Finding } from './evidence.ts';
import type { RuleContext } from './rule-context.ts';
import { alertsWithLabels } from './selectors.ts';

type AlertFiringRule = Extract<RuleConfig, { kind: 'alert-firing' }>;

/** A matching alert that is active: silenced or inhibited (suppressed) alerts do not count. */
export function evaluateAlertFiring(rule: AlertFiringRule, context: RuleContext): Finding[] | null {
  if (context.alerts === null) return null;
  return alertsWithLabels(rule.labels, context.alerts)
    .filter((alert) => alert.state === 'active')
    .map((alert) => ({
      key: alert.fingerprint,
      since: alert.startsAt,
      evidence: {
        kind: 'alert-firing',
        alert: {
          name: alert.name,
          fingerprint: alert.fingerprint,
          summary: alert.annotations.summary ?? null,
          labels: alert.labels,
        },
        startsAt: alert.startsAt,
      },
    }));
}
