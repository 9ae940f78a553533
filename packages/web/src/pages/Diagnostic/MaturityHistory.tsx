import { Stack, Text } from '@mantine/core';
import { MATURITY_LABELS, type MaturityCapability, maturityCapabilities } from '@trellis/core';
import type { MaturitySnapshot } from '../../api/diagnostic';
import { ChartFigure } from '../../components/ChartFigure';
import { LineChart } from '../../components/charts/LineChart';
import { formatDate } from '../../format';

const COLORS = ['teal.6', 'blue.6', 'orange.6', 'grape.6'];

/** A snapshot's rounded score for one capability; null while it is too early to tell. */
const scoreOf = (snapshot: MaturitySnapshot, capability: MaturityCapability) => {
  const score = snapshot.scores.find((s) => s.capability === capability)?.score ?? null;
  return score === null ? null : Math.round(score);
};

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
  const dates = history.map((s) => `${formatDate(s.createdAt)}${s.reason === 'self_assessment' ? ' ✎' : ''}`);
  return (
    <Stack gap={4}>
      <ChartFigure
        label={`Maturity over time, ${dates.length} snapshots from ${dates[0]} to ${dates.at(-1)}`}
        columns={['Snapshot', ...maturityCapabilities.map((c) => MATURITY_LABELS[c])]}
        rows={history.map((s, i) => [dates[i]!, ...maturityCapabilities.map((c) => scoreOf(s, c))])}
      >
        <LineChart
          height={220}
          categories={dates}
          yDomain={[0, 100]}
          withLegend
          connectNulls
          series={maturityCapabilities.map((c, n) => ({
            name: MATURITY_LABELS[c],
            color: COLORS[n]!,
            values: history.map((s) => scoreOf(s, c)),
          }))}
        />
      </ChartFigure>
      <Text size="xs" c="dimmed">
        ✎ marks a self-assessment; the others are monthly snapshots.
      </Text>
    </Stack>
  );
}
