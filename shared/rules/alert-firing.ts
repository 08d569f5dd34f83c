import type { RuleConfig } from '../config/rules-schema.ts';
import type { Alert } from '../signals/signals.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';
import { alertsWithLabels } from './selectors.ts';

type AlertFiringRule = Extract<RuleConfig, { kind: 'alert-firing' }>;

/**
 * A matching alert that is active: silenced or inhibited (suppressed) alerts do not count.
 * A rule with no labels (Alerting's "any monitoring alert") takes only the alerts no other
 * domain claims, so the GGD portal's alert shows once, on the GGD portal.
 */
export function evaluateAlertFiring(rule: AlertFiringRule, context: RuleContext): Finding[] | null {
  if (context.alerts === null) return null;
  const catchAll = Object.keys(rule.labels).length === 0;
  return alertsWithLabels(rule.labels, context.alerts)
    .filter((alert) => alert.state === 'active')
    .filter((alert) => !catchAll || !claimedElsewhere(alert, context))
    .map((alert) => ({
      key: alert.fingerprint,
      active: true,
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

function claimedElsewhere(alert: Alert, context: RuleContext): boolean {
  return context.alertClaimsElsewhere.some(
    (labels) => alertsWithLabels(labels, [alert]).length > 0,
  );
}
