import { MATURITY_LABELS } from '@trellis/core';
import type { MaturityScore } from '../../api/diagnostic';
import { ChartFigure } from '../../components/ChartFigure';
import { RadarChart } from '../../components/charts/RadarChart';

const round = (v: number | null) => (v === null ? 0 : Math.round(v));

/** The four infrastructure capabilities, 0–100: the combined score, and its data and self-assessed parts. */
export function MaturityRadar({ scores, height = 300 }: { scores: MaturityScore[]; height?: number }) {
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
        height={height}
        axes={scores.map((s) => MATURITY_LABELS[s.capability])}
        series={[
          { name: 'Score', color: 'teal.6', opacity: 0.35, values: scores.map((s) => round(s.score)) },
          {
            name: 'From the data',
            color: 'blue.5',
            opacity: 0.08,
            values: scores.map((s) => round(s.dataScore)),
          },
          {
            name: 'Self-assessed',
            color: 'grape.5',
            opacity: 0.08,
            values: scores.map((s) => round(s.selfScore)),
          },
        ]}
      />
    </ChartFigure>
  );
}
