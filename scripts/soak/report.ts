import { IN_BYTES, NOT_JUDGED, SERIES, type Sample, type SeriesName } from './sample.ts';

/** The most a series' mean may grow from the first window to the last. */
const TOLERANCE = 0.1;
const WARM_UP_SECONDS = 60;

export interface Windows {
  readonly first: readonly Sample[];
  readonly last: readonly Sample[];
  readonly label: string;
}

/**
 * The first and last sixth of the run (5 minutes of 30), the first beginning after a minute of
 * warm-up (or a sixth, whichever is shorter). Both hold the same number of samples: the demo's
 * story repeats, and windows of unequal length would catch its phases in unequal shares.
 */
export function windowsOf(
  samples: readonly Sample[],
  seconds: number,
  everySeconds: number,
): Windows {
  const sixth = seconds / 6;
  const warmUp = Math.min(WARM_UP_SECONDS, sixth);
  const size = Math.max(1, Math.round(sixth / everySeconds));
  const first = samples.filter((s) => s.at >= warmUp - everySeconds / 2).slice(0, size);
  const last = samples.slice(-size);
  const span = (window: readonly Sample[]) =>
    window.length === 0 ? 'none' : `${clock(window[0]!.at)}–${clock(window.at(-1)!.at)}`;
  return {
    first,
    last,
    label: `${size} samples each: first window ${span(first)}, last ${span(last)}`,
  };
}

export function table(samples: readonly Sample[]): string[] {
  const header = ['time', 'phase', ...SERIES];
  const rows = samples.map((s) => [
    clock(s.at),
    s.phase,
    ...SERIES.map((name) => shown(name, s.series[name])),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
  return [line(header), ...rows.map(line)];
}

export interface Verdict {
  readonly lines: string[];
  readonly ok: boolean;
}

export function verdict(windows: Windows, errors: Readonly<Record<string, number>>): Verdict {
  const lines = [`verdict (${windows.label}; a mean may grow at most ${TOLERANCE * 100}%):`];
  let ok = windows.first.length > 0 && windows.last.length > 0;
  if (!ok) lines.push('  too few samples for both windows: run longer');
  for (const name of SERIES) {
    const first = mean(windows.first.map((s) => s.series[name]));
    const last = mean(windows.last.map((s) => s.series[name]));
    const growth = (last - first) / first;
    const within = growth <= TOLERANCE;
    const judged = !NOT_JUDGED.has(name);
    if (judged) ok &&= within;
    const change = `${growth >= 0 ? '+' : '−'}${Math.abs(growth * 100).toFixed(1)}%`;
    const outcome = judged ? (within ? 'met' : 'NOT met') : 'shown, not judged';
    lines.push(`  ${name}: ${shown(name, first)} → ${shown(name, last)} (${change}): ${outcome}`);
  }
  for (const [page, count] of Object.entries(errors)) {
    ok &&= count === 0;
    lines.push(
      `  ${page} console and page errors: ${count} (target 0): ${count === 0 ? 'met' : 'NOT met'}`,
    );
  }
  return { lines, ok };
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function shown(name: SeriesName, value: number): string {
  return IN_BYTES.has(name) ? `${(value / 2 ** 20).toFixed(1)} MB` : String(Math.round(value));
}

function clock(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
