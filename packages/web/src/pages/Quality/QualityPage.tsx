import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'react-router';
import { api, type Workflow } from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { CreateWorkflowModal } from './CreateWorkflowModal';
import { describeStandard } from './format';

function WorkflowCard({ workflow, canReview }: { workflow: Workflow; canReview: boolean }) {
  const base = `/quality/${workflow.id}`;
  const { standard } = workflow;
  return (
    <Card withBorder padding="lg" data-testid={`workflow-${workflow.name}`}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} size="lg">
            {workflow.name}
          </Text>
          {standard ? (
            <Badge variant="light">v{standard.version}</Badge>
          ) : (
            <Badge variant="light" color="gray">
              No standard
            </Badge>
          )}
        </Group>
        {workflow.description && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {workflow.description}
          </Text>
        )}
        <Text size="sm">
          {standard
            ? `${describeStandard(standard)} · ${standard.criteria.length} criteria`
            : 'Set a quality standard before logging outputs: a rubric, a defect rule and a limit.'}
        </Text>
        <Text size="xs" c="dimmed">
          Created {formatDate(workflow.createdAt)}
        </Text>
        <Group gap="xs" mt="auto">
          {canReview && standard && (
            <Button
              component={Link}
              to={`${base}/review`}
              size="xs"
              leftSection={<Icon name="queue" size={14} />}
            >
              Open queue
            </Button>
          )}
          <Button
            component={Link}
            to={base}
            size="xs"
            variant="light"
            leftSection={<Icon name="chart" size={14} />}
          >
            Dashboard
          </Button>
          <Button component={Link} to={`${base}/outputs`} size="xs" variant="default">
            Outputs
          </Button>
          <Button component={Link} to={`${base}/standard`} size="xs" variant="default">
            Standard
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function QualityPage() {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const [creating, create] = useDisclosure();
  const workflows = usePagedList(orgKey('workflows'), api.workflows);
  const canLead = can('quality', 'lead');

  return (
    <Stack gap="lg">
      <PageHeader
        title="Quality"
        description="Each workflow has a quality standard: a rubric, what counts as a defect, and a limit on the defects that get through unreviewed. Trellis decides which outputs people review so the limit holds, and raises an alarm when quality drifts."
        actions={
          <>
            <Button component={Link} to="/quality/otlp-routing" variant="default">
              OTLP routing
            </Button>
            {canLead && (
              <Button leftSection={<Icon name="plus" size={16} />} onClick={create.open}>
                New workflow
              </Button>
            )}
          </>
        }
      />
      {workflows.isPending ? (
        <TableSkeleton />
      ) : workflows.isError ? (
        <QueryError error={workflows.error} onRetry={() => workflows.refetch()} />
      ) : workflows.items.length === 0 ? (
        <EmptyNote
          title="No workflows yet"
          description={
            canLead
              ? 'Create a workflow for each AI task whose outputs people should check, then set its quality standard.'
              : 'A lead creates a workflow for each AI task whose outputs people should check.'
          }
          action={
            canLead && (
              <Button mt="xs" variant="light" onClick={create.open}>
                Create the first workflow
              </Button>
            )
          }
        />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {workflows.items.map((workflow) => (
            <WorkflowCard key={workflow.id} workflow={workflow} canReview={can('quality', 'reviewer')} />
          ))}
        </SimpleGrid>
      )}
      <LoadMore {...workflows} />
      <CreateWorkflowModal opened={creating} onClose={create.close} />
    </Stack>
  );
}
