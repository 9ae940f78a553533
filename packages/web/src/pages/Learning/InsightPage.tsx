import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { learningApi } from '../../api/learning';
import { Icon } from '../../components/Icon';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { EvidenceTrail } from './EvidenceTrail';
import { LearningNav } from './LearningNav';
import { ProposalsPanel } from './ProposalsPanel';
import { INSIGHT_COLORS, StatusBadge } from './parts';

function FollowTags({ tags }: { tags: string[] }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const follows = useQuery({ queryKey: orgKey('follows'), queryFn: learningApi.follows });
  const follow = useMutation({
    mutationFn: (tag: string) => learningApi.follow({ kind: 'tag', target: tag }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKey('follows') }),
  });
  const followed = new Set((follows.data?.items ?? []).filter((f) => f.kind === 'tag').map((f) => f.target));
  return (
    <Group gap="xs">
      {tags.map((tag) =>
        followed.has(tag) ? (
          <Badge key={tag} variant="light" leftSection={<Icon name="check" size={12} />}>
            #{tag} followed
          </Badge>
        ) : (
          <Button key={tag} size="compact-xs" variant="outline" onClick={() => follow.mutate(tag)}>
            Follow #{tag}
          </Button>
        ),
      )}
    </Group>
  );
}

function DecisionBar({ insightId, status }: { insightId: string; status: string }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (next: 'confirmed' | 'rejected') =>
      learningApi.decideInsight(insightId, { status: next, note }),
    onSuccess: (updated) => {
      queryClient.setQueryData(orgKey('insight', insightId), updated);
      void queryClient.invalidateQueries({ queryKey: orgKey('insights') });
    },
  });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Textarea
          label="Decision note"
          autosize
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group gap="xs">
          {status === 'emerging' && (
            <Button onClick={() => decide.mutate('confirmed')} loading={decide.isPending}>
              Confirm insight
            </Button>
          )}
          <Button variant="default" onClick={() => decide.mutate('rejected')} loading={decide.isPending}>
            Reject insight
          </Button>
        </Group>
        {decide.isError && <QueryError error={decide.error} title="Not changed" />}
      </Stack>
    </Paper>
  );
}

export function InsightPage() {
  const { insightId = '' } = useParams();
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const insight = useQuery({
    queryKey: orgKey('insight', insightId),
    queryFn: () => learningApi.insight(insightId),
  });
  if (insight.isPending) return <PageSkeleton />;
  if (insight.isError) return <QueryError error={insight.error} onRetry={() => insight.refetch()} />;
  const i = insight.data;
  return (
    <Stack gap="lg">
      <LearningNav />
      <Stack gap={6} maw={860}>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Insight
          </Text>
          <StatusBadge status={i.status} color={INSIGHT_COLORS[i.status]} />
        </Group>
        <Title order={1} size="h2" data-testid="insight-statement">
          {i.statement}
        </Title>
        {i.detail && <Text>{i.detail}</Text>}
        <FollowTags tags={i.tags} />
        <Text size="sm" c="dimmed">
          {[
            i.units.length ? `Applies to ${i.units.map((u) => u.name).join(', ')}` : null,
            i.workflowKinds.length ? `Workflows: ${i.workflowKinds.join(', ')}` : null,
            `Recorded ${formatDate(i.createdAt)}`,
            i.decidedBy ? `${i.status} by ${i.decidedBy.name} on ${formatDate(i.decidedAt)}` : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {i.decisionNote && (
          <Text size="sm" fs="italic">
            “{i.decisionNote}”
          </Text>
        )}
      </Stack>
      {can('learning', 'lead') && i.status !== 'rejected' && (
        <DecisionBar insightId={i.id} status={i.status} />
      )}
      <EvidenceTrail insight={i} canAdd={can('learning', 'contributor')} />
      <ProposalsPanel insight={i} />
    </Stack>
  );
}
