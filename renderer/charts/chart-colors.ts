import type { CheckSegment } from '../../shared/charts/chart-schema.ts';

/**
 * Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/), minus its
 * black, which vanishes on the wall's dark panels: a light grey stands in for it. Each passes
 * 3:1 against --panel (WCAG 1.4.11, graphics), so a line reads without its legend's colour.
 */
export const okabeIto = {
  vermillion: '#D55E00',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  reddishPurple: '#CC79A7',
  lightGrey: '#C8CED6',
} as const;

/** The panel the charts sit on (tokens.css --panel), for the contrast check. */
export const PANEL_BACKGROUND = '#151b23';

/** Series in order: the loudest first, for the spiking (emphasised) series that leads. */
export const seriesPalette: readonly string[] = [
  okabeIto.vermillion,
  okabeIto.skyBlue,
  okabeIto.yellow,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
  okabeIto.orange,
  okabeIto.blue,
  okabeIto.lightGrey,
];

export function seriesColor(index: number): string {
  return seriesPalette[index % seriesPalette.length] ?? okabeIto.lightGrey;
}

/** The query's bars: calm, so the threshold line and the status text carry the alarm. */
export const barColor = okabeIto.skyBlue;
export const thresholdColor = okabeIto.lightGrey;

/**
 * A check's states. Up and down are the palette's green and vermillion, which stay apart for
 * red-green colour blindness; the strips add height and hatching so colour is never alone.
 */
export const segmentColor: Readonly<Record<CheckSegment['status'], string>> = {
  up: okabeIto.bluishGreen,
  down: okabeIto.vermillion,
  paused: '#6b7683',
  unknown: '#46505d',
};
