import { Box, Text } from '@mantine/core';
import { axisTicks, type ChartModel } from './evidence-format';

const WIDTH = 640;
const HEIGHT = 74;
const PAD = 24;
const LINE_Y = 34;

/**
 * A one-row forest plot: the effect's point estimate and interval against the line of no change, oriented
 * so that right is better, with the better side shaded. Colors come from Mantine's variables (light/dark).
 */
export function EvidenceIntervalChart({
  model,
  color,
  label,
}: {
  model: ChartModel;
  color: string;
  label: string;
}) {
  const t = (x: number) => (model.scale === 'log' ? Math.log(x) : x);
  const lo = Math.min(t(model.lower), t(model.reference));
  const hi = Math.max(t(model.upper), t(model.reference));
  const pad = (hi - lo || 1) * 0.12;
  const [min, max] = [lo - pad, hi + pad];
  const x = (v: number) => PAD + ((t(v) - min) / (max - min)) * (WIDTH - 2 * PAD);
  const inverse = (u: number) => (model.scale === 'log' ? Math.exp(u) : u);
  const ticks = axisTicks(model.scale, inverse(min), inverse(max));
  const ref = x(model.reference);
  const stroke = `var(--mantine-color-${color}-6)`;
  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        style={{ display: 'block', maxWidth: WIDTH }}
      >
        <rect x={ref} y={8} width={WIDTH - PAD - ref} height={44} fill="var(--mantine-color-teal-light)" />
        <text
          x={WIDTH - PAD - 4}
          y={20}
          textAnchor="end"
          fontSize={11}
          fill="var(--mantine-color-teal-light-color)"
        >
          better →
        </text>
        <text x={PAD + 4} y={20} fontSize={11} fill="var(--mantine-color-dimmed)">
          ← worse
        </text>
        <line x1={PAD} x2={WIDTH - PAD} y1={52} y2={52} stroke="var(--mantine-color-default-border)" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={52} y2={56} stroke="var(--mantine-color-dimmed)" />
            <text x={x(tick)} y={68} textAnchor="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
              {model.format(tick)}
            </text>
          </g>
        ))}
        <line x1={ref} x2={ref} y1={8} y2={52} stroke="var(--mantine-color-dimmed)" strokeDasharray="3 3" />
        <line
          x1={x(model.lower)}
          x2={x(model.upper)}
          y1={LINE_Y}
          y2={LINE_Y}
          stroke={stroke}
          strokeWidth={3}
        />
        {[model.lower, model.upper].map((v) => (
          <line key={v} x1={x(v)} x2={x(v)} y1={LINE_Y - 7} y2={LINE_Y + 7} stroke={stroke} strokeWidth={2} />
        ))}
        <rect x={x(model.estimate) - 6} y={LINE_Y - 6} width={12} height={12} fill={stroke} />
      </svg>
      <Text size="xs" c="dimmed">
        {model.caption}
      </Text>
    </Box>
  );
}
