import { Alert, Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { PlanningRun } from '../../api/planning';
import { formatGap, formatValue, runMonth, stepName } from './planning-format';

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Deferred steps whose value × confidence is 0: no expected value set (core's describeDeferral wording). */
const valueless = (run: PlanningRun) =>
  run.optimizer.deferred.filter((d) => d.reason.startsWith('Not scheduled: its value × confidence is 0'))
    .length;

/** One run: both plans' value, the gap, each step's month in each plan, and why each deferred step waits. */
export function OptimizerResult({ run }: { run: PlanningRun }) {
  const greedyStart = new Map(run.greedy.scheduled.map((s) => [s.stageId, s.startMonth]));
  const optimizerStart = new Map(run.optimizer.scheduled.map((s) => [s.stageId, s.startMonth]));
  const ratio = run.greedy.value > 0 ? run.optimizer.value / run.greedy.value : null;
  const names = new Map([...run.steps, ...run.excluded].map((s) => [s.stageId, stepName(s)]));
  const month = (m: number | undefined) => (m === undefined ? 'deferred' : runMonth(run, m));
  const ordered = [...run.steps].sort(
    (a, b) =>
      (optimizerStart.get(a.stageId) ?? 999) - (optimizerStart.get(b.stageId) ?? 999) ||
      stepName(a).localeCompare(stepName(b)),
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Stat
          label="Optimizer value"
          value={formatValue(run.optimizer.value)}
          hint="value × confidence, discounted"
        />
        <Stat label="Greedy value" value={formatValue(run.greedy.value)} hint="rank by score, earliest fit" />
        <Stat label="Optimizer ÷ greedy" value={ratio === null ? '—' : `${ratio.toFixed(2)}×`} />
        <Stat
          label="Gap"
          value={formatGap(run.optimizer.gap)}
          hint={run.status === 'optimal' ? 'proven optimal' : 'stopped at the time limit'}
        />
        <Stat
          label="Solve time"
          value={`${(run.solveMs / 1000).toFixed(1)} s`}
          hint={`HiGHS, ${run.steps.length} candidates`}
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          Optimizer and greedy side by side
        </Title>
        {run.steps.length === 0 ? (
          <Text c="dimmed" size="sm">
            No planned stages to schedule: add stages to an expansion plan first.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped aria-label="Optimizer and greedy plans">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Step</Table.Th>
                  <Table.Th>Optimizer starts</Table.Th>
                  <Table.Th>Greedy starts</Table.Th>
                  <Table.Th ta="right">Value × confidence</Table.Th>
                  <Table.Th>Evidence</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((s) => {
                  const a = optimizerStart.get(s.stageId);
                  const b = greedyStart.get(s.stageId);
                  return (
                    <Table.Tr key={s.stageId}>
                      <Table.Td>{stepName(s)}</Table.Td>
                      <Table.Td c={a === undefined ? 'dimmed' : undefined}>{month(a)}</Table.Td>
                      <Table.Td c={b === undefined ? 'dimmed' : undefined} fw={a !== b ? 600 : undefined}>
                        {month(b)}
                      </Table.Td>
                      <Table.Td ta="right">{formatValue(s.expectedValue * s.confidence)}</Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={
                            s.grade === 'controlled' ? 'teal' : s.grade === 'before-after' ? 'blue' : 'gray'
                          }
                        >
                          {s.grade} · {Math.round(100 * s.confidence)} %
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          Deferred steps
        </Title>
        {valueless(run) > 0 && (
          <Alert
            color="yellow"
            variant="light"
            mb="sm"
            title="Some steps have no value"
            data-testid="missing-values"
          >
            {valueless(run)} of the deferred steps have no expected value, so the optimizer cannot prefer them
            to doing nothing. Open each plan, choose Edit stages and set every stage's Expected value in hours
            saved a month (a new plan's stages start from what the application's evidence shows, when it has a
            time metric the pilot lowered), then run the optimizer again. The confidence it is multiplied by
            comes from the application's evidence grade and the gate.
          </Alert>
        )}
        {run.optimizer.deferred.length === 0 ? (
          <Text size="sm" c="dimmed">
            Every candidate step is scheduled within the horizon.
          </Text>
        ) : (
          <List spacing="xs" aria-label="Deferred steps">
            {run.optimizer.deferred.map((d) => (
              <List.Item key={d.stageId}>
                <Group gap={6} wrap="nowrap" align="baseline">
                  <Text fw={600} size="sm">
                    {names.get(d.stageId) ?? d.stageId}
                  </Text>
                </Group>
                <Text size="sm">{d.reason}</Text>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </Stack>
  );
}
