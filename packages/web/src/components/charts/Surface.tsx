import type { ReactNode } from 'react';

/**
 * The drawing of a chart: an SVG of the measured width, hidden from assistive technology (ChartFigure gives
 * the chart its name and its numbers as a table); `trellis-chart` is what tests and styles find it by.
 */
export function Surface({
  width,
  height,
  fontSize,
  children,
}: {
  width: number;
  height: number;
  fontSize: number;
  children: ReactNode;
}) {
  return (
    <svg
      className="trellis-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      style={{ display: 'block', overflow: 'visible', fontSize }}
    >
      {children}
    </svg>
  );
}
