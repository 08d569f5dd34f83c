import { useEffect, useRef, useState, type ReactNode } from 'react';

/** A drawing area in CSS pixels, with the font size (px per em) its text scales with. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
  readonly em: number;
}

const FALLBACK_EM = 16;

export interface ChartBoxProps {
  /** A fixed size instead of the container's: for tests (jsdom lays nothing out). */
  readonly size?: ChartSize | undefined;
  readonly children: (size: ChartSize) => ReactNode;
}

/**
 * Takes the room its flex container leaves and draws at exactly that size. The drawing is
 * absolutely positioned, so it never feeds back into the size it is given and never
 * overflows; the wall's font size (clamp(…vw…)) is re-read on each resize, since it changes
 * with the window.
 */
export function ChartBox({ size, children }: ChartBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<ChartSize | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (size || !element) return;
    // ResizeObserver reports the first size on its own once observing starts.
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = {
        width: Math.floor(entry.contentRect.width),
        height: Math.floor(entry.contentRect.height),
        em: parseFloat(getComputedStyle(element).fontSize) || FALLBACK_EM,
      };
      setMeasured((previous) => (previous && sameSize(previous, next) ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [size]);
  const current = size ?? measured;
  return (
    <div ref={ref} className="chart-box">
      {current && current.width > 0 && current.height > 0 && (
        <div className="chart-canvas">{children(current)}</div>
      )}
    </div>
  );
}

function sameSize(a: ChartSize, b: ChartSize): boolean {
  return a.width === b.width && a.height === b.height && a.em === b.em;
}
