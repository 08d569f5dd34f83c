import type { DomainConfig } from '../config/rules-schema.ts';
import type { SubjectRoute } from '../config/routing-schema.ts';
import type { DomainDefinition } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Bilingual } from '../playbook/text.ts';
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
  /** The config's `routing.subjects`: which resolver groups a ticket's subject belongs with. */
  readonly routingSubjects: readonly SubjectRoute[];
  readonly tickets: readonly Ticket[] | null;
  readonly checks: readonly Check[] | null;
  readonly alerts: readonly Alert[] | null;
  /** Results of the queries of fresh Elasticsearch sources, by query id. */
  readonly queries: ReadonlyMap<string, QueryResult>;
  /** What each configured query counts, in both languages ("serverfouten"), by query id. */
  readonly queryLabels: ReadonlyMap<string, Bilingual>;
  /** The alert labels other domains claim (their selectors and rules): not this domain's catch-all. */
  readonly alertClaimsElsewhere: readonly Readonly<Record<string, string>>[];
}
