import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PlanningRun } from '../../api/planning';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { formatValue, roadmapState, runMonth, stepName } from './planning-format';
import { RoadmapGrid } from './RoadmapGrid';

const planned = (run: PlanningRun) => new Map(run.optimizer.scheduled.map((s) => [s.stageId, s.startMonth]));

function Roadmap({ run }: { run: PlanningRun }) {
  const [starts, setStarts] = useState(() => planned(run));
  const [announcement, setAnnouncement] = useState('');
  const state = useMemo(() => roadmapState(run, starts), [run, starts]);
  const baseline = useMemo(() => roadmapState(run, planned(run)), [run]);
  const change = state.value - baseline.value;
  const moved = [...starts].some(([id, m]) => planned(run).get(id) !== m);
  const steps = new Map(run.steps.map((s) => [s.stageId, s]));
  const names = new Map([...run.steps, ...run.excluded].map((s) => [s.stageId, stepName(s)]));

  const move = (stageId: string, month: number) => {
    const next = new Map(starts);
    next.set(stageId, month);
    setStarts(next);
    const after = roadmapState(run, next);
    const delta = after.value - baseline.value;
    setAnnouncement(
      `${stepName(steps.get(stageId)!)} now starts in ${runMonth(run, month)}. Value ${formatValue(after.value)} (${delta >= 0 ? '+' : '−'}${formatValue(Math.abs(delta))} against the optimizer's plan). ${
        after.problems.length === 0
          ? 'Every unit stays within its capacity.'
          : `${countNoun(after.problems.length, 'problem')}: ${after.problems[0]}.`
      }`,
    );
  };

  return (
    <Stack gap="md">
      <VisuallyHidden role="status" aria-live="polite" data-testid="roadmap-announcement">
        {announcement}
      </VisuallyHidden>
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Value of this schedule
            </Text>
            <Text fw={700} size="xl" data-testid="roadmap-value">
              {formatValue(state.value)}
            </Text>
            <Text
              size="sm"
              c={change < 0 ? 'red' : change > 0 ? 'teal' : 'dimmed'}
              data-testid="roadmap-value-change"
            >
              {moved
                ? `${change >= 0 ? '+' : '−'}${formatValue(Math.abs(change))} against the optimizer's plan (${formatValue(baseline.value)})`
                : "The optimizer's plan"}
            </Text>
          </Stack>
          <Button variant="default" onClick={() => setStarts(planned(run))} disabled={!moved}>
            Back to the optimizer's plan
          </Button>
        </Group>
        <Consequences
          color="red"
          title="This schedule breaks"
          label="Capacity consequences"
          items={state.problems}
        />
        <Consequences
          color="yellow"
          title="Over capacity before this schedule"
          label="Load already under way"
          intro="Changes already running take more than these units can absorb. No schedule can fix that; this one adds nothing there. Ease the running changes or raise the capacity on the Change capacity page."
          items={state.alreadyOver}
        />
      </Paper>
      {run.units.length === 0 ? (
        <EmptyNote
          title="Nothing scheduled"
          description="The run has no candidate steps: add stages to an expansion plan and run the optimizer again."
        />
      ) : (
        <RoadmapGrid run={run} starts={starts} state={state} onMove={move} />
      )}
      {run.optimizer.deferred.length > 0 && (
        <Paper withBorder p="md" radius="md">
          <Text fw={600} mb="xs">
            Not scheduled in this run
          </Text>
          <List size="sm" spacing={4}>
            {run.optimizer.deferred.map((d) => (
              <List.Item key={d.stageId}>
                <Text span fw={600} size="sm">
                  {names.get(d.stageId)}
                </Text>
                {' — '}
                {d.reason}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

/** /sequencing/roadmap: the latest (or chosen) run as a timeline by unit, with what-if moves in the browser. */
export function RoadmapPage() {
  const orgKey = useOrgKey();
  const [params] = useSearchParams();
  const chosen = params.get('run');
  // The latest run comes whole in one request (null before the optimizer's first run); a chosen one by its id.
  const latest = useQuery({ ...pageQueries.latestPlanningRun(orgKey), enabled: chosen === null });
  const picked = useQuery({ ...pageQueries.planningRun(orgKey, chosen ?? ''), enabled: chosen !== null });
  const query = chosen === null ? latest : picked;
  const run = chosen === null ? latest.data?.run : picked.data;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Roadmap"
        description="The optimizer's schedule by unit and month, with each unit's load against its change capacity. Move a step to see at once what it does to capacity and value; nothing is saved."
        actions={
          <Anchor component={Link} to="/sequencing/optimizer">
            Optimizer
          </Anchor>
        }
      />
      {query.isError ? (
        <QueryError error={query.error} onRetry={() => query.refetch()} />
      ) : run === null ? (
        <EmptyNote
          title="No optimizer run yet"
          description="Run the optimizer first; the roadmap shows its schedule."
          action={
            <Button component={Link} to="/sequencing/optimizer">
              Open the optimizer
            </Button>
          }
        />
      ) : run ? (
        <Roadmap key={run.id} run={run} />
      ) : (
        <TableSkeleton />
      )}
    </Stack>
  );
}

/** A list of what a schedule does to capacity, under a title; nothing when the list is empty. */
function Consequences(props: {
  color: string;
  title: string;
  label: string;
  intro?: string;
  items: string[];
}) {
  if (props.items.length === 0) return null;
  return (
    <Alert color={props.color} variant="light" mt="sm" title={props.title} aria-label={props.label}>
      {props.intro && (
        <Text size="sm" mb={4}>
          {props.intro}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {props.items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
