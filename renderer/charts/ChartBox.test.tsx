import { act, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HelpdeskChart } from './HelpdeskChart.tsx';
import { renderChart } from './testing/render-chart.tsx';
import { sampleCharts, SAMPLE_TIME_ZONE } from './testing/sample-charts.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** jsdom lays nothing out and has no ResizeObserver: this one reports what a test says. */
function fakeResizeObserver() {
  const observers: { callback: ResizeObserverCallback; self: ResizeObserver }[] = [];
  class FakeResizeObserver {
    constructor(callback: ResizeObserverCallback) {
      observers.push({ callback, self: this as unknown as ResizeObserver });
    }
    observe() {}
    unobserve() {}
    disconnect() {
      observers.splice(
        observers.findIndex((observer) => observer.self === (this as unknown)),
        1,
      );
    }
  }
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  return {
    resize(width: number, height: number) {
      const entry = { contentRect: { width, height } } as ResizeObserverEntry;
      act(() => observers.forEach(({ callback, self }) => callback([entry], self)));
    },
    get count() {
      return observers.length;
    },
  };
}

describe('ChartBox', () => {
  it('draws nothing until measured, then at its container’s size, following resizes', () => {
    const observer = fakeResizeObserver();
    const { container, unmount } = renderChart(
      <HelpdeskChart chart={sampleCharts.helpdesk} timeZone={SAMPLE_TIME_ZONE} />,
    );
    const surface = () => container.querySelector('svg.recharts-surface');
    expect(surface()).toBeNull();
    observer.resize(640.7, 300.2);
    expect([surface()?.getAttribute('width'), surface()?.getAttribute('height')]).toEqual([
      '640',
      '300',
    ]);
    observer.resize(1280, 600);
    expect(surface()?.getAttribute('width')).toBe('1280');
    observer.resize(0, 0);
    expect(surface()).toBeNull();
    unmount();
    expect(observer.count).toBe(0);
  });
});
