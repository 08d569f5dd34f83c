import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
} from 'recharts';
import type { HelpdeskChart as HelpdeskChartData } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChartBox, type ChartSize } from './ChartBox.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { axisTick, plotGeometry, yScale } from './chart-geometry.ts';
import { formatTick, timeTicks } from './chart-time.ts';
import { drawnSeries, hasPoints, type DrawnSeries } from './helpdesk-series.ts';
import { useHelpdeskText, type HelpdeskText } from './helpdesk-text.ts';
import { SeriesLegend } from './SeriesLegend.tsx';

export interface HelpdeskChartProps {
  /** WallCharts.helpdesk: null when no TOPdesk source feeds a spike rule. */
  readonly chart: HelpdeskChartData | null;
  /** The war room's time zone, for the time axis. */
  readonly timeZone: string;
  /** A fixed drawing size (tests); otherwise the chart fills its container. */
  readonly size?: ChartSize | undefined;
}

/**
 * Reports per (sub)category over the last hours: at each minute, the count in the spike
 * rule's window before it. A spiking subcategory leads, thick and named in the title, with
 * its normal band (0 to expected) and its threshold; the others step back.
 */
export function HelpdeskChart({ chart, timeZone, size }: HelpdeskChartProps) {
  const series = chart ? drawnSeries(chart) : [];
  const text = useHelpdeskText(chart, series, timeZone);
  return (
    <ChartFrame
      kind="helpdesk"
      title={text.title}
      subtitle={text.subtitle}
      label={text.label}
      empty={!hasPoints(chart)}
      notes={<SeriesLegend series={series} text={text} />}
    >
      {chart && (
        <ChartBox size={size}>
          {(box) => (
            <HelpdeskPlot chart={chart} series={series} box={box} timeZone={timeZone} text={text} />
          )}
        </ChartBox>
      )}
    </ChartFrame>
  );
}

interface PlotProps {
  readonly chart: HelpdeskChartData;
  readonly series: readonly DrawnSeries[];
  readonly box: ChartSize;
  readonly timeZone: string;
  readonly text: HelpdeskText;
}

function HelpdeskPlot({ chart, series, box, timeZone, text }: PlotProps) {
  const { language } = useI18n();
  const from = Date.parse(chart.from);
  const to = Date.parse(chart.to);
  const banded = series.filter((one) => one.banded);
  const y = yScale([
    ...series.flatMap((one) => one.points.map((point) => point.count)),
    ...banded.map((one) => one.source.threshold),
  ]);
  const geometry = plotGeometry(box, String(y.max));
  // Muted lines first, so the emphasised one is drawn on top of them.
  const drawOrder = [...series].reverse();
  return (
    <ComposedChart
      width={box.width}
      height={box.height}
      margin={geometry.margin}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        type="number"
        dataKey="t"
        domain={[from, to]}
        allowDataOverflow
        ticks={timeTicks(from, to, geometry.maxXTicks, timeZone)}
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
      {banded.map((one) => (
        <ReferenceArea
          key={`band-${one.id}`}
          y1={0}
          y2={one.source.expected}
          fill={one.color}
          fillOpacity={0.18}
          stroke="none"
          ifOverflow="hidden"
        />
      ))}
      {banded.map((one) => (
        <ReferenceLine
          key={`threshold-${one.id}`}
          y={one.source.threshold}
          stroke={one.color}
          strokeWidth={geometry.line(0.12)}
          strokeDasharray={`${geometry.line(0.6)} ${geometry.line(0.4)}`}
          // Left: a spike rises at the right, the newest end, and would cover the label there.
          label={{ value: text.threshold(one), position: 'insideTopLeft', fill: one.color }}
        />
      ))}
      {drawOrder.map((one) => (
        <Line
          key={one.id}
          data={one.points}
          dataKey="count"
          name={text.name(one)}
          type="linear"
          stroke={one.color}
          strokeWidth={geometry.line(one.emphasised ? 0.28 : one.muted ? 0.1 : 0.14)}
          strokeOpacity={one.muted ? 0.6 : 1}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          className={one.emphasised ? 'is-emphasised' : one.muted ? 'is-muted' : undefined}
        />
      ))}
    </ComposedChart>
  );
}
