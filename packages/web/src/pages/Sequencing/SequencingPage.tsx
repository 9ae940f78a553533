import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { Link } from 'react-router';
import {
  OUTCOME_COLORS,
  OUTCOME_LABELS,
  type PlanSummary,
  STATUS_LABELS,
  sequencingApi,
} from '../../api/sequencing';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { NewPlanModal } from './NewPlanModal';

const PLAN_STATUS: Record<PlanSummary['status'], string> = {
  draft: 'Draft',
  active: 'Active',
  completed: 'Completed',
  rolled_back: 'Rolled back',
};

export function GateBadge({ gate }: { gate: PlanSummary['gate'] }) {
  if (!gate)
    return (
      <Text size="sm" c="dimmed">
        No stage running
      </Text>
    );
  if (gate.status === 'not_enough_evidence' && gate.recommendation === 'hold')
    return (
      <Badge color="gray" variant="light">
        {STATUS_LABELS.not_enough_evidence}
      </Badge>
    );
  return (
    <Badge color={OUTCOME_COLORS[gate.recommendation]} variant="light">
      {OUTCOME_LABELS[gate.recommendation]}
    </Badge>
  );
}

/** Deliberate sequencing: every application's expansion plan, where it stands and what its gate says. */
export function SequencingPage() {
  const orgKey = useOrgKey();
  const { can } = useOrganization();
  const canLead = can('sequencing', 'lead');
  const [creating, create] = useDisclosure();
  const plans = useQuery({
    queryKey: orgKey('sequencing', 'plans'),
    queryFn: () => sequencingApi.listPlans(),
  });
  return (
    <Stack gap="lg">
      <PageHeader
        title="Sequencing"
        description="Scale what worked one step at a time: each application's expansion plan, the evidence gate of the stage that runs, and what the gate recommends."
      />
      <Group>
        {canLead && <Button onClick={create.open}>New plan</Button>}
        <Button component={Link} to="/sequencing/optimizer" variant="default">
          Optimizer
        </Button>
        <Button component={Link} to="/sequencing/roadmap" variant="default">
          Roadmap
        </Button>
        <Button component={Link} to="/sequencing/templates" variant="subtle">
          Templates
        </Button>
      </Group>
      {plans.isPending ? (
        <TableSkeleton />
      ) : plans.isError ? (
        <QueryError error={plans.error} onRetry={() => plans.refetch()} />
      ) : plans.data.items.length === 0 ? (
        <EmptyNote
          title="No expansion plans yet"
          description="Make a plan for a pilot that worked: from a template such as pilot team → second team → department → organization, with the org units each stage reaches."
        />
      ) : (
        <Paper withBorder>
          <Table aria-label="Expansion plans" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Application</Table.Th>
                <Table.Th>Plan</Table.Th>
                <Table.Th>Current stage</Table.Th>
                <Table.Th>Gate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/sequencing/plans/${p.id}`} fw={500}>
                      {p.application.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      Lifecycle: {p.application.stage}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{PLAN_STATUS[p.status]}</Text>
                    <Text size="xs" c="dimmed">
                      {countNoun(p.stageCount, 'stage')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {p.currentStage ? (
                      <Text size="sm">
                        {p.currentStage.position}. {p.currentStage.name}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <GateBadge gate={p.gate} />
                    {p.gate && (
                      <Text size="xs" c="dimmed" maw={360}>
                        {p.gate.reason}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating && <NewPlanModal onClose={create.close} />}
    </Stack>
  );
}
