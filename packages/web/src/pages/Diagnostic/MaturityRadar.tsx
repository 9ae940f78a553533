import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';
import { MATURITY_LABELS } from '@trellis/core';
import type { MaturityScore } from '../../api/diagnostic';
import { ChartFigure } from '../../components/ChartFigure';

const round = (v: number | null) => (v === null ? 0 : Math.round(v));

/**
 * A capability's name one word a line: on a phone the chart is about 300 px wide and a name on one line
 * ("Learning integration") runs past the drawing's edge and is cut.
 */
function WrappedTick(props: {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value: string };
}) {
  const words = String(props.payload?.value ?? '').split(' ');
  const y = Number(props.y ?? 0);
  // Above the chart the lines stack upwards, below it downwards, at the sides around the point.
  const centre = Number(props.x ?? 0);
  const first =
    props.textAnchor === 'middle' && y < 40 ? -(words.length - 1) * 14 : -((words.length - 1) * 14) / 2;
  return (
    <text x={centre} y={y} textAnchor={props.textAnchor} fontSize={12} fill="var(--mantine-color-dimmed)">
      {words.map((word, i) => (
        <tspan key={word} x={centre} dy={i === 0 ? first : 14}>
          {word}
        </tspan>
      ))}
    </text>
  );
}

/** The four infrastructure capabilities, 0–100: the combined score, and its data and self-assessed parts. */
export function MaturityRadar({ scores, height = 300 }: { scores: MaturityScore[]; height?: number }) {
  const data = scores.map((s) => ({
    capability: MATURITY_LABELS[s.capability],
    Score: round(s.score),
    'From the data': round(s.dataScore),
    'Self-assessed': round(s.selfScore),
  }));
  const cell = (v: number | null) => (v === null ? null : Math.round(v));
  return (
    <ChartFigure
      label={`Capability maturity: ${scores
        .map(
          (s) =>
            `${MATURITY_LABELS[s.capability]} ${s.score === null ? 'too early to tell' : Math.round(s.score)}`,
        )
        .join(', ')}`}
      columns={['Capability', 'Score', 'From the data', 'Self-assessed']}
      rows={scores.map((s) => [
        MATURITY_LABELS[s.capability],
        cell(s.score),
        cell(s.dataScore),
        cell(s.selfScore),
      ])}
    >
      <RadarChart
        h={height}
        data={data}
        dataKey="capability"
        withLegend
        withPolarRadiusAxis
        polarRadiusAxisProps={{ domain: [0, 100], tick: false, axisLine: false }}
        polarAngleAxisProps={{ tick: <WrappedTick /> }}
        radarChartProps={{ outerRadius: '62%' }}
        series={[
          { name: 'Score', color: 'teal.6', opacity: 0.35 },
          { name: 'From the data', color: 'blue.5', opacity: 0.08 },
          { name: 'Self-assessed', color: 'grape.5', opacity: 0.08 },
        ]}
      />
    </ChartFigure>
  );
}
