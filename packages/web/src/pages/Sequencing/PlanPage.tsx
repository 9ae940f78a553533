import { Anchor, Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type ExpansionPlan,
  OUTCOME_LABELS,
  type PlanStage,
  STAGE_STATUS_LABELS,
  type StageUnit,
  sequencingApi,
} from '../../api/sequencing';
import { PageHeader } from '../../components/PageHeader';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { criteriaText } from './CriteriaEditor';
import { DecideModal } from './DecideModal';
import { GatePanel } from './GatePanel';
import { AdoptionModal, StartModal } from './StageActions';
import { StageEditModal } from './StageEditModal';

const STAGE_COLORS: Record<PlanStage['status'], string> = {
  planned: 'gray',
  running: 'blue',
  completed: 'teal',
  rolled_back: 'red',
};

function StageCard({
  stage,
  plan,
  canLead,
  onAdoption,
}: {
  stage: PlanStage;
  plan: ExpansionPlan;
  canLead: boolean;
  onAdoption: (unit: StageUnit) => void;
}) {
  const day = (iso: string | null) => (iso ? new Date(iso).toISOString().slice(0, 10) : null);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={600}>{stage.name}</Text>
        <Badge color={STAGE_COLORS[stage.status]} variant="light">
          {STAGE_STATUS_LABELS[stage.status]}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {countNoun(stage.durationMonths, 'month')} · {stage.changeLoad} change points a month per unit
        {stage.expectedValue ? ` · value ${stage.expectedValue}` : ''}
        {stage.startedAt ? ` · started ${day(stage.startedAt)}` : ''}
        {stage.endedAt ? ` · ended ${day(stage.endedAt)}` : ''}
      </Text>
      <Group gap={6}>
        {stage.units.length === 0 && (
          <Text size="sm" c="orange">
            No org units yet
          </Text>
        )}
        {stage.units.map((u) => (
          <Badge key={u.orgUnitId} variant="outline" color="gray" tt="none">
            {u.name}
            {u.activeUsers !== null ? ` · ${u.activeUsers}/${u.headcount} active` : ''}
          </Badge>
        ))}
        {canLead &&
          (stage.status === 'running' || stage.status === 'completed') &&
          stage.units.map((u) => (
            <Button key={u.orgUnitId} size="compact-xs" variant="subtle" onClick={() => onAdoption(u)}>
              Report adoption: {u.name}
            </Button>
          ))}
      </Group>
      {stage.dependsOn.length > 0 && (
        <Text size="xs">
          After:{' '}
          {stage.dependsOn
            .map((d) => `${d.applicationName}: ${d.stageName} (${d.status.replace('_', ' ')})`)
            .join(', ')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {criteriaText(stage.criteria)}
      </Text>
      {plan.decisions
        .filter((d) => d.stageId === stage.id)
        .map((d) => (
          <Text key={d.id} size="xs">
            <b>{OUTCOME_LABELS[d.outcome]}</b> by {d.decidedByName} on {day(d.createdAt)}
            {d.outcome !== d.recommended
              ? ` (recommended ${OUTCOME_LABELS[d.recommended].toLowerCase()})`
              : ''}
            : {d.rationale}
          </Text>
        ))}
    </Stack>
  );
}

/** One application's expansion plan: its stages in order, the running stage's gate, and the actions. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const orgKey = useOrgKey();
  const { can } = useOrganization();
  const canLead = can('sequencing', 'lead');
  const [modal, setModal] = useState<'decide' | 'edit' | 'start' | null>(null);
  const [adoption, setAdoption] = useState<{ stage: PlanStage; unit: StageUnit } | null>(null);
  const plan = useQuery({
    queryKey: orgKey('sequencing', 'plan', planId),
    queryFn: () => sequencingApi.getPlan(planId),
  });
  if (plan.isPending) return <PageSkeleton />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => plan.refetch()} />;
  const p = plan.data;
  const running = p.stages.find((s) => s.status === 'running') ?? null;
  const next = p.gate?.nextStageId ? (p.stages.find((s) => s.id === p.gate!.nextStageId) ?? null) : null;
  const canStart =
    canLead &&
    !running &&
    p.status !== 'completed' &&
    p.status !== 'rolled_back' &&
    p.stages.some((s) => s.status === 'planned');
  const active = p.stages.findLastIndex((s) => s.status !== 'planned');
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/sequencing" size="sm">
        ← All plans
      </Anchor>
      <PageHeader
        title={`Expansion plan: ${p.application.name}`}
        description={`Lifecycle ${p.application.stage} · plan ${p.status.replace('_', ' ')} · version ${p.version}${p.locked ? ' · locked while a stage runs: changes go through a decision request' : ''}`}
      />
      <Group>
        {canStart && <Button onClick={() => setModal('start')}>Start next stage</Button>}
        {canLead && p.status !== 'completed' && (
          <Button variant="default" onClick={() => setModal('edit')}>
            {p.locked ? 'Propose a change' : 'Edit stages'}
          </Button>
        )}
        <Anchor component={Link} to={`/portfolio/${p.application.id}`} size="sm">
          Application record
        </Anchor>
      </Group>
      {p.gate && (
        <GatePanel
          gate={p.gate}
          nextName={next?.name ?? null}
          canDecide={canLead}
          onDecide={() => setModal('decide')}
        />
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          Stages
        </Title>
        <Timeline active={active} bulletSize={22} lineWidth={2} aria-label="Stages">
          {p.stages.map((s) => (
            <Timeline.Item
              key={s.id}
              bullet={<Text size="xs">{s.position}</Text>}
              color={STAGE_COLORS[s.status]}
            >
              <StageCard
                stage={s}
                plan={p}
                canLead={canLead}
                onAdoption={(unit) => setAdoption({ stage: s, unit })}
              />
            </Timeline.Item>
          ))}
        </Timeline>
      </Paper>
      {modal === 'decide' && p.gate && <DecideModal plan={p} onClose={() => setModal(null)} />}
      {modal === 'edit' && <StageEditModal plan={p} onClose={() => setModal(null)} />}
      {modal === 'start' && <StartModal plan={p} onClose={() => setModal(null)} />}
      {adoption && (
        <AdoptionModal
          plan={p}
          stage={adoption.stage}
          unit={adoption.unit}
          onClose={() => setAdoption(null)}
        />
      )}
    </Stack>
  );
}
