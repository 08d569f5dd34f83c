import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { Playbook } from '../playbook/playbook.ts';
import type { Bilingual } from '../playbook/text.ts';

export interface AlertClaim {
  readonly domain: DomainId;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Which alerts a domain calls its own: the labels of its `alerts` selector and of its
 * alert-firing rules, where they name any. An alert one of these match belongs there and not
 * in a catch-all (Alerting's "any monitoring alert"), so no alert shows in two domains.
 */
export function alertClaims(
  config: Pick<Config, 'domains'>,
  playbook: Pick<Playbook, 'domains'>,
): AlertClaim[] {
  return playbook.domains.flatMap((domain) => {
    const settings = domainSettings(config, domain.id);
    const ruleLabels = (settings.rules ?? []).flatMap((rule) =>
      rule.kind === 'alert-firing' ? [rule.labels] : [],
    );
    return [settings.alerts?.labels, ...ruleLabels]
      .filter(
        (labels): labels is Record<string, string> => !!labels && Object.keys(labels).length > 0,
      )
      .map((labels) => ({ domain: domain.id, labels }));
  });
}

/** Each Elasticsearch query's label, by query id; queries without one are left out. */
export function queryLabels(sources: Config['sources']): Map<string, Bilingual> {
  return new Map(
    sources.flatMap((source) =>
      source.kind === 'elasticsearch'
        ? source.queries.flatMap((query) => (query.label ? [[query.id, query.label] as const] : []))
        : [],
    ),
  );
}
