import {
  Bar,
  CartesianGrid,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { QueryChart as QueryChartData } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChartBox, type ChartSize } from './ChartBox.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { barColor, thresholdColor } from './chart-colors.ts';
import { axisTick, plotGeometry, yScale } from './chart-geometry.ts';
import { formatTick, MINUTE_MS, timeTicks } from './chart-time.ts';
import { isOver, perMinuteLevel, useQueryText, type QueryText } from './query-text.ts';

export interface QueryChartProps {
  readonly chart: QueryChartData;
  /** The span shown (WallCharts.from to generatedAt), ISO. */
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** The query's label in the reader's language (the config's `label`); else its id. */
  readonly title?: string | undefined;
  readonly size?: ChartSize | undefined;
}

/**
 * One Elasticsearch query's hits per minute as bars. The rule's threshold is over its whole
 * window, so the line is drawn at threshold ÷ window minutes and says so; the count the rule
 * compares (the window's sum) is written above the chart, and the window itself is shaded.
 */
export function QueryChart({ chart, from, to, timeZone, title, size }: QueryChartProps) {
  const span = { from: Date.parse(from), to: Date.parse(to) };
  const text = useQueryText(chart, title ?? chart.id, span, timeZone);
  return (
    <ChartFrame
      kind="query"
      title={text.title}
      subtitle={text.subtitle}
      label={text.label}
      empty={chart.points.length === 0}
      notes={<QueryNotes chart={chart} text={text} />}
    >
      <ChartBox size={size}>
        {(box) => <QueryPlot chart={chart} span={span} box={box} timeZone={timeZone} text={text} />}
      </ChartBox>
    </ChartFrame>
  );
}

function QueryNotes({ chart, text }: { chart: QueryChartData; text: QueryText }) {
  return (
    <div className="chart-notes">
      <p className={`chart-status${isOver(chart) ? ' is-over' : ''}`}>{text.count}</p>
      <p className="chart-key">
        {chart.threshold !== null && (
          <svg className="legend-swatch" viewBox="0 0 20 10" aria-hidden="true">
            <line
              x1="0"
              y1="5"
              x2="20"
              y2="5"
              stroke={thresholdColor}
              strokeWidth={3}
              strokeDasharray="5 3"
            />
          </svg>
        )}
        {text.threshold}
      </p>
      {text.degraded && <p className="chart-note is-degraded">{text.degraded}</p>}
    </div>
  );
}

interface PlotProps {
  readonly chart: QueryChartData;
  readonly span: { from: number; to: number };
  readonly box: ChartSize;
  readonly timeZone: string;
  readonly text: QueryText;
}

function QueryPlot({ chart, span, box, timeZone, text }: PlotProps) {
  const { language } = useI18n();
  const bucket = bucketMs(chart);
  // A bucket's key is its start (Elasticsearch's date_histogram): the bar stands over its minute.
  const bars = chart.points.map((point) => ({
    t: Date.parse(point.at) + bucket / 2,
    count: point.count,
  }));
  const level = perMinuteLevel(chart);
  const y = yScale([...bars.map((bar) => bar.count), ...(level === null ? [] : [level])]);
  const geometry = plotGeometry(box, String(y.max));
  const barSize = Math.max(((geometry.plotWidth * bucket) / (span.to - span.from)) * 0.8, 1);
  return (
    <ComposedChart
      width={box.width}
      height={box.height}
      margin={geometry.margin}
      data={bars}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        type="number"
        dataKey="t"
        domain={[span.from, span.to]}
        allowDataOverflow
        ticks={timeTicks(span.from, span.to, geometry.maxXTicks, timeZone)}
        interval={0}
        tick={axisTick}
        tickFormatter={(at: number) => formatTick(at, language, timeZone)}
        height={geometry.xAxisHeight}
      />
      <YAxis
        type="number"
        tick={axisTick}
        domain={[0, y.max]}
        ticks={y.ticks}
        interval={0}
        width={geometry.yAxisWidth}
      />
      <ReferenceArea
        x1={Math.max(span.to - chart.windowMinutes * MINUTE_MS, span.from)}
        x2={span.to}
        fill="currentColor"
        fillOpacity={0.07}
        stroke="none"
        ifOverflow="hidden"
      />
      <Bar dataKey="count" fill={barColor} barSize={barSize} isAnimationActive={false} />
      {level !== null && (
        <ReferenceLine
          y={level}
          stroke={thresholdColor}
          strokeWidth={geometry.line(0.12)}
          strokeDasharray={`${geometry.line(0.6)} ${geometry.line(0.4)}`}
          label={{ value: text.lineLabel ?? '', position: 'insideTopLeft', fill: thresholdColor }}
        />
      )}
    </ComposedChart>
  );
}

/** The histogram's bucket: the smallest step between points (a minute unless downsampled). */
function bucketMs(chart: QueryChartData): number {
  const times = chart.points.map((point) => Date.parse(point.at));
  const steps = times.slice(1).map((time, index) => time - (times[index] ?? time));
  const positive = steps.filter((step) => step > 0);
  return positive.length ? Math.min(...positive) : MINUTE_MS;
}
