import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { learningApi } from '../../api/learning';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { LearningNav } from './LearningNav';
import {
  DESIGN_LABELS,
  EXPERIMENT_COLORS,
  RESULT_COLORS,
  RecordInsightButton,
  StatusBadge,
  words,
} from './parts';
import { RecordResultForm } from './RecordResultForm';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

export function ExperimentPage() {
  const { experimentId = '' } = useParams();
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const experiment = useQuery({
    queryKey: orgKey('experiment', experimentId),
    queryFn: () => learningApi.experiment(experimentId),
  });
  const options = useQuery({ queryKey: orgKey('learning-options'), queryFn: learningApi.options });
  if (experiment.isPending) return <PageSkeleton />;
  if (experiment.isError) return <QueryError error={experiment.error} onRetry={() => experiment.refetch()} />;
  const e = experiment.data;
  const application = options.data?.applications.find((a) => a.id === e.applicationId);
  const canContribute = can('learning', 'contributor');
  return (
    <Stack gap="lg">
      <LearningNav />
      <Group justify="space-between" align="flex-start">
        <Stack gap={6} maw={760}>
          <Text size="sm" c="dimmed">
            Experiment
          </Text>
          <Title order={1} size="h2">
            {e.title}
          </Title>
          <Group gap="xs">
            <StatusBadge status={e.status} color={EXPERIMENT_COLORS[e.status]} />
            {e.result && <StatusBadge status={e.result} color={RESULT_COLORS[e.result]} />}
          </Group>
        </Stack>
        {canContribute && e.result && <RecordInsightButton supportingExperimentId={e.id} />}
      </Group>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Fact label="Hypothesis">{e.hypothesis}</Fact>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Fact label="Application">{application?.name ?? '—'}</Fact>
            <Fact label="Stage">{words(e.stage)}</Fact>
            <Fact label="Design">{DESIGN_LABELS[e.design]}</Fact>
            <Fact label="Runs">
              {formatDate(e.startsOn)} – {e.endsOn ? formatDate(e.endsOn) : 'ongoing'}
            </Fact>
          </SimpleGrid>
          {e.approaches.length > 0 && <Fact label="Approaches">{e.approaches.join(' vs. ')}</Fact>}
          <Group gap={6}>
            {e.metrics.map((m) => (
              <Badge key={m.name} variant="default">
                {m.name} {m.direction === 'increase' ? '↑' : '↓'}
              </Badge>
            ))}
          </Group>
        </Stack>
      </Paper>
      {e.result ? (
        <Paper withBorder p="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              Result: {e.result}
            </Title>
            {e.numbers.length > 0 && (
              <Table withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Metric</Table.Th>
                    <Table.Th>Baseline</Table.Th>
                    <Table.Th>Observed</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {e.numbers.map((n) => (
                    <Table.Tr key={n.metric}>
                      <Table.Td>{n.metric}</Table.Td>
                      <Table.Td>{n.baseline ?? '—'}</Table.Td>
                      <Table.Td>{n.observed ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {e.resultNote && <Fact label="What we saw">{e.resultNote}</Fact>}
            <Fact label="Decision taken">{e.decision}</Fact>
            <Text size="xs" c="dimmed">
              Recorded {formatDate(e.resultRecordedAt)} ·{' '}
              <Anchor component={Link} to="/learning" size="xs">
                back to learning
              </Anchor>
            </Text>
          </Stack>
        </Paper>
      ) : canContribute && e.status === 'running' ? (
        <RecordResultForm experiment={e} />
      ) : (
        <Text c="dimmed" size="sm">
          No result yet.
        </Text>
      )}
    </Stack>
  );
}
