import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { DomainId } from '../playbook/domains.ts';
import { checksWithAnyTag } from '../rules/selectors.ts';
import { MAX_CHART_POINTS, type CheckStrip } from './chart-schema.ts';
import type { ChartSpan } from './chart-span.ts';
import type { CheckHistory } from './check-history.ts';
import { segmentOf } from './check-timeline.ts';
import { fewerSpans } from './fewer-spans.ts';

/** The domains whose checks get a strip: the two that watch a site (seed §1.4). */
export const STRIP_DOMAINS: readonly DomainId[] = ['ggd-portal', 'website'];

/** What the contract allows (chart-schema.ts). */
const MAX_STRIPS = 100;

/**
 * A strip per check that GGD-portaal's or Website's selectors pick, as `check-down` picks
 * them (its own tags, else the domain's), over the span; GGD-portaal's first, then Website's,
 * each in the order StatusCake listed them. Checks come from the history, so one deleted
 * within the day still shows when it went.
 */
export function buildCheckStrips(
  config: Pick<Config, 'domains'>,
  history: CheckHistory,
  span: ChartSpan,
): CheckStrip[] {
  const known = history.knownChecks();
  const domainsOf = new Map<string, DomainId[]>();
  for (const domain of STRIP_DOMAINS) {
    for (const check of checksWithAnyTag(domainTags(config, domain), known)) {
      domainsOf.set(check.id, [...(domainsOf.get(check.id) ?? []), domain]);
    }
  }
  const names = new Map(known.map((check) => [check.id, check.name]));
  return [...domainsOf].slice(0, MAX_STRIPS).map(([id, domains]) => ({
    id,
    name: names.get(id) ?? id,
    domains,
    segments: fewerSpans(history.spans(id, span.from, span.to), MAX_CHART_POINTS).map(segmentOf),
  }));
}

/** Every tag a domain's checks are picked by: its selector's and its check-down rules' own. */
function domainTags(config: Pick<Config, 'domains'>, domain: DomainId): string[] | undefined {
  const settings = domainSettings(config, domain);
  const own = settings.checks?.tags;
  const ruleTags = (settings.rules ?? []).flatMap((rule) =>
    rule.kind === 'check-down' ? (rule.tags ?? own ?? []) : [],
  );
  if (!own && ruleTags.length === 0) return undefined;
  return [...(own ?? []), ...ruleTags];
}
