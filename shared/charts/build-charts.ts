import type { Config } from '../config/parse-config.ts';
import type { DomainId } from '../playbook/domains.ts';
import type { SourceSignals } from '../signals/signals.ts';
import type { Mark } from '../marks/mark.ts';
import type { WallCharts } from './chart-schema.ts';
import type { CheckHistory } from './check-history.ts';

export interface ChartInputs {
  readonly now: Date;
  readonly config: Config;
  /** The newest signals of every source that delivered any, by source id. */
  readonly signals: ReadonlyMap<string, SourceSignals>;
  /** The marks shown now, per domain (to emphasise the spiking subcategory). */
  readonly marks: ReadonlyMap<DomainId, readonly Mark[]>;
  readonly checkHistory: CheckHistory;
}

/** Placeholder signature; being built (issue 11). */
export function buildWallCharts(_inputs: ChartInputs): WallCharts {
  throw new Error('not built yet');
}
