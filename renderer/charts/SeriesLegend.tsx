import type { DrawnSeries } from './helpdesk-series.ts';
import type { HelpdeskText } from './helpdesk-text.ts';

/**
 * The helpdesk chart's legend, in HTML rather than recharts' SVG so it wraps and scales
 * with the wall's font: the emphasised series first, with its numbers.
 */
export function SeriesLegend({
  series,
  text,
}: {
  series: readonly DrawnSeries[];
  text: HelpdeskText;
}) {
  if (series.length === 0) return null;
  return (
    <ul className="chart-legend">
      {series.map((one) => (
        <li
          key={one.id}
          className={`legend-item${one.emphasised ? ' is-emphasised' : ''}${one.muted ? ' is-muted' : ''}`}
        >
          <svg className="legend-swatch" viewBox="0 0 20 10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="20"
              y2="5"
              stroke={one.color}
              strokeWidth={one.emphasised ? 5 : 3}
            />
          </svg>
          <span className="legend-name">{text.name(one)}</span>
          <span className="legend-value">{one.banded ? text.detail(one) : one.current}</span>
        </li>
      ))}
    </ul>
  );
}
