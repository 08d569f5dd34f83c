import type { CheckStrip, WallCharts } from '../../shared/charts/chart-schema.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import type { DomainDetail } from '../../shared/desk/domain-detail-schema.ts';
import type { Mark } from '../../shared/marks/mark.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import type { SourceSignals } from '../../shared/signals/signals.ts';
import type { Snapshot } from '../../shared/snapshot/snapshot-schema.ts';
import { detailAlerts, detailChecks, detailQueries } from './domain-detail-signals.ts';
import { detailTickets } from './domain-detail-tickets.ts';

export interface DomainDetailInputs {
  readonly domain: DomainId;
  readonly now: Date;
  readonly config: Pick<Config, 'sources' | 'domains' | 'priorities' | 'routing'>;
  readonly playbook: Pick<Playbook, 'domains' | 'resolverGroups' | 'intake'>;
  /**
   * The newest signals of each source: what its client validated against its schema and
   * passed through the scrubber, nothing else of the source's answers.
   */
  readonly signals: ReadonlyMap<string, SourceSignals>;
  /** The domain's marks now: the tickets they name come first. */
  readonly marks: readonly Mark[];
  /** The check strips (down periods), asked for only when the domain reads checks. */
  readonly checkStrips: () => readonly CheckStrip[];
}

/**
 * The detail of one domain for the desk (`domain:detail`, docs/desk.md): the tickets, checks,
 * alerts and query figures behind its status, each list bounded. Pure: the same inputs give
 * the same detail.
 */
export function buildDomainDetail(inputs: DomainDetailInputs): DomainDetail {
  return {
    domain: inputs.domain,
    generatedAt: inputs.now.toISOString(),
    tickets: detailTickets(inputs),
    checks: detailChecks(inputs),
    alerts: detailAlerts(inputs),
    queries: detailQueries(inputs),
  };
}

/** What the handler reads of the collector. */
export interface DetailSource {
  signals(): ReadonlyMap<string, SourceSignals>;
  snapshot(): Snapshot;
  charts(): WallCharts;
}

/** The `domain:detail` handler's answer, from the collector's newest state. */
export function domainDetailFrom(
  collector: DetailSource,
  context: Pick<DomainDetailInputs, 'domain' | 'config' | 'playbook'>,
): DomainDetail {
  const snapshot = collector.snapshot();
  const marks = snapshot.domains.find((domain) => domain.id === context.domain)?.marks ?? [];
  return buildDomainDetail({
    ...context,
    now: new Date(snapshot.generatedAt),
    signals: collector.signals(),
    marks,
    checkStrips: () => collector.charts().checks,
  });
}
