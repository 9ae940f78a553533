import '@mantine/charts/styles.css';
import { RadarChart } from '@mantine/charts';
import { MATURITY_LABELS } from '@trellis/core';
import type { MaturityScore } from '../../api/diagnostic';
import { ChartFigure } from '../../components/ChartFigure';

const round = (v: number | null) => (v === null ? 0 : Math.round(v));

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
        series={[
          { name: 'Score', color: 'teal.6', opacity: 0.35 },
          { name: 'From the data', color: 'blue.5', opacity: 0.08 },
          { name: 'Self-assessed', color: 'grape.5', opacity: 0.08 },
        ]}
      />
    </ChartFigure>
  );
}
