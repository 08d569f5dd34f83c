import { testIds } from '../../../testids.ts';
import { vi } from 'vitest';

/** A box on the page: its height, and the fixed heights of what is in it. */
export interface FakeBox {
  readonly selector: string;
  height: number;
  readonly itemSelector: string;
  /** Above the first item: a heading, the line. */
  readonly headPx: number;
  readonly itemPx: number;
  /** The "+n" line, when it is there. */
  readonly morePx: number;
}

/**
 * jsdom lays nothing out: every size is 0, so every list fits. This gives each box its height
 * and a content height from what is in it now, for the test's duration.
 */
export function fakeBoxLayout(boxes: readonly FakeBox[]): void {
  const boxOf = (element: Element) => boxes.find((box) => element.matches(box.selector));
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return boxOf(this)?.height ?? 0;
  });
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    const box = boxOf(this);
    if (!box) return 0;
    const items = this.querySelectorAll(box.itemSelector).length;
    const more = this.querySelector(`[data-testid="${testIds.detailMore}"]`) ? 1 : 0;
    return box.headPx + items * box.itemPx + more * box.morePx;
  });
}

/** The window takes a new size, as when the wall moves to another screen. */
export function resizeWindow(width: number, height: number): void {
  vi.stubGlobal('innerWidth', width);
  vi.stubGlobal('innerHeight', height);
  window.dispatchEvent(new Event('resize'));
}
