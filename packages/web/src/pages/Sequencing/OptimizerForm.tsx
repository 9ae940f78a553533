import {
  Button,
  Group,
  NumberInput,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api';
import type { PlanningRun, RunParameters } from '../../api/planning';
import { FormError } from '../../components/FormError';

export interface FormValues {
  startMonth: string;
  horizonMonths: number;
  discountPercent: number;
  maxConcurrent: number;
  timeLimitSeconds: number;
  confidenceWeight: number;
  /** What-if: whole monthly capacity per unit id (empty = the unit's own). */
  capacities: Record<string, number | ''>;
}

export const toParameters = (v: FormValues): RunParameters => {
  const capacities = Object.fromEntries(
    Object.entries(v.capacities).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  return {
    startMonth: v.startMonth,
    horizonMonths: v.horizonMonths,
    discountRate: v.discountPercent / 100,
    maxConcurrent: v.maxConcurrent,
    timeLimitSeconds: v.timeLimitSeconds,
    weights: { confidence: v.confidenceWeight },
    whatIf: Object.keys(capacities).length > 0 ? { capacities } : {},
  };
};

const FIELD: Record<string, keyof FormValues> = {
  'body.startMonth': 'startMonth',
  'body.horizonMonths': 'horizonMonths',
  'body.discountRate': 'discountPercent',
  'body.maxConcurrent': 'maxConcurrent',
  'body.timeLimitSeconds': 'timeLimitSeconds',
  'body.weights.confidence': 'confidenceWeight',
};

/** Elapsed ÷ time limit while a run is solving (the server answers at the latest a little after the limit). */
function SolvingProgress({ limit }: { limit: number }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setElapsed((Date.now() - started) / 1000), 200);
    return () => clearInterval(timer);
  }, []);
  return (
    <Stack gap={4}>
      <Progress
        value={Math.min(100, (100 * elapsed) / limit)}
        animated
        striped
        aria-label="Solving"
        size="lg"
      />
      <Text size="xs" c="dimmed" role="status">
        Solving… {elapsed.toFixed(0)} s of at most {limit} s
      </Text>
    </Stack>
  );
}

/** The run's parameters and the what-if capacities (for the units of the run shown), and "Run". */
export function OptimizerForm({
  values,
  onChange,
  units,
  running,
  error,
  onRun,
}: {
  values: FormValues;
  onChange: (v: FormValues) => void;
  units: PlanningRun['units'];
  running: boolean;
  error: unknown;
  onRun: () => void;
}) {
  const fieldErrors = error instanceof ApiError ? error.errors : [];
  const errorOf = (key: keyof FormValues) => fieldErrors.find((e) => FIELD[e.path] === key)?.message ?? null;
  const other = fieldErrors.length > 0 && fieldErrors.every((e) => FIELD[e.path]) ? null : error;
  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    onChange({ ...values, [key]: value });
  const number = (v: string | number, fallback: number) =>
    typeof v === 'number' ? v : Number(v) || fallback;
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onRun();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            Parameters
          </Title>
          <Group gap="md" align="flex-start">
            <TextInput
              label="First month"
              type="month"
              value={values.startMonth}
              onChange={(e) => set('startMonth', e.currentTarget.value)}
              error={errorOf('startMonth')}
              w={170}
            />
            <NumberInput
              label="Horizon (months)"
              min={1}
              max={36}
              value={values.horizonMonths}
              onChange={(v) => set('horizonMonths', number(v, 12))}
              error={errorOf('horizonMonths')}
              w={150}
            />
            <NumberInput
              label="Discount (% per month)"
              min={0}
              max={20}
              step={0.5}
              decimalScale={2}
              value={values.discountPercent}
              onChange={(v) => set('discountPercent', number(v, 0))}
              error={errorOf('discountPercent')}
              w={170}
            />
            <NumberInput
              label="Changes at once per unit (k)"
              min={1}
              max={20}
              value={values.maxConcurrent}
              onChange={(v) => set('maxConcurrent', number(v, 3))}
              error={errorOf('maxConcurrent')}
              w={200}
            />
            <NumberInput
              label="Time limit (s)"
              min={1}
              max={10}
              value={values.timeLimitSeconds}
              onChange={(v) => set('timeLimitSeconds', number(v, 5))}
              error={errorOf('timeLimitSeconds')}
              w={130}
            />
            <NumberInput
              label="Confidence weight"
              description="0 ignores evidence, 2 favours strong evidence"
              min={0}
              max={3}
              step={0.5}
              decimalScale={2}
              value={values.confidenceWeight}
              onChange={(v) => set('confidenceWeight', number(v, 1))}
              error={errorOf('confidenceWeight')}
              w={220}
            />
          </Group>
          {units.length > 0 && (
            <Stack gap={4}>
              <Text fw={600} size="sm">
                What-if: change capacity per unit
              </Text>
              <Table withRowBorders={false} verticalSpacing={2} maw={520}>
                <Table.Tbody>
                  {units.map((u) => (
                    <Table.Tr key={u.id}>
                      <Table.Td>
                        <Text size="sm">{u.name}</Text>
                        <Text size="xs" c="dimmed">
                          its own: {u.capacity[0]} change points a month
                        </Text>
                      </Table.Td>
                      <Table.Td w={160}>
                        <NumberInput
                          aria-label={`Capacity of ${u.name}`}
                          placeholder={String(u.capacity[0])}
                          min={0}
                          value={values.capacities[u.id] ?? ''}
                          onChange={(v) =>
                            set('capacities', {
                              ...values.capacities,
                              [u.id]: typeof v === 'number' ? v : '',
                            })
                          }
                          size="xs"
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
          <FormError error={other} />
          {running ? (
            <SolvingProgress limit={values.timeLimitSeconds} />
          ) : (
            <Group>
              <Button type="submit">Run</Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
