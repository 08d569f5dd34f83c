import { vi } from 'vitest';

/**
 * jsdom lays nothing out: every size is 0, so a virtualiser would think nothing fits. This
 * gives every scroller `viewportPx` of height and every row `rowPx`, for the test's duration.
 */
export function fakeLayout(viewportPx = 560, rowPx = 56): void {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(viewportPx);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(rowPx);
}
