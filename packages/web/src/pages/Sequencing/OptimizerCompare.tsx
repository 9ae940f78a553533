import { Paper, Table, Text, Title } from '@mantine/core';
import type { PlanningRun } from '../../api/planning';
import { formatTime } from '../../format';
import { formatValue, runMonth, stepName } from './planning-format';

const capacityOf = (run: PlanningRun, unitId: string) => run.units.find((u) => u.id === unitId)?.capacity[0];

/** Two runs side by side (a what-if against the plan it changes): value, what changed, each step's month. */
export function OptimizerCompare({ a, b }: { a: PlanningRun; b: PlanningRun }) {
  const startA = new Map(a.optimizer.scheduled.map((s) => [s.stageId, s.startMonth]));
  const startB = new Map(b.optimizer.scheduled.map((s) => [s.stageId, s.startMonth]));
  const steps = new Map(
    [...a.steps, ...b.steps, ...a.excluded, ...b.excluded].map((s) => [s.stageId, stepName(s)]),
  );
  const ids = [...steps.keys()].sort((x, y) => steps.get(x)!.localeCompare(steps.get(y)!));
  const units = [...new Set([...a.units, ...b.units].map((u) => u.id))]
    .map((id) => ({
      id,
      name: [...a.units, ...b.units].find((u) => u.id === id)!.name,
      ca: capacityOf(a, id),
      cb: capacityOf(b, id),
    }))
    .filter((u) => u.ca !== u.cb);
  const when = (run: PlanningRun, m: number | undefined) => (m === undefined ? 'deferred' : runMonth(run, m));
  const change = b.optimizer.value - a.optimizer.value;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb={4}>
        Two runs side by side
      </Title>
      <Text size="sm" mb="sm">
        Value {formatValue(a.optimizer.value)} → {formatValue(b.optimizer.value)} ({change >= 0 ? '+' : '−'}
        {formatValue(Math.abs(change))})
        {units.length > 0 &&
          `; capacity ${units.map((u) => `${u.name} ${u.ca ?? '—'} → ${u.cb ?? '—'}`).join(', ')}`}
        {a.parameters.weights &&
        b.parameters.weights &&
        JSON.stringify(a.parameters.weights) !== JSON.stringify(b.parameters.weights)
          ? `; confidence weight ${(a.parameters.weights as { confidence: number }).confidence} → ${(b.parameters.weights as { confidence: number }).confidence}`
          : ''}
      </Text>
      <Table striped aria-label="Two runs side by side">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Step</Table.Th>
            <Table.Th>Run of {formatTime(a.createdAt)}</Table.Th>
            <Table.Th>Run of {formatTime(b.createdAt)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ids.map((id) => {
            const x = startA.get(id);
            const y = startB.get(id);
            return (
              <Table.Tr key={id}>
                <Table.Td>{steps.get(id)}</Table.Td>
                <Table.Td c={x === undefined ? 'dimmed' : undefined}>{when(a, x)}</Table.Td>
                <Table.Td c={y === undefined ? 'dimmed' : undefined} fw={x !== y ? 700 : undefined}>
                  {when(b, y)}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
