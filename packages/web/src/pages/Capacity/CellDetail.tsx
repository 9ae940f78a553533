import { Badge, Group, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { capacityApi, type HeatmapCell, type OrgUnit } from '../../api/capacity';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { ASPECT_LABEL, formatPoints, formatRatio, STATUS_COLOR, STATUS_LABEL } from './format';

/** One heatmap cell: load against capacity, the absorption score with its factors, and the changes behind it. */
export function CellDetail({ unit, cell }: { unit: OrgUnit; cell: HeatmapCell }) {
  const orgKey = useOrgKey();
  const changes = useQuery({
    queryKey: orgKey('capacity', 'cell', unit.id, cell.month),
    queryFn: () => capacityApi.heatmapCell(unit.id, cell.month),
  });
  const absorption = useQuery({
    queryKey: orgKey('capacity', 'absorption', unit.id, cell.month),
    queryFn: () => capacityApi.absorption(unit.id, cell.month, 1),
  });
  const score = absorption.data?.items[0];
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge color={STATUS_COLOR[cell.status]} variant="light" size="lg">
          {STATUS_LABEL[cell.status]}
        </Badge>
        <Text size="sm">
          {formatPoints(cell.load)} of {formatPoints(cell.capacity)} points ({formatRatio(cell.ratio)}); red
          above {Math.round(unit.redThreshold * 100)}%
        </Text>
      </Group>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Absorption score
        </Title>
        {absorption.isError ? (
          <QueryError error={absorption.error} />
        ) : !score ? (
          <Skeleton h={60} />
        ) : (
          <Stack gap={6} aria-label="Absorption score">
            <Group gap="xs" align="baseline">
              <Text fz={32} fw={700} lh={1}>
                {score.score}
              </Text>
              <Text size="sm" c="dimmed">
                of 100
              </Text>
            </Group>
            <Progress
              value={score.score}
              color={score.score >= 50 ? 'teal' : score.score >= 25 ? 'yellow' : 'red'}
            />
            {score.factors.map((f) => (
              <Text key={f.factor} size="sm">
                <b>{f.factor === 'headroom' ? 'Headroom' : 'Pulse'}</b> {f.value} × {f.weight}: {f.detail}
              </Text>
            ))}
            {score.factors.length === 1 && (
              <Text size="xs" c="dimmed">
                No pulse shown for this unit yet (a closed round with at least 3 respondents).
              </Text>
            )}
          </Stack>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Changes behind this month
        </Title>
        {changes.isError ? (
          <QueryError error={changes.error} />
        ) : !changes.data ? (
          <Skeleton h={80} />
        ) : changes.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No change is active in this month.
          </Text>
        ) : (
          <Table aria-label="Changes behind the cell">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Change</Table.Th>
                <Table.Th>Unit</Table.Th>
                <Table.Th ta="right">Load</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {c.title}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {Object.entries(c.aspects)
                        .map(([a, m]) => `${ASPECT_LABEL[a] ?? a} ${m}`)
                        .join(' · ')}{' '}
                      · {countNoun(c.peopleAffected, 'person', 'people')} · {c.startDate} → {c.endDate}
                    </Text>
                  </Table.Td>
                  <Table.Td>{c.unitName}</Table.Td>
                  <Table.Td ta="right">{formatPoints(c.load)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
