import type { DomainConfig } from '../config/rules-schema.ts';
import type { DomainId } from './domains.ts';

/**
 * What each domain of the seed reads, and its escalation criteria, when the config file
 * does not say otherwise. A domain listed under `domains:` in the config replaces its
 * entry here as a whole (docs/contracts.md).
 */
export const defaultDomainConfig: Readonly<Record<DomainId, DomainConfig>> = {
  helpdesk: {
    tickets: { categories: ['Helpdesk'] },
    rules: [
      {
        kind: 'ticket-spike',
        severity: 'critical',
        by: 'subcategory',
        window: 3_600_000,
        baseline: 21_600_000,
        factor: 3,
        minCount: 20,
      },
    ],
  },
  'ggd-portal': {
    tickets: { categories: ['GGD-portaal'] },
    checks: { tags: ['ggd-portal'] },
    alerts: { labels: { domain: 'ggd-portal' } },
    rules: [
      { kind: 'check-down', severity: 'critical', for: 120_000 },
      { kind: 'alert-firing', severity: 'critical', labels: { domain: 'ggd-portal' } },
      { kind: 'ticket-open', severity: 'warning', categories: ['GGD-portaal'] },
    ],
  },
  security: {
    tickets: { categories: ['Security'] },
    alerts: { labels: { domain: 'security' } },
    rules: [
      { kind: 'alert-firing', severity: 'critical', labels: { domain: 'security' } },
      { kind: 'ticket-open', severity: 'critical', categories: ['Security'] },
    ],
  },
  privacy: {
    tickets: { categories: ['Privacy'] },
    rules: [
      { kind: 'ticket-open', severity: 'critical', categories: ['Privacy'], deadline: 259_200_000 },
    ],
  },
  alerting: {
    alerts: { labels: {} },
    rules: [{ kind: 'alert-firing', severity: 'warning', labels: {} }],
  },
  website: {
    checks: { tags: ['website'] },
    rules: [{ kind: 'check-down', severity: 'critical', for: 120_000 }],
  },
  escalation: {
    rules: [
      { kind: 'ticket-open', severity: 'critical', priorities: ['P0', 'P1'] },
      { kind: 'ticket-open', severity: 'critical', majorIncident: true },
      { kind: 'unacknowledged', severity: 'critical', for: 900_000 },
    ],
  },
};
