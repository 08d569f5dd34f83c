import type { CheckStrip } from '../../shared/charts/chart-schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChartBox, type ChartSize } from './ChartBox.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { segmentColor } from './chart-colors.ts';
import { formatTick, timeTicks } from './chart-time.ts';
import { useChecksText, type ChecksText } from './checks-text.ts';
import { currentStatus, maxStripTicks, percentOf, placeSegments } from './strip-layout.ts';

export interface CheckStripsProps {
  readonly checks: readonly CheckStrip[];
  /** The span shown (WallCharts.from to generatedAt), ISO. */
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  /** A fixed size (tests); otherwise the strips fill their container. */
  readonly size?: ChartSize | undefined;
}

/**
 * Each StatusCake check as a strip over the span: up, down, paused and unknown segments, its
 * name before it and its state now after it. Plain HTML: no axes to compute, and the
 * segments' widths are exact percentages that scale with any screen.
 */
export function CheckStrips({ checks, from, to, timeZone, size }: CheckStripsProps) {
  const span = { from: Date.parse(from), to: Date.parse(to) };
  const text = useChecksText(checks, span, timeZone);
  return (
    <ChartFrame
      kind="checks"
      title={text.title}
      subtitle={text.subtitle}
      label={text.label}
      empty={checks.length === 0}
    >
      <ChartBox size={size}>
        {(box) => (
          <div className="check-strips">
            <ul className="check-rows">
              {checks.map((check) => (
                <StripRow key={check.id} check={check} span={span} text={text} />
              ))}
            </ul>
            <StripAxis span={span} timeZone={timeZone} maxTicks={maxStripTicks(box)} />
          </div>
        )}
      </ChartBox>
    </ChartFrame>
  );
}

interface StripRowProps {
  readonly check: CheckStrip;
  readonly span: { from: number; to: number };
  readonly text: ChecksText;
}

function StripRow({ check, span, text }: StripRowProps) {
  const now = currentStatus(check);
  return (
    <li className="check-row" data-check={check.id}>
      <span className="check-name">{check.name}</span>
      <span className="check-track">
        {placeSegments(check.segments, span.from, span.to).map((segment) => (
          <span
            key={`${segment.from}:${segment.status}`}
            className={`check-segment status-${segment.status}`}
            data-status={segment.status}
            style={{
              left: `${segment.left}%`,
              width: `${segment.width}%`,
              backgroundColor: segmentColor[segment.status],
            }}
          />
        ))}
      </span>
      <span className={`check-now status-${now}`}>{text.status(now)}</span>
    </li>
  );
}

interface StripAxisProps {
  readonly span: { from: number; to: number };
  readonly timeZone: string;
  readonly maxTicks: number;
}

function StripAxis({ span, timeZone, maxTicks }: StripAxisProps) {
  const { language } = useI18n();
  return (
    <div className="check-axis" aria-hidden="true">
      <span className="check-ticks">
        {timeTicks(span.from, span.to, maxTicks, timeZone).map((tick) => (
          <span
            key={tick}
            className="check-tick"
            style={{ left: `${percentOf(tick, span.from, span.to)}%` }}
          >
            {formatTick(tick, language, timeZone)}
          </span>
        ))}
      </span>
    </div>
  );
}
