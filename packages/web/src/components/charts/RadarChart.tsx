import { Legend } from './Legend';
import { Surface } from './Surface';
import { labelWidth, themeColor } from './scale';
import { useWidth } from './useWidth';

export interface RadarSeries {
  name: string;
  /** A Mantine theme colour ('teal.6') or a CSS colour. */
  color: string;
  /** The fill's opacity (the outline is drawn in full). */
  opacity: number;
  /** One value per axis, in the axes' order, within [0, max]. */
  values: readonly number[];
}

const LINE = 14;
/** Space between the outer ring and an axis's name. */
const GAP = 8;
/** An axis further from the vertical than this (|cos| of its angle) has its name beside it, not above or below. */
const SIDE = 0.2;

/** Where axis `i` of `n` points: the first straight up, the others clockwise. */
export const axisAngle = (i: number, n: number) => -Math.PI / 2 + (i * 2 * Math.PI) / n;

/**
 * A radar chart in SVG: one spoke per axis, rings at the quarters of `max`, one filled polygon per series,
 * each axis's name at its end one word a line (a name on one line runs past a phone's edge). The radius
 * leaves room for the widest word at the sides. As wide as its container; `width` fixes it.
 */
export function RadarChart({
  axes,
  series,
  height,
  max = 100,
  width: fixedWidth,
}: {
  axes: readonly string[];
  series: readonly RadarSeries[];
  height: number;
  max?: number;
  width?: number;
}) {
  const [ref, width] = useWidth(fixedWidth);
  const n = axes.length;
  const words = axes.map((a) => a.split(' '));
  // The names at the sides need room across for their widest word; those at the top and bottom, room
  // up or down for their lines.
  const atSide = axes.map((_, i) => Math.abs(Math.cos(axisAngle(i, n))) >= SIDE);
  const widest = Math.max(0, ...words.flatMap((w, i) => (atSide[i] ? w.map(labelWidth) : [])));
  const tallest = Math.max(0, ...words.map((w, i) => (atSide[i] ? 0 : w.length * LINE)));
  const cx = width / 2;
  const cy = height / 2;
  const radius = Math.max(
    20,
    Math.min((0.62 * Math.min(width, height)) / 2, cx - GAP - widest - 2, cy - GAP - tallest),
  );
  const at = (i: number, r: number) => {
    const a = axisAngle(i, n);
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as const;
  };
  const polygon = (r: (i: number) => number) =>
    axes
      .map((_, i) =>
        at(i, r(i))
          .map((c) => c.toFixed(1))
          .join(','),
      )
      .join(' ');
  const rings = [0.25, 0.5, 0.75, 1];
  return (
    <div ref={ref} data-chart="radar">
      <Legend series={series} />
      <Surface width={width} height={height} fontSize={12}>
        <g stroke="var(--mantine-color-default-border)" fill="none">
          {rings.map((k) => (
            <polygon key={k} points={polygon(() => k * radius)} />
          ))}
          {axes.map((axis, i) => {
            const [x, y] = at(i, radius);
            return <line key={axis} x1={cx} y1={cy} x2={x} y2={y} />;
          })}
        </g>
        {series.map((s) => {
          const color = themeColor(s.color);
          return (
            <polygon
              key={s.name}
              data-series={s.name}
              points={polygon((i) => (Math.min(max, Math.max(0, s.values[i] ?? 0)) / max) * radius)}
              fill={color}
              fillOpacity={s.opacity}
              stroke={color}
              strokeWidth={2}
              strokeLinejoin="round"
            />
          );
        })}
        {axes.map((axis, i) => {
          const [x, y] = at(i, radius + GAP);
          const a = axisAngle(i, n);
          const cos = Math.cos(a);
          const sin = Math.sin(a);
          const side = Math.abs(cos) < SIDE ? 'middle' : cos > 0 ? 'start' : 'end';
          const lines = words[i]!;
          // Above the chart the lines stack upwards, below it downwards, at the sides around the point.
          const first =
            side === 'middle'
              ? sin < 0
                ? -(lines.length - 1) * LINE
                : LINE * 0.75
              : -((lines.length - 1) * LINE) / 2 + LINE * 0.35;
          return (
            <text
              key={axis}
              data-axis={axis}
              x={x}
              y={y}
              textAnchor={side}
              fill="var(--mantine-color-dimmed)"
            >
              {lines.map((word, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a name's words are positional
                <tspan key={j} x={x} dy={j === 0 ? first : LINE}>
                  {word}
                </tspan>
              ))}
            </text>
          );
        })}
      </Surface>
    </div>
  );
}
