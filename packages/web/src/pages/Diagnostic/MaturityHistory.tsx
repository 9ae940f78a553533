import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Text } from '@mantine/core';
import { MATURITY_LABELS, maturityCapabilities } from '@trellis/core';
import type { MaturitySnapshot } from '../../api/diagnostic';
import { ChartFigure } from '../../components/ChartFigure';
import { formatDate } from '../../format';

const COLORS = ['teal.6', 'blue.6', 'orange.6', 'grape.6'];

/** Maturity over time: one point per snapshot (each self-assessment, and one a month). */
export function MaturityHistory({ history }: { history: MaturitySnapshot[] }) {
  if (history.length < 2)
    return (
      <Text size="sm" c="dimmed">
        {history.length === 0
          ? 'No snapshot yet.'
          : `One snapshot so far (${formatDate(history[0]!.createdAt)}). A point is added with each self-assessment and once a month.`}
      </Text>
    );
  const data = history.map((s) => ({
    date: `${formatDate(s.createdAt)}${s.reason === 'self_assessment' ? ' ✎' : ''}`,
    ...Object.fromEntries(
      s.scores.map((c) => [MATURITY_LABELS[c.capability], c.score === null ? null : Math.round(c.score)]),
    ),
  }));
  return (
    <Stack gap={4}>
      <ChartFigure
        label={`Maturity over time, ${data.length} snapshots from ${data[0]!.date} to ${data.at(-1)!.date}`}
        columns={['Snapshot', ...maturityCapabilities.map((c) => MATURITY_LABELS[c])]}
        rows={data.map((d) => [
          d.date,
          ...maturityCapabilities.map(
            (c) => (d as Record<string, string | number | null>)[MATURITY_LABELS[c]] ?? null,
          ),
        ])}
      >
        <LineChart
          h={220}
          data={data}
          dataKey="date"
          yAxisProps={{ domain: [0, 100] }}
          withLegend
          connectNulls
          series={maturityCapabilities.map((c, n) => ({ name: MATURITY_LABELS[c], color: COLORS[n]! }))}
        />
      </ChartFigure>
      <Text size="xs" c="dimmed">
        ✎ marks a self-assessment; the others are monthly snapshots.
      </Text>
    </Stack>
  );
}
