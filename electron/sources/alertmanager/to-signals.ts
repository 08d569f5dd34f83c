import { z } from 'zod';
import { formatPath } from '../../../shared/config/config-issues.ts';
import { err, ok, type Result } from '../../../shared/result.ts';
import { alertSchema, type Alert } from '../../../shared/signals/signals.ts';
import { gettableAlertSchema, statusSchema, type GettableAlert } from './payloads.ts';

/**
 * GET /api/v2/alerts (a bare array of gettableAlert, docs/sources.md) → Alerts. Pure
 * and total: any JSON gives valid Alerts or the reason there are none. One malformed alert
 * fails the whole answer: skipping it could hide exactly the alert that fires.
 *
 * Whether an alert fires comes from `status.state` with silencedBy/inhibitedBy, never from
 * `endsAt`, which is a refresh deadline in the future for a firing alert (§6.16).
 */
export function parseAlerts(value: unknown): Result<Alert[], string> {
  if (!Array.isArray(value)) {
    return err('expected a list of alerts (is the URL an Alertmanager with API v2?)');
  }
  const parsed = z.array(gettableAlertSchema).safeParse(value);
  if (!parsed.success) return err(describeIssue('alerts', parsed.error.issues[0]));
  const alerts = new Map<string, Alert>();
  for (const raw of parsed.data) {
    if (alerts.has(raw.fingerprint)) continue; // The fingerprint is the key (docs/sources.md, "Alertmanager").
    const alert = alertSchema.safeParse(toAlert(raw));
    if (!alert.success)
      return err(describeIssue(`alert ${raw.fingerprint}`, alert.error.issues[0]));
    alerts.set(raw.fingerprint, alert.data);
  }
  return ok([...alerts.values()]);
}

function toAlert(raw: GettableAlert): Alert {
  return {
    fingerprint: raw.fingerprint,
    name: raw.labels.alertname ?? raw.fingerprint,
    labels: raw.labels,
    annotations: raw.annotations ?? {},
    startsAt: new Date(raw.startsAt).toISOString(),
    state: raw.status.state,
    silencedBy: raw.status.silencedBy,
    inhibitedBy: raw.status.inhibitedBy,
    generatorURL: raw.generatorURL || null,
  };
}

function describeIssue(what: string, issue: z.core.$ZodIssue | undefined): string {
  const where = issue && issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  return `unexpected shape of the ${what} answer${where}: ${issue?.message ?? 'invalid'}`;
}

/**
 * GET /api/v2/status, the health check: proof that the URL is an Alertmanager with API v2,
 * and its cluster state. `settling` (peers still syncing after a start) or `disabled` (no
 * cluster) is worth showing but is not an error: the alerts are still served.
 */
export interface AlertmanagerStatus {
  readonly cluster: 'ready' | 'settling' | 'disabled';
  readonly peers: number;
  readonly version: string | null;
}

export function parseStatus(value: unknown): Result<AlertmanagerStatus, string> {
  const parsed = statusSchema.safeParse(value);
  if (!parsed.success) return err(describeIssue('status', parsed.error.issues[0]));
  return ok({
    cluster: parsed.data.cluster.status,
    peers: parsed.data.cluster.peers?.length ?? 0,
    version: parsed.data.versionInfo?.version ?? null,
  });
}
