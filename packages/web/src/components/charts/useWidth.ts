import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * The width of the element `ref` is put on, followed as it changes (ResizeObserver). Measured before the
 * first paint (a layout effect): the chart is drawn at its real width from the start. `fixed` skips the
 * measuring; `fallback` is the width until the first measurement (server rendering, tests).
 */
export function useWidth(
  fixed: number | undefined,
  fallback = 600,
): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (fixed !== undefined || !element) return;
    setMeasured(element.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width !== undefined) setMeasured(Math.round(width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixed]);
  return [ref, fixed ?? (measured || fallback)];
}
