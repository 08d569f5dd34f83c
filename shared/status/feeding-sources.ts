import type { Config } from '../config/parse-config.ts';
import type { DomainConfig, RuleConfig } from '../config/rules-schema.ts';
import type { SourceKind } from '../config/sources-schema.ts';
import { assertNever } from '../result.ts';

/**
 * Which configured sources feed a domain (docs/contracts.md): ticket selectors and rules read
 * TOPdesk, check selectors and check-down read StatusCake, alert selectors and
 * alert-firing read Alertmanager, query-threshold reads the Elasticsearch source that
 * defines the query. `unacknowledged` reads other marks, so it feeds from nothing.
 */
export function feedingSourceIds(domain: DomainConfig, sources: Config['sources']): string[] {
  const kinds = new Set<SourceKind>();
  if (domain.tickets) kinds.add('topdesk');
  if (domain.checks) kinds.add('statuscake');
  if (domain.alerts) kinds.add('alertmanager');
  const queryIds = new Set<string>();
  for (const rule of domain.rules ?? []) {
    const kind = ruleSourceKind(rule);
    if (kind === 'elasticsearch' && rule.kind === 'query-threshold') queryIds.add(rule.query);
    else if (kind) kinds.add(kind);
  }
  return sources
    .filter((source) =>
      source.kind === 'elasticsearch'
        ? source.queries.some((query) => queryIds.has(query.id))
        : kinds.has(source.kind),
    )
    .map((source) => source.id);
}

function ruleSourceKind(rule: RuleConfig): SourceKind | null {
  switch (rule.kind) {
    case 'ticket-spike':
    case 'ticket-open':
      return 'topdesk';
    case 'check-down':
      return 'statuscake';
    case 'alert-firing':
      return 'alertmanager';
    case 'query-threshold':
      return 'elasticsearch';
    case 'unacknowledged':
      return null;
    default:
      return assertNever(rule);
  }
}
