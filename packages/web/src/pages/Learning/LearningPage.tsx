import { Anchor, Button, Card, CloseButton, Group, Paper, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type Experiment, type Insight, learningApi } from '../../api/learning';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { DigestEmailLog, DigestEmailPreference } from './DigestEmail';
import { LearningNav } from './LearningNav';
import { LogExperimentModal } from './LogExperimentModal';
import {
  EXPERIMENT_COLORS,
  INSIGHT_COLORS,
  RESULT_COLORS,
  RecordInsightButton,
  StatusBadge,
  TagList,
} from './parts';

function InsightRow({ insight }: { insight: Insight }) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Anchor component={Link} to={`/learning/insights/${insight.id}`} fw={600}>
            {insight.statement}
          </Anchor>
          <TagList tags={insight.tags} />
        </Stack>
        <Stack gap={4} align="flex-end">
          <StatusBadge status={insight.status} color={INSIGHT_COLORS[insight.status]} />
          <Text size="xs" c="dimmed">
            {formatDate(insight.createdAt)}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

function ExperimentRow({ experiment }: { experiment: Experiment }) {
  return (
    <Card withBorder padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Anchor component={Link} to={`/learning/experiments/${experiment.id}`} fw={600}>
            {experiment.title}
          </Anchor>
          <Text size="sm" c="dimmed" lineClamp={2}>
            {experiment.hypothesis}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <StatusBadge status={experiment.status} color={EXPERIMENT_COLORS[experiment.status]} />
          {experiment.result && (
            <StatusBadge status={experiment.result} color={RESULT_COLORS[experiment.result]} />
          )}
        </Group>
      </Group>
    </Card>
  );
}

function Following() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const follows = useQuery({ queryKey: orgKey('follows'), queryFn: learningApi.follows });
  const options = useQuery({ queryKey: orgKey('learning-options'), queryFn: learningApi.options });
  const unfollow = useMutation({
    mutationFn: learningApi.unfollow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('follows') }),
  });
  if (follows.isError) return <QueryError error={follows.error} onRetry={() => follows.refetch()} />;
  const items = follows.data?.items ?? [];
  const nameOf = (kind: string, target: string) =>
    kind === 'tag'
      ? `#${target}`
      : ((kind === 'unit' ? options.data?.units : options.data?.applications)?.find((x) => x.id === target)
          ?.name ?? target);
  if (!items.length)
    return (
      <EmptyNote
        title="You follow nothing yet"
        description="Follow a tag on an insight, or an application, and its news reaches your weekly digest."
      />
    );
  return (
    <Stack gap="xs">
      {items.map((f) => (
        <Paper key={f.id} withBorder p="sm">
          <Group justify="space-between">
            <Text size="sm">
              <Text span c="dimmed">
                {f.kind === 'tag' ? 'Tag' : f.kind === 'unit' ? 'Org unit' : 'Application'}:{' '}
              </Text>
              {nameOf(f.kind, f.target)}
            </Text>
            <CloseButton
              aria-label={`Unfollow ${nameOf(f.kind, f.target)}`}
              onClick={() => unfollow.mutate(f.id)}
            />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

export function LearningPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [logging, logExperiment] = useDisclosure();
  const [query, setQuery] = useState('');
  const insights = usePagedList(orgKey('insights', 'all'), (cursor) => learningApi.insights({}, cursor));
  const experiments = usePagedList(orgKey('experiments', 'all'), learningApi.experiments);
  const canContribute = can('learning', 'contributor');
  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) navigate(`/learning/search?q=${encodeURIComponent(query.trim())}`);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Learning"
        description="Experiments from hypothesis to result to decision, insights with the evidence for and against them, and what changed because of them."
        actions={
          canContribute && (
            <>
              <Button
                variant="light"
                leftSection={<Icon name="plus" size={16} />}
                onClick={logExperiment.open}
              >
                Log experiment
              </Button>
              <RecordInsightButton />
            </>
          )
        }
      />
      <LearningNav />
      <form onSubmit={submitSearch} aria-label="Quick search">
        <Group align="flex-end">
          <TextInput
            label="Search what we learned"
            placeholder="e.g. needs analysis interview"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit">Search</Button>
        </Group>
      </form>
      <Tabs
        defaultValue={
          ['experiments', 'following'].includes(params.get('tab') ?? '') ? params.get('tab') : 'insights'
        }
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="insights">Insights</Tabs.Tab>
          <Tabs.Tab value="experiments">Experiments</Tabs.Tab>
          <Tabs.Tab value="following">Following</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="insights" pt="md">
          {insights.isPending ? (
            <TableSkeleton />
          ) : insights.isError ? (
            <QueryError error={insights.error} onRetry={() => insights.refetch()} />
          ) : insights.items.length === 0 ? (
            <EmptyNote
              title="No insights yet"
              description="Record what an experiment, a review or a retrospective taught you; a lead confirms it once the evidence holds."
            />
          ) : (
            <Stack gap="xs">
              {insights.items.map((i) => (
                <InsightRow key={i.id} insight={i} />
              ))}
              <LoadMore {...insights} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="experiments" pt="md">
          {experiments.isPending ? (
            <TableSkeleton />
          ) : experiments.isError ? (
            <QueryError error={experiments.error} onRetry={() => experiments.refetch()} />
          ) : experiments.items.length === 0 ? (
            <EmptyNote
              title="No experiments yet"
              description="Log an experiment for an application: a hypothesis, a design and the metrics that will tell."
            />
          ) : (
            <Stack gap="xs">
              {experiments.items.map((e) => (
                <ExperimentRow key={e.id} experiment={e} />
              ))}
              <LoadMore {...experiments} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="following" pt="md">
          <Stack gap="md">
            <DigestEmailPreference />
            <Following />
            {can('learning', 'admin') && <DigestEmailLog />}
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <LogExperimentModal opened={logging} onClose={logExperiment.close} />
    </Stack>
  );
}
