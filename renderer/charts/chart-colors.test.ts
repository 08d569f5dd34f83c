import { describe, expect, it } from 'vitest';
import {
  barColor,
  PANEL_BACKGROUND,
  segmentColor,
  seriesPalette,
  thresholdColor,
} from './chart-colors.ts';

/** WCAG 2.2 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('chart colours', () => {
  it('are distinct and each stands out from the dark panel (3:1, WCAG 1.4.11)', () => {
    expect(new Set(seriesPalette).size).toBe(seriesPalette.length);
    for (const color of [
      ...seriesPalette,
      barColor,
      thresholdColor,
      segmentColor.up,
      segmentColor.down,
    ])
      expect(contrast(color, PANEL_BACKGROUND), color).toBeGreaterThanOrEqual(3);
  });

  it('lead with vermillion, the loudest, for the spiking series', () => {
    expect(seriesPalette[0]).toBe(segmentColor.down);
  });
});
