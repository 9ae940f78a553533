import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun, MODE_LABELS } from '@trellis/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ApplicationTasks, decisionsApi } from '../../api/decisions';
import { EmptyNote } from '../../components/EmptyNote';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { BoundaryModal } from './BoundaryModal';
import { DecisionsHeader } from './DecisionsHeader';
import { percent } from './format';

type Task = ApplicationTasks['tasks'][number];

function TaskCard({ task, canSet, onSet }: { task: Task; canSet: boolean; onSet: () => void }) {
  const { workflow, boundary, quality } = task;
  return (
    <Card withBorder padding="lg" data-testid={`task-${workflow.name}`}>
      <Stack gap="xs" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600}>{workflow.name}</Text>
          {boundary ? (
            <Badge>{MODE_LABELS[boundary.mode]}</Badge>
          ) : (
            <Badge color="gray" variant="outline">
              Not set
            </Badge>
          )}
        </Group>
        {boundary ? (
          <>
            <Text size="sm">“{boundary.rationale}”</Text>
            <Text size="xs" c="dimmed">
              {boundary.decidedBy}, {formatDate(boundary.createdAt)} · review on{' '}
              {formatDate(boundary.reviewOn)}
              {boundary.mode !== boundary.recommended
                ? ` · recommended: ${MODE_LABELS[boundary.recommended]}`
                : ''}
            </Text>
            <Text size="xs">QA: {boundary.qaDefault.summary}</Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No automation boundary yet: answer the questionnaire to get a recommendation.
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {quality.hasStandard
            ? `Quality standard set · ${quality.reviewed} sampled reviews${quality.outgoingUpper !== null && quality.outgoingLimit !== null ? ` · outgoing defects ≤ ${percent(quality.outgoingUpper)} (limit ${percent(quality.outgoingLimit)})` : ''}${quality.openAlarms ? ` · ${countNoun(quality.openAlarms, 'open alarm')}` : ''}`
            : 'No quality standard: “Automate” is not available until one is set.'}
        </Text>
        {canSet && (
          <Group mt="auto">
            <Button size="xs" variant="light" onClick={onSet}>
              {boundary ? 'Review boundary' : 'Set boundary'}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Per task of an application: automate, AI drafts + a person approves, AI assists, or people only. */
export function BoundariesPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [params, setParams] = useSearchParams();
  const applicationId = params.get('application');
  const [editing, setEditing] = useState<Task | null>(null);
  const apps = useQuery({ queryKey: orgKey('decision-apps'), queryFn: decisionsApi.applications });
  const tasks = useQuery({
    queryKey: orgKey('decision-tasks', applicationId),
    queryFn: () => decisionsApi.tasks(applicationId!),
    enabled: applicationId !== null,
  });
  return (
    <Stack gap="lg">
      <DecisionsHeader description="Decide, task by task, what the AI does alone and what stays with people. The questionnaire recommends a mode from the cost of errors, reversibility, judgment, regulation, volume and the task’s QA evidence; you record the choice with a rationale and a date to look at it again." />
      <Select
        label="Application"
        placeholder="Pick an application"
        searchable
        maw={420}
        value={applicationId}
        onChange={(v) => setParams(v ? { application: v } : {})}
        data={(apps.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
      />
      {applicationId === null ? (
        <EmptyNote
          title="Pick an application"
          description="Its tasks are the workflows registered under it."
        />
      ) : tasks.isPending ? (
        <TableSkeleton />
      ) : tasks.isError ? (
        <QueryError error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.data.tasks.length === 0 ? (
        <EmptyNote title="No tasks" description="This application has no workflows yet." />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {tasks.data.tasks.map((t) => (
            <TaskCard
              key={t.workflow.id}
              task={t}
              canSet={can('decisions', 'lead')}
              onSet={() => setEditing(t)}
            />
          ))}
        </SimpleGrid>
      )}
      <BoundaryModal
        key={editing?.workflow.id ?? 'closed'}
        workflow={editing?.workflow ?? null}
        current={
          editing?.boundary ? { answers: editing.boundary.answers, mode: editing.boundary.mode } : null
        }
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
