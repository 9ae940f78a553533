import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { Legend } from './Legend';
import { Surface } from './Surface';
import { formatTick, labelStep, labelWidth, linear, themeColor, valueAxis } from './scale';
import { useWidth } from './useWidth';

export interface LineSeries {
  name: string;
  /** A Mantine theme colour ('teal.6') or a CSS colour. */
  color: string;
  /** One value per category; null is a gap. */
  values: ReadonlyArray<number | null>;
}

export interface ReferenceLine {
  y: number;
  label: string;
  color: string;
}

const FONT = 12;
const TOP = 10;
const BOTTOM = 24;
const RIGHT = 16;
/** Room at the plot's ends so the first and last points (and their x labels) are not on the edge. */
const INSET = 12;

/**
 * A line chart in SVG, one line per series over evenly spaced categories (x), values on a linear axis (y)
 * with round ticks and a dashed grid line at each, optional horizontal reference lines with their label.
 * As wide as its container (followed as it resizes); `width` fixes it.
 */
export function LineChart({
  categories,
  series,
  height,
  yDomain,
  curve = 'linear',
  connectNulls = false,
  withDots = true,
  withLegend = false,
  referenceLines = [],
  width: fixedWidth,
}: {
  /** The x axis's labels, in order. */
  categories: readonly string[];
  series: readonly LineSeries[];
  height: number;
  /** The y axis's extent; widened to round ticks. Default: 0 to the largest value or reference line. */
  yDomain?: readonly [number, number];
  curve?: 'linear' | 'stepAfter';
  /** Draw across missing values (null) instead of leaving a gap. */
  connectNulls?: boolean;
  withDots?: boolean;
  withLegend?: boolean;
  referenceLines?: readonly ReferenceLine[];
  width?: number;
}) {
  const [ref, width] = useWidth(fixedWidth);
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const axis = valueAxis(
    yDomain ?? [0, Math.max(0, ...values, ...referenceLines.map((r) => r.y))],
    Math.max(2, Math.floor((height - TOP - BOTTOM) / 40)),
  );
  const left = Math.max(...axis.ticks.map((t) => labelWidth(formatTick(t)))) + 12;
  const plot = { left, right: width - RIGHT, top: TOP, bottom: height - BOTTOM };
  const x =
    categories.length < 2
      ? () => (plot.left + plot.right) / 2
      : linear([0, categories.length - 1], [plot.left + INSET, plot.right - INSET]);
  const y = linear(axis.domain, [plot.bottom, plot.top]);
  /** A label's centre, moved in so that the whole label stays within the drawing. */
  const inside = (centre: number, w: number) => Math.min(Math.max(centre, w / 2), width - w / 2);
  const step = labelStep(categories, plot.right - plot.left - 2 * INSET);
  const path = line<{ i: number; v: number | null }>()
    .defined((p) => p.v !== null)
    .x((p) => x(p.i))
    .y((p) => y(p.v ?? 0))
    .curve(curve === 'stepAfter' ? curveStepAfter : curveLinear);
  return (
    <div ref={ref} data-chart="line">
      {withLegend && <Legend series={series} />}
      <Surface width={width} height={height} fontSize={FONT}>
        <g data-axis="y">
          {axis.ticks.map((t) => (
            <g key={t}>
              <line
                x1={plot.left}
                x2={plot.right}
                y1={y(t)}
                y2={y(t)}
                stroke="var(--mantine-color-default-border)"
                strokeDasharray={t === axis.domain[0] ? undefined : '4 4'}
              />
              <text
                x={plot.left - 6}
                y={y(t)}
                dy="0.32em"
                textAnchor="end"
                fill="var(--mantine-color-dimmed)"
                data-tick={t}
              >
                {formatTick(t)}
              </text>
            </g>
          ))}
        </g>
        <g data-axis="x">
          {categories.map((label, i) =>
            i % step === 0 ? (
              <text
                // biome-ignore lint/suspicious/noArrayIndexKey: categories are positional (two may read alike)
                key={i}
                x={inside(x(i), labelWidth(label))}
                y={plot.bottom + 16}
                textAnchor="middle"
                fill="var(--mantine-color-dimmed)"
              >
                {label}
              </text>
            ) : null,
          )}
        </g>
        {referenceLines.map((r) => (
          <g key={r.label} data-reference={r.y}>
            <line x1={plot.left} x2={plot.right} y1={y(r.y)} y2={y(r.y)} stroke={themeColor(r.color)} />
            <text x={plot.right} y={y(r.y) - 5} textAnchor="end" fontSize={11} fill={themeColor(r.color)}>
              {r.label}
            </text>
          </g>
        ))}
        {series.map((s) => {
          const points = s.values.map((v, i) => ({ i, v }));
          const drawn = connectNulls ? points.filter((p) => p.v !== null) : points;
          const color = themeColor(s.color);
          return (
            <g key={s.name} data-series={s.name}>
              <path
                d={path(drawn) ?? undefined}
                fill="none"
                stroke={color}
                strokeWidth={2}
                strokeLinejoin="round"
              />
              {withDots &&
                points.map((p) =>
                  p.v === null ? null : (
                    <circle
                      key={p.i}
                      cx={x(p.i)}
                      cy={y(p.v)}
                      r={3}
                      fill={color}
                      stroke="var(--mantine-color-body)"
                      strokeWidth={1}
                    />
                  ),
                )}
            </g>
          );
        })}
      </Surface>
    </div>
  );
}
