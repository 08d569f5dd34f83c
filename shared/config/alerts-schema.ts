import { z } from 'zod';
import { domainIds, type DomainId } from '../playbook/domains.ts';
import type { PathIssue } from './config-issues.ts';
import { secretRefField, type SecretRef } from './fields.ts';
import { describeSecretSource } from './resolve-secrets.ts';
import { SecretValue } from './secret.ts';

const DOMAIN_HINT = `a domain id (one of ${domainIds.join(', ')})`;

const domainKey = z
  .string()
  // For editors' completion (docs/config.schema.json), where the refinement cannot go.
  .meta({ enum: [...domainIds] })
  .refine((id) => (domainIds as readonly string[]).includes(id));

/** An incoming webhook per communication line, by domain id; the URL is a secret. */
const slackSchema = z
  .record(domainKey, secretRefField, {
    error: (issue) =>
      issue.code === 'invalid_key' ? DOMAIN_HINT : 'a map of domain ids to { env: NAME }',
  })
  .transform((map) => map as Partial<Record<DomainId, SecretRef>>);

/** `alerts:` — what reaches people who are not looking at the wall. */
export const alertsSchema = z
  .strictObject(
    {
      desktop: z
        .boolean({ error: 'true or false' })
        .default(true)
        .describe('A desktop notification on each new critical mark and escalation'),
      sound: z
        .boolean({ error: 'true or false' })
        .default(false)
        .describe('One short sound with each desktop notification'),
      slack: slackSchema
        .default({})
        .describe(
          "A Slack incoming webhook per domain's communication line: the environment variable holding its URL",
        ),
    },
    { error: 'a mapping with desktop, sound and slack' },
  )
  .default(() => ({ desktop: true, sound: false, slack: {} }));

export type AlertsConfig = z.infer<typeof alertsSchema>;

/** The loopback hosts a source may reach over plain http; a test's fake Slack listens there. */
const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** scheme://host[:port][path][?query]; no user info. A pattern: shared/ does not assume URL. */
const WEBHOOK_URL =
  /^([a-z][a-z0-9+.-]*):\/\/(\[[0-9a-f:.]+\]|[^:/?#@]+)(?::(\d{1,5}))?([/?#].*)?$/i;

/**
 * Slack posts to https://hooks.slack.com/services/… only (Slack's "Sending messages using
 * incoming webhooks"); anything else would send the war room's messages somewhere else.
 * Loopback over http is for tests, as for sources.
 */
export function isSlackWebhookUrl(url: string): boolean {
  const match = WEBHOOK_URL.exec(url);
  if (!match) return false;
  const [, scheme = '', host = '', port, rest = ''] = match;
  const protocol = scheme.toLowerCase();
  if (LOOPBACK_HOSTS.test(host.toLowerCase())) return protocol === 'http' || protocol === 'https';
  return (
    protocol === 'https' &&
    host.toLowerCase() === 'hooks.slack.com' &&
    (port === undefined || port === '443') &&
    rest.startsWith('/services/')
  );
}

/**
 * After the secrets are resolved: every Slack webhook must be one. The message names the
 * variable and never the value, which is the secret itself.
 */
export function checkSlackWebhooks(resolved: unknown, issues: PathIssue[]): void {
  const slack = slackOf(resolved);
  for (const [domain, secret] of Object.entries(slack)) {
    if (!(secret instanceof SecretValue) || isSlackWebhookUrl(secret.reveal())) continue;
    issues.push({
      path: ['alerts', 'slack', domain],
      message: `expected the ${describeSecretSource(secret.source)} to hold a Slack incoming-webhook URL (https://hooks.slack.com/services/…), but it holds something else`,
    });
  }
}

function slackOf(resolved: unknown): Record<string, unknown> {
  const alerts = isRecord(resolved) ? resolved.alerts : undefined;
  const slack = isRecord(alerts) ? alerts.slack : undefined;
  return isRecord(slack) ? slack : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
