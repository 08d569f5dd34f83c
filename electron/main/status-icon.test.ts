import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainStatuses } from '../../shared/snapshot/snapshot-schema.ts';
import { circleBitmap, ICON_SIZE, STATUS_COLOURS } from './status-icon.ts';

const RED = [0xe5, 0x39, 0x35] as const;

/** [B, G, R, A] of pixel (x, y). */
function pixel(bitmap: Buffer, x: number, y: number, size = ICON_SIZE): number[] {
  const at = (y * size + x) * 4;
  return [...bitmap.subarray(at, at + 4)];
}

describe('circleBitmap', () => {
  const bitmap = circleBitmap(RED);

  it('holds 4 bytes for each of the 32 × 32 pixels', () =>
    assert.equal(bitmap.length, ICON_SIZE * ICON_SIZE * 4));

  it('fills the centre with the colour, opaque, in B, G, R, A order', () => {
    assert.deepEqual(pixel(bitmap, 16, 16), [0x35, 0x39, 0xe5, 255]);
    assert.deepEqual(pixel(bitmap, 16, 2), [0x35, 0x39, 0xe5, 255]);
  });

  it('leaves the corners and the outer ring fully transparent', () => {
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
      [16, 0],
      [0, 16],
    ])
      assert.deepEqual(pixel(bitmap, x!, y!), [0, 0, 0, 0], `${x},${y}`);
  });

  it('smooths the edge with partial alpha, the colour premultiplied by it', () => {
    const edge: number[][] = [];
    for (let i = 0; i < ICON_SIZE * ICON_SIZE; i++) {
      const [b, g, r, a] = [...bitmap.subarray(i * 4, i * 4 + 4)] as [
        number,
        number,
        number,
        number,
      ];
      assert.ok(b <= a && g <= a && r <= a, `pixel ${i} is not premultiplied`);
      if (a > 0 && a < 255) edge.push([b, g, r, a]);
    }
    assert.ok(edge.length > 20, 'an anti-aliased edge');
    for (const [b, g, r, a] of edge)
      assert.deepEqual(
        [b, g, r],
        [0x35, 0x39, 0xe5].map((c) => Math.round((c * a!) / 255)),
      );
  });

  it('is symmetric, so the dot does not lean', () => {
    for (let y = 0; y < ICON_SIZE; y++)
      for (let x = 0; x < ICON_SIZE; x++) {
        assert.deepEqual(pixel(bitmap, x, y), pixel(bitmap, ICON_SIZE - 1 - x, y));
        assert.deepEqual(pixel(bitmap, x, y), pixel(bitmap, y, x));
      }
  });

  it('draws any size', () => assert.equal(circleBitmap(RED, 16).length, 16 * 16 * 4));

  it('has a distinct colour for every status', () => {
    const colours = domainStatuses.map((status) => STATUS_COLOURS[status].join());
    assert.equal(new Set(colours).size, domainStatuses.length);
  });
});
