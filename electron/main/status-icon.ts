import type { DomainStatus } from '../../shared/snapshot/snapshot-schema.ts';

/**
 * The tray's colours: the wall's hues (renderer/styles/tokens.css), brightened where a 16-px
 * dot must read on dark and light panels alike.
 */
export const STATUS_COLOURS: Readonly<Record<DomainStatus, readonly [number, number, number]>> = {
  critical: [0xe5, 0x39, 0x35],
  warning: [0xf4, 0xb4, 0x00],
  unknown: [0x9a, 0xa4, 0xaf],
  ok: [0x43, 0xa0, 0x47],
};

/** Pixels per side: 16 DIP at scale factor 2, sharp on high-DPI panels. */
export const ICON_SIZE = 32;
export const ICON_SCALE = 2;

/** Samples per pixel side for the circle's anti-aliased edge. */
const SAMPLES = 4;

/**
 * A filled circle of `rgb` on transparency, `size` × `size`, as the raw bitmap
 * nativeImage.createFromBitmap takes: Skia's N32 layout, which on every platform Electron
 * ships for is B, G, R, A per pixel with the colour premultiplied by alpha.
 */
export function circleBitmap(rgb: readonly [number, number, number], size = ICON_SIZE): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const centre = size / 2;
  const radius = size / 2 - 1;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(x, y, centre, radius) * 255);
      const [r, g, b] = rgb.map((channel) => Math.round((channel * alpha) / 255));
      pixels.set([b ?? 0, g ?? 0, r ?? 0, alpha], (y * size + x) * 4);
    }
  return pixels;
}

/** How much of pixel (x, y) the circle covers, from 0 to 1, by supersampling. */
function coverage(x: number, y: number, centre: number, radius: number): number {
  let inside = 0;
  for (let sy = 0; sy < SAMPLES; sy++)
    for (let sx = 0; sx < SAMPLES; sx++) {
      const dx = x + (sx + 0.5) / SAMPLES - centre;
      const dy = y + (sy + 0.5) / SAMPLES - centre;
      if (dx * dx + dy * dy <= radius * radius) inside++;
    }
  return inside / (SAMPLES * SAMPLES);
}
