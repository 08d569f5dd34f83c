import type { CheckSegment, CheckStrip } from '../../shared/charts/chart-schema.ts';
import { domainSettings } from '../../shared/config/domain-settings.ts';
import type { Config } from '../../shared/config/parse-config.ts';
import {
  detailLimits,
  type AlertField,
  type DetailAlert,
  type DetailCheck,
  type DetailQuery,
  type DownPeriod,
} from '../../shared/desk/domain-detail-schema.ts';
import type { DomainId } from '../../shared/playbook/domains.ts';
import type { Playbook } from '../../shared/playbook/playbook.ts';
import { alertClaims } from '../../shared/rules/claims.ts';
import { alertsWithLabels, checksWithAnyTag } from '../../shared/rules/selectors.ts';
import type { Alert, Check, SourceSignals } from '../../shared/signals/signals.ts';
import { clip, sectionOf, type Section } from './domain-detail-section.ts';

export interface SignalInputs {
  readonly domain: DomainId;
  readonly config: Pick<Config, 'sources' | 'domains'>;
  readonly playbook: Pick<Playbook, 'domains'>;
  readonly signals: ReadonlyMap<string, SourceSignals>;
  /** The wall's check strips (what Dijkwacht saw poll by poll); asked for only when needed. */
  readonly checkStrips: () => readonly CheckStrip[];
}

/** Signals of one kind, each with the id of the source that delivered it. */
function fromSources<K extends SourceSignals['kind'], T>(
  signals: ReadonlyMap<string, SourceSignals>,
  kind: K,
  pick: (value: Extract<SourceSignals, { kind: K }>) => readonly T[],
): { source: string; value: T }[] {
  return [...signals].flatMap(([source, value]) =>
    value.kind === kind
      ? pick(value as Extract<SourceSignals, { kind: K }>).map((item) => ({ source, value: item }))
      : [],
  );
}

/** The checks a domain reads (its selector's tags and its check-down rules'), down ones first. */
export function detailChecks(inputs: SignalInputs): Section<DetailCheck> | null {
  const tags = checkTags(inputs);
  if (!tags) return null;
  const checks = fromSources(inputs.signals, 'statuscake', (value) => value.checks).filter(
    ({ value }) => checksWithAnyTag(tags, [value]).length > 0,
  );
  const sorted = checks.toSorted(
    (a, b) =>
      Number(isDown(b.value)) - Number(isDown(a.value)) || a.value.name.localeCompare(b.value.name),
  );
  // The strips are built from the whole check history: only asked for when there are checks.
  const strips = new Map<string, CheckStrip>(
    sorted.length > 0 ? inputs.checkStrips().map((strip) => [strip.id, strip]) : [],
  );
  return sectionOf(sorted, detailLimits.checks, ({ source, value }) => ({
    source: clip(source, detailLimits.shortText),
    id: clip(value.id, detailLimits.shortText),
    name: clip(value.name, detailLimits.text),
    url: clip(value.url, detailLimits.url),
    status: value.status,
    paused: value.paused,
    tags: value.tags
      .slice(0, detailLimits.alertFields)
      .map((tag) => clip(tag, detailLimits.shortText)),
    downSince: value.downSince,
    downPeriods: downPeriods(strips.get(value.id)?.segments ?? [], value.status === 'down'),
  }));
}

function isDown(check: Check): boolean {
  return check.status === 'down' && !check.paused;
}

/** As check-down and the wall's strips pick them: the selector's tags and the rules' own. */
function checkTags(inputs: SignalInputs): string[] | null {
  const settings = domainSettings(inputs.config, inputs.domain);
  const own = settings.checks?.tags;
  const ruleTags = (settings.rules ?? []).flatMap((rule) =>
    rule.kind === 'check-down' ? (rule.tags ?? own ?? []) : [],
  );
  const readsChecks = own || (settings.rules ?? []).some((rule) => rule.kind === 'check-down');
  return readsChecks ? [...(own ?? []), ...ruleTags] : null;
}

/**
 * The down stretches of a strip, adjacent ones joined, newest first; the newest has no end
 * while the check is down now.
 */
export function downPeriods(segments: readonly CheckSegment[], downNow: boolean): DownPeriod[] {
  const joined: { from: string; to: string }[] = [];
  for (const segment of segments) {
    if (segment.status !== 'down') continue;
    const last = joined.at(-1);
    if (last && last.to === segment.from) last.to = segment.to;
    else joined.push({ from: segment.from, to: segment.to });
  }
  const stripEnd = segments.at(-1)?.to;
  return joined
    .map((period) => ({
      from: period.from,
      to: downNow && period.to === stripEnd ? null : period.to,
    }))
    .reverse()
    .slice(0, detailLimits.downPeriods);
}

