import type { DomainConfig } from '../config/rules-schema.ts';
import type { DomainDefinition } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Alert, Check, QueryResult, Ticket } from '../signals/signals.ts';

/**
 * What a rule sees of the world. A signal list is null when no fresh source delivers it:
 * the rule then cannot be evaluated, and its marks neither rise nor clear on missing data.
 */
export interface RuleContext {
  readonly now: Date;
  readonly domain: DomainDefinition;
  readonly settings: DomainConfig;
  readonly playbook: Playbook;
  readonly priorities: Readonly<Record<string, string>>;
  readonly unassignedAfterMs: number;
  readonly tickets: readonly Ticket[] | null;
  readonly checks: readonly Check[] | null;
  readonly alerts: readonly Alert[] | null;
  /** Results of the queries of fresh Elasticsearch sources, by query id. */
  readonly queries: ReadonlyMap<string, QueryResult>;
}
