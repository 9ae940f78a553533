import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { countNoun } from '@trellis/core';
import { useEffect, useRef, useState } from 'react';
import type { QualityStandard, QualitySummary } from '../../api';
import { Icon } from '../../components/Icon';
import { count, percent } from './format';
import { InfoTip } from './InfoTip';
import {
  comparedPolicies,
  POLICY_LABELS,
  SIMULATED_CLEAR_AFTER,
  type WhatIfMessage,
  type WhatIfRequest,
  type WhatIfResult,
} from './what-if';

type Run =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; result: WhatIfResult; request: WhatIfRequest }
  | { status: 'error'; message: string };

const round4 = (x: number) => Math.round(x * 10_000) / 100;

/**
 * Runs the simulator in a Web Worker on a stream like this workflow's: this standard's policy against
 * CSP-1 and a fixed rate at the same limit, several seeds, with progress.
 */
export function WhatIfPanel({
  standard,
  observedRate,
  outputs,
  monitorPromise = null,
}: {
  standard: QualityStandard;
  observedRate: number | null;
  outputs: number;
  /** The drift monitor's budget and its expected false alarms at the real review rate (quality summary). */
  monitorPromise?: QualitySummary['monitor'];
}) {
  const startRate = observedRate !== null && observedRate > 0 ? observedRate : standard.outgoingLimit / 2;
  const shifted = Math.min(0.9, Math.max(5 * startRate, 2 * standard.outgoingLimit));
  // A step only makes sense up from the observed rate; at a high observed rate start with a stationary stream.
  const [stream, setStream] = useState<'stationary' | 'step'>(shifted > startRate ? 'step' : 'stationary');
  const [ratePct, setRatePct] = useState<number | string>(round4(startRate));
  const [shiftedPct, setShiftedPct] = useState<number | string>(round4(Math.max(shifted, startRate)));
  const [length, setLength] = useState('20000');
  const [seeds, setSeeds] = useState<number | string>(10);
  const [run, setRun] = useState<Run>({ status: 'idle' });
  // Follow the observed rate as the dashboard refreshes, until someone edits the rates or runs it.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (edited) return;
    setRatePct(round4(startRate));
    setShiftedPct(round4(Math.max(shifted, startRate)));
    setStream(shifted > startRate ? 'step' : 'stationary');
  }, [edited, startRate, shifted]);
  const worker = useRef<Worker | null>(null);

  useEffect(() => () => worker.current?.terminate(), []);

  const start = () => {
    setEdited(true);
    worker.current?.terminate();
    const request: WhatIfRequest = {
      policy: standard.policy,
      limit: standard.outgoingLimit,
      scope: standard.limitScope,
      fraction: standard.fraction ?? 0.1,
      floor: standard.floor,
      monitor: standard.monitor,
      rate: Math.min(1, Math.max(0, Number(ratePct) / 100)),
      stream,
      shiftedRate: Math.min(1, Math.max(0, Number(shiftedPct) / 100)),
      outputs: Number(length),
      seeds: Math.min(50, Math.max(1, Math.round(Number(seeds) || 1))),
    };
    const w = new Worker(new URL('./what-if.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    setRun({ status: 'running', done: 0, total: comparedPolicies(request.policy).length * request.seeds });
    w.onmessage = (event: MessageEvent<WhatIfMessage>) => {
      const message = event.data;
      if (message.type === 'progress')
        setRun({ status: 'running', done: message.done, total: message.total });
      else {
        setRun(
          message.type === 'done'
            ? { status: 'done', result: message.result, request }
            : { status: 'error', message: message.message },
        );
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    w.onerror = (event) => {
      setRun({ status: 'error', message: event.message || 'The simulation could not start.' });
      w.terminate();
    };
    w.postMessage(request);
  };

  const running = run.status === 'running';
  return (
    <Card withBorder padding="lg" component="section" aria-label="What if">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h4">
            What if
          </Title>
          <Text size="sm" c="dimmed" maw={720}>
            Simulates a stream like this workflow’s in your browser: {POLICY_LABELS[standard.policy]} against
            CSP-1 and a fixed {percent(standard.fraction ?? 0.1)} rate at the same limit of{' '}
            {percent(standard.outgoingLimit)}. Defect rate from the observed estimate
            {outputs > 0 ? ` over ${countNoun(outputs, 'output')} so far` : ' (none yet: half the limit)'}.
          </Text>
          {monitorPromise && (
            <Text size="sm" maw={720} mt={4} data-testid="monitor-promise">
              Drift monitor false alarms per 100k outputs:{' '}
              <b>promised {count(monitorPromise.promisedPer100k, 2)}</b>
              {' · '}
              <b>expected {count(monitorPromise.expectedPer100k, 2)}</b> at the{' '}
              {percent(monitorPromise.reviewRate)} of outputs this policy really reviews in control
              {standard.policy === 'adaptive' ? ' (simulated; its floor is lower)' : ''}. The table’s last
              column counts them on the simulated streams.
            </Text>
          )}
        </div>
      </Group>
      <Group gap="sm" mb="sm">
        <Text size="sm" fw={500}>
          Stream
        </Text>
        <SegmentedControl
          value={stream}
          onChange={(v) => {
            setEdited(true);
            setStream(v as 'stationary' | 'step');
          }}
          data={[
            { value: 'stationary', label: 'Stationary' },
            { value: 'step', label: 'Step up part-way' },
          ]}
          aria-label="Stream"
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" mb="md">
        <NumberInput
          label="Defect rate"
          suffix="%"
          min={0}
          max={100}
          decimalScale={3}
          value={ratePct}
          onChange={(v) => {
            setEdited(true);
            setRatePct(v);
          }}
        />
        <NumberInput
          label="After the step"
          suffix="%"
          min={0}
          max={100}
          decimalScale={3}
          value={shiftedPct}
          onChange={(v) => {
            setEdited(true);
            setShiftedPct(v);
          }}
          disabled={stream === 'stationary'}
          description={stream === 'step' ? 'From a fifth of the way in' : undefined}
        />
        <Select
          label="Outputs per run"
          data={['10000', '20000', '50000', '100000'].map((v) => ({
            value: v,
            label: Number(v).toLocaleString(),
          }))}
          value={length}
          onChange={(v) => v && setLength(v)}
          allowDeselect={false}
        />
        <NumberInput label="Seeds" min={1} max={50} value={seeds} onChange={setSeeds} />
      </SimpleGrid>
      <Group gap="md" mb="md">
        <Button onClick={start} loading={running} leftSection={<Icon name="play" size={14} />}>
          Run simulation
        </Button>
        {running && (
          <Stack gap={2} style={{ flex: 1 }}>
            <Progress
              value={(100 * run.done) / Math.max(1, run.total)}
              animated
              aria-label="Simulation progress"
              size="lg"
            />
            <Text size="xs" c="dimmed">
              {run.done} of {run.total} runs
            </Text>
          </Stack>
        )}
        {run.status === 'done' && (
          <Stack gap={2} style={{ flex: 1 }}>
            <Progress value={100} aria-label="Simulation progress" size="lg" color="teal" />
            <Text size="xs" c="dimmed">
              Done: {countNoun(run.result.runs, 'run')} of {countNoun(run.request.outputs, 'output')}
            </Text>
          </Stack>
        )}
      </Group>
      {run.status === 'error' && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />}>
          {run.message}
        </Alert>
      )}
      {run.status === 'done' && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label="Simulated policies" data-testid="what-if-results">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Policy</Table.Th>
                  <Table.Th ta="right">
                    <InfoTip label="Effort" tip="Mean share of outputs a person reviews, over the seeds" />
                  </Table.Th>
                  <Table.Th ta="right">
                    <InfoTip
                      label="AOQ"
                      tip="Average outgoing quality: defects that got through unreviewed, per output (mean over seeds)"
                    />
                  </Table.Th>
                  <Table.Th ta="right">
                    <InfoTip label="Worst seed" tip="Highest AOQ of any seed" />
                  </Table.Th>
                  <Table.Th ta="right">
                    <InfoTip
                      label="Detection delay"
                      tip="Median outputs from the step to the first CUSUM alarm, over the seeds that raised one"
                    />
                  </Table.Th>
                  <Table.Th ta="right">
                    <InfoTip
                      label="False alarms"
                      tip="Alarms before the step (anywhere on a stationary stream), per 100,000 outputs"
                    />
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {run.result.rows.map((row) => (
                  <Table.Tr key={row.policy}>
                    <Table.Td fw={row.policy === standard.policy ? 600 : undefined}>
                      {row.label}
                      {row.policy === standard.policy && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (this standard)
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{percent(row.effort)}</Table.Td>
                    <Table.Td ta="right" c={row.aoq > run.request.limit ? 'red' : undefined}>
                      {percent(row.aoq)}
                    </Table.Td>
                    <Table.Td ta="right" c={row.worstAoq > run.request.limit ? 'red' : undefined}>
                      {percent(row.worstAoq)}
                    </Table.Td>
                    <Table.Td ta="right">
                      {run.result.changeAt === null
                        ? '—'
                        : row.medianDelay === null
                          ? 'not detected'
                          : `${countNoun(row.medianDelay, 'output', undefined, (n) => count(n, 0))} (${row.detected}/${run.request.seeds})`}
                    </Table.Td>
                    <Table.Td ta="right">{count(Math.round(row.falseAlarmsPer100k * 10) / 10)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {run.request.rate >= run.request.monitor.p1 && (
            <Alert color="yellow" variant="light" icon={<Icon name="info" />} mt="sm" py="xs">
              A defect rate of {percent(run.request.rate)} is already above the rate the drift monitor is
              built to catch ({percent(run.request.monitor.p1)}; in control {percent(run.request.monitor.p0)}
              ): it alarms from the start, so every policy reviews nearly everything and a later step cannot
              be told apart.
            </Alert>
          )}
          <Text size="xs" c="dimmed" mt="xs">
            AOQ above the limit of {percent(run.request.limit)} is red. Each policy sees the same streams with
            its own coins. In the product a person clears an alarm; here it clears after{' '}
            {SIMULATED_CLEAR_AFTER} clean reviews.
          </Text>
        </>
      )}
    </Card>
  );
}
