import { Anchor, Group, Select, Stack } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { planningApi } from '../../api/planning';
import { EmptyNote } from '../../components/EmptyNote';
import { PageHeader } from '../../components/PageHeader';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { OptimizerCompare } from './OptimizerCompare';
import { type FormValues, OptimizerForm, toParameters } from './OptimizerForm';
import { OptimizerResult } from './OptimizerResult';
import { formatValue } from './planning-format';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/**
 * /sequencing/optimizer: run the next-step optimizer beside the greedy plan, see why each deferred step
 * waits, and compare a what-if run (other capacities or weights) with an earlier one.
 */
export function OptimizerPage() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<FormValues>({
    startMonth: thisMonth(),
    horizonMonths: 12,
    discountPercent: 1,
    maxConcurrent: 3,
    timeLimitSeconds: 5,
    confidenceWeight: 1,
    capacities: {},
  });
  const [selected, setSelected] = useState<string | null>(null);
  const [compareWith, setCompareWith] = useState<string | null>(null);
  const runs = useQuery({ queryKey: orgKey('planning', 'runs'), queryFn: () => planningApi.runs(20) });
  const shownId = selected ?? runs.data?.items[0]?.id ?? null;
  const shown = useQuery({
    queryKey: orgKey('planning', 'run', shownId),
    queryFn: () => planningApi.get(shownId!),
    enabled: shownId !== null,
  });
  const other = useQuery({
    queryKey: orgKey('planning', 'run', compareWith),
    queryFn: () => planningApi.get(compareWith!),
    enabled: compareWith !== null,
  });
  // The form starts from the shown run's parameters once, so a what-if changes one thing at a time.
  const [seeded, setSeeded] = useState(false);
  useEffect(() => {
    if (seeded || !shown.data) return;
    const p = shown.data.parameters as Partial<Record<string, number>> & { weights?: { confidence: number } };
    setValues((v) => ({
      ...v,
      startMonth: shown.data.startMonth,
      horizonMonths: p.horizonMonths ?? v.horizonMonths,
      discountPercent: (p.discountRate ?? v.discountPercent / 100) * 100,
      maxConcurrent: p.maxConcurrent ?? v.maxConcurrent,
      timeLimitSeconds: p.timeLimitSeconds ?? v.timeLimitSeconds,
      confidenceWeight: p.weights?.confidence ?? v.confidenceWeight,
    }));
    setSeeded(true);
  }, [seeded, shown.data]);

  const run = useMutation({
    mutationFn: () => planningApi.run(toParameters(values)),
    onSuccess: async (created) => {
      const previous = shownId;
      queryClient.setQueryData(orgKey('planning', 'run', created.id), created);
      await queryClient.invalidateQueries({ queryKey: orgKey('planning', 'runs') });
      setSelected(created.id);
      setCompareWith(previous);
    },
  });

  const label = (r: { createdAt: string; value: number; createdByName: string }) =>
    `${formatDateTime(r.createdAt)} · value ${formatValue(r.value)} · ${r.createdByName}`;
  const options = (runs.data?.items ?? []).map((r) => ({ value: r.id, label: label(r) }));

  return (
    <Stack gap="lg">
      <PageHeader
        title="Next-step optimizer"
        description="Which expansion steps to take, and when, so the most valuable ones happen first without pushing any team past its change capacity. The greedy plan — rank by score, take each where it fits — is shown beside it."
        actions={
          <Group gap="md">
            <Anchor component={Link} to="/sequencing">
              Sequencing
            </Anchor>
            <Anchor
              component={Link}
              to={shownId ? `/sequencing/roadmap?run=${shownId}` : '/sequencing/roadmap'}
            >
              Roadmap
            </Anchor>
          </Group>
        }
      />
      <OptimizerForm
        values={values}
        onChange={setValues}
        units={shown.data?.units ?? []}
        running={run.isPending}
        error={run.error}
        onRun={() => run.mutate()}
      />
      {runs.isPending ? (
        <TableSkeleton />
      ) : runs.isError ? (
        <QueryError error={runs.error} onRetry={() => runs.refetch()} />
      ) : runs.data.items.length === 0 ? (
        <EmptyNote
          title="No runs yet"
          description="Run the optimizer to see which next steps to take and when, beside the greedy plan."
        />
      ) : (
        <>
          <Group gap="md" align="flex-end">
            <Select
              label="Run shown"
              data={options}
              value={shownId}
              onChange={setSelected}
              allowDeselect={false}
              w={380}
            />
            <Select
              label="Compare with"
              placeholder="Another run"
              data={options.filter((o) => o.value !== shownId)}
              value={compareWith}
              onChange={setCompareWith}
              clearable
              w={380}
            />
          </Group>
          {compareWith && shown.data && other.data && <OptimizerCompare a={other.data} b={shown.data} />}
          {shown.isPending ? (
            <TableSkeleton />
          ) : shown.isError ? (
            <QueryError error={shown.error} onRetry={() => shown.refetch()} />
          ) : (
            <OptimizerResult run={shown.data} />
          )}
        </>
      )}
    </Stack>
  );
}