/**
 * The alerts a domain reads: those its selector's and its alert-firing rules' labels match;
 * a catch-all (no labels, Alerting's) takes those no other domain claims. Active first.
 */
export function detailAlerts(inputs: SignalInputs): Section<DetailAlert> | null {
  const settings = domainSettings(inputs.config, inputs.domain);
  const selectors = [
    settings.alerts?.labels,
    ...(settings.rules ?? []).flatMap((rule) =>
      rule.kind === 'alert-firing' ? [rule.labels] : [],
    ),
  ].filter((labels): labels is Record<string, string> => labels !== undefined);
  if (selectors.length === 0) return null;
  const elsewhere = alertClaims(inputs.config, inputs.playbook).filter(
    (claim) => claim.domain !== inputs.domain,
  );
  const claimedElsewhere = (alert: Alert) =>
    elsewhere.some((claim) => alertsWithLabels(claim.labels, [alert]).length > 0);
  const matches = (alert: Alert) =>
    selectors.some((labels) =>
      Object.keys(labels).length === 0
        ? !claimedElsewhere(alert)
        : alertsWithLabels(labels, [alert]).length > 0,
    );
  const alerts = fromSources(inputs.signals, 'alertmanager', (value) => value.alerts).filter(
    ({ value }) => matches(value),
  );
  const sorted = alerts.toSorted(
    (a, b) =>
      Number(b.value.state === 'active') - Number(a.value.state === 'active') ||
      Date.parse(b.value.startsAt) - Date.parse(a.value.startsAt),
  );
  return sectionOf(sorted, detailLimits.alerts, ({ source, value }) =>
    toDetailAlert(source, value),
  );
}

function toDetailAlert(source: string, alert: Alert): DetailAlert {
  const labels = fieldsOf(alert.labels);
  const annotations = fieldsOf(alert.annotations);
  const room = detailLimits.alertFields;
  return {
    source: clip(source, detailLimits.shortText),
    fingerprint: clip(alert.fingerprint, detailLimits.shortText),
    name: clip(alert.name, detailLimits.text),
    state: alert.state,
    startsAt: alert.startsAt,
    silenced: alert.silencedBy.length > 0,
    inhibited: alert.inhibitedBy.length > 0,
    labels: labels.slice(0, room),
    annotations: annotations.slice(0, room),
    omittedFields: Math.max(0, labels.length - room) + Math.max(0, annotations.length - room),
    generatorURL: alert.generatorURL === null ? null : clip(alert.generatorURL, detailLimits.url),
  };
}

function fieldsOf(record: Readonly<Record<string, string>>): AlertField[] {
  return Object.entries(record).map(([name, value]) => ({
    name: clip(name, detailLimits.shortText),
    value: clip(value, detailLimits.longText),
  }));
}

/**
 * The query figures of a domain: those its query-threshold rules read, with their
 * thresholds; Alerting, which watches monitoring, shows every configured query when none
 * is its own (as the wall's chart does). Null when the domain reads no query.
 */
export function detailQueries(inputs: SignalInputs): Section<DetailQuery> | null {
  const configured = configuredQueries(inputs.config.sources);
  const own = (domainSettings(inputs.config, inputs.domain).rules ?? []).flatMap((rule) =>
    rule.kind === 'query-threshold' ? [{ id: rule.query, threshold: rule.threshold }] : [],
  );
  const wanted: { id: string; threshold: number | null }[] =
    own.length === 0 && inputs.domain === 'alerting'
      ? [...configured.keys()].map((id) => ({ id, threshold: null }))
      : own;
  if (wanted.length === 0) return null;
  const results = new Map(
    fromSources(inputs.signals, 'elasticsearch', (value) => value.queries).map(({ value }) => [
      value.id,
      value,
    ]),
  );
  return sectionOf(wanted, detailLimits.queries, ({ id, threshold }) => {
    const result = results.get(id);
    return {
      id: clip(id, detailLimits.shortText),
      label: configured.get(id)?.label ?? null,
      threshold,
      windowMs: configured.get(id)?.window ?? 0,
      result: result
        ? {
            count: result.count,
            from: result.from,
            to: result.to,
            degraded: result.degraded,
            degradedReason:
              result.degradedReason === null
                ? null
                : clip(result.degradedReason, detailLimits.text),
          }
        : null,
    };
  });
}

function configuredQueries(sources: Config['sources']) {
  return new Map(
    sources.flatMap((source) =>
      source.kind === 'elasticsearch'
        ? source.queries.map((query) => [query.id, query] as const)
        : [],
    ),
  );
}
