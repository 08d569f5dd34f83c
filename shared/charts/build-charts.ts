import type { Config } from '../config/parse-config.ts';
import { domainSettings } from '../config/domain-settings.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { SourceSignals } from '../signals/signals.ts';
import type { Mark } from '../marks/mark.ts';
import type { WallCharts } from './chart-schema.ts';
import { isoAt, type ChartSpan } from './chart-span.ts';
import type { CheckHistory } from './check-history.ts';
import { buildCheckStrips } from './check-strips.ts';
import { buildHelpdeskChart } from './helpdesk-series.ts';
import { buildQueryCharts } from './query-series.ts';

const HOUR_MS = 3_600_000;

/** What the wall shows unless asked otherwise: the last six hours, the rule's default baseline. */
export const DEFAULT_CHART_SPAN_MS = 6 * HOUR_MS;

/** The longest span: the check history keeps no more (CHECK_HISTORY_LIMITS). */
export const MAX_CHART_SPAN_MS = 24 * HOUR_MS;

export interface ChartInputs {
  readonly now: Date;
  readonly config: Config;
  /** The newest signals of every source that delivered any, by source id. */
  readonly signals: ReadonlyMap<string, SourceSignals>;
  /** The marks shown now, per domain (to emphasise the spiking subcategory). */
  readonly marks: ReadonlyMap<DomainId, readonly Mark[]>;
  readonly checkHistory: CheckHistory;
  /**
   * How far back the charts go (ms), at most a day. Unless given: what the helpdesk's spike
   * rule looks at (its baseline and its window), else DEFAULT_CHART_SPAN_MS.
   */
  readonly spanMs?: number;
}

/**
 * The wall's charts over the span ending now, from the newest signals (a failing source's
 * last good ones too: the chart shows what was last known, the tiles say it is old).
 */
export function buildWallCharts(inputs: ChartInputs): WallCharts {
  const span = spanEndingAt(inputs.now.getTime(), inputs.spanMs ?? ruleSpanMs(inputs.config));
  return {
    generatedAt: isoAt(span.to),
    from: isoAt(span.from),
    helpdesk: buildHelpdeskChart({ ...inputs, span }),
    queries: buildQueryCharts(inputs.config, inputs.signals, span),
    checks: buildCheckStrips(inputs.config, inputs.checkHistory, span),
  };
}

/**
 * The baseline and window of the helpdesk's spike rule: the chart then shows exactly the
 * history the rule compares against — 7 hours by default, minutes in a sped-up demo.
 */
function ruleSpanMs(config: Config): number | undefined {
  const rule = domainSettings(config, 'helpdesk').rules?.find(
    (item) => item.kind === 'ticket-spike',
  );
  return rule?.kind === 'ticket-spike' ? rule.baseline + rule.window : undefined;
}

function spanEndingAt(now: number, spanMs: number | undefined): ChartSpan {
  const length =
    spanMs !== undefined && Number.isFinite(spanMs) && spanMs > 0
      ? Math.min(spanMs, MAX_CHART_SPAN_MS)
      : DEFAULT_CHART_SPAN_MS;
  return { from: now - length, to: now };
}
