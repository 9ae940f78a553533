import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Alarm, QualitySummary, SegmentQuality } from '../../api';
import { ChartFigure } from '../../components/ChartFigure';
import { LineChart } from '../../components/charts/LineChart';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { lazyModal } from '../../components/lazy-modal';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { count, percent } from './format';
import { InfoTip } from './InfoTip';
import { JudgeAgreementPanel } from './JudgeAgreementPanel';
import { WhatIfPanel } from './WhatIfPanel';
import { useWorkflow, WorkflowHeader } from './WorkflowHeader';

const ClearAlarmModal = lazyModal(() => import('./ClearAlarmModal').then((m) => m.ClearAlarmModal));

const TIPS = {
  outputs: 'Outputs logged under the current standard version',
  effort: 'Share of outputs selected for review (each by its logged probability π)',
  defectRate:
    'Hájek estimate: reviewed defects weighted by 1/π, divided by the reviewed weights. The range is a 95% Fay–Feuer interval.',
  escaped:
    'Horvitz–Thompson estimate of defects that got through unreviewed: Σ defect·(1 − π)/π over reviewed outputs. The range is a 95% Fay–Feuer (gamma) interval.',
  outgoing:
    'Estimated escaped defects per output decided so far, against the standard’s outgoing-defect limit. “Up to” is the interval’s upper end.',
  budget: 'Estimated escapes ÷ what the limit allows for the outputs decided so far (limit × outputs).',
  pending:
    'Outputs selected for review that no one has reviewed yet; they count as neither caught nor escaped.',
  thin: 'With few reviews, one defect found at a small review probability π stands for (1 − π)/π escapes: the estimates swing from nothing to the whole segment on a single review. Estimates are shown once a segment has this many sampled reviews; every figure is also kept within what is possible (escapes at most the outputs nobody reviewed).',
  cusum:
    'Bernoulli CUSUM (Reynolds & Stoumbos 1999) on sampled reviews: B = max(0, B + defect − γ). An alarm when B reaches the threshold h, set so false alarms stay within the standard’s budget per 100,000 outputs (exact Markov-chain run lengths).',
  kappa:
    'Cohen’s kappa on the defect verdicts of blind double reviews: agreement beyond chance (1 perfect, 0 no better than chance).',
};

/** The words shown instead of an estimate below the minimum of reviews, e.g. “not enough reviews yet: 2 of 10”. */
export function notEnoughReviews(s: Pick<SegmentQuality, 'reviewed' | 'minimumReviews'>): string {
  return `not enough reviews yet: ${count(s.reviewed)} of ${count(s.minimumReviews)}`;
}

function budgetColor(used: number) {
  return used >= 1 ? 'red' : used >= 0.8 ? 'yellow' : 'teal';
}

function Stat({
  label,
  tip,
  value,
  sub,
  testId,
}: {
  label: string;
  tip: string;
  value: ReactNode;
  sub?: ReactNode;
  testId?: string;
}) {
  return (
    <Card withBorder padding="md" data-testid={testId}>
      <InfoTip label={label} tip={tip} size="xs" />
      <Text fz={26} fw={650} mt={4} lh={1.2}>
        {value}
      </Text>
      {sub && (
        <Text size="xs" c="dimmed" mt={4} component="div">
          {sub}
        </Text>
      )}
    </Card>
  );
}

function Totals({ total, limit }: { total: SegmentQuality; limit: number }) {
  const rate = total.defectRate;
  const thin = !total.enoughReviews;
  const waiting = (
    <Text span c="dimmed" fz="md" fw={500}>
      {notEnoughReviews(total)}
    </Text>
  );
  return (
    <Stack gap="sm">
      {thin && (
        <Alert
          color="yellow"
          variant="light"
          icon={<Icon name="info" size={16} />}
          title={`Not enough reviews yet: ${count(total.reviewed)} of ${count(total.minimumReviews)}`}
          data-testid="not-enough-reviews"
        >
          The estimates appear once the workflow has {count(total.minimumReviews)} sampled reviews (and each
          segment its own {count(total.minimumReviews)}). Until then one review can swing them from nothing to
          every output, so they are not shown as figures.
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="md">
        <Stat
          label="Outputs"
          tip={TIPS.outputs}
          value={count(total.outputs)}
          sub={`${count(total.pendingReviews)} waiting for review`}
          testId="stat-outputs"
        />
        <Stat
          label="Review effort"
          tip={TIPS.effort}
          value={percent(total.effort)}
          sub={`${count(total.selected)} selected · ${count(total.reviewed)} reviewed`}
        />
        <Stat
          label="Defect rate"
          tip={TIPS.defectRate}
          value={thin ? waiting : rate ? percent(rate.estimate) : '—'}
          sub={
            thin
              ? `${countNoun(total.defectsFound, 'defect')} in ${countNoun(total.reviewed, 'review')}`
              : rate
                ? `95%: ${percent(rate.lower)} – ${percent(rate.upper)}`
                : 'No reviews yet'
          }
          testId="stat-defect-rate"
        />
        <Stat
          label="Escaped defects"
          tip={TIPS.escaped}
          value={thin ? waiting : count(total.escapedDefects.estimate)}
          sub={
            thin
              ? `at most ${count(total.unreviewed)} (outputs nobody reviewed)`
              : `95%: ${count(total.escapedDefects.lower)} – ${count(total.escapedDefects.upper)}`
          }
          testId="stat-escaped"
        />
        <Stat
          label="Outgoing rate"
          tip={TIPS.outgoing}
          value={thin ? waiting : total.outgoingRate ? percent(total.outgoingRate.estimate) : '—'}
          sub={
            total.outgoingRate && !thin
              ? `up to ${percent(total.outgoingRate.upper)} · limit ${percent(limit)}`
              : `limit ${percent(limit)}`
          }
        />
        <Stat
          label="Limit budget used"
          tip={TIPS.budget}
          value={thin ? waiting : percent(total.budgetUsed, 0)}
          sub={
            thin ? (
              `minimum ${countNoun(total.minimumReviews, 'review')}`
            ) : (
              <Progress
                mt={6}
                value={Math.min(100, total.budgetUsed * 100)}
                color={budgetColor(total.budgetUsed)}
                aria-label="Share of the outgoing-defect budget used"
              />
            )
          }
        />
      </SimpleGrid>
    </Stack>
  );
}

function SegmentsTable({ segments, limit }: { segments: SegmentQuality[]; limit: number }) {
  const th = (label: string, tip: string) => (
    <Table.Th ta="right">
      <InfoTip label={label} tip={tip} size="xs" />
    </Table.Th>
  );
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          Segments
        </Title>
        <InfoTip
          label={`Estimates from ${countNoun(segments[0]?.minimumReviews ?? 0, 'review')}`}
          tip={TIPS.thin}
          size="xs"
        />
      </Group>
      <Table.ScrollContainer minWidth={920}>
        <Table striped verticalSpacing="xs" aria-label="Quality per segment">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Segment</Table.Th>
              {th('Outputs', TIPS.outputs)}
              {th('Effort', TIPS.effort)}
              {th('Defects found', 'Reviewed outputs judged a defect (sampled reviews)')}
              {th('Defect rate', TIPS.defectRate)}
              {th('Escaped', TIPS.escaped)}
              {th('Outgoing', TIPS.outgoing)}
              <Table.Th w={160}>
                <InfoTip label="Budget" tip={TIPS.budget} size="xs" />
              </Table.Th>
              {th('Pending', TIPS.pending)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {segments.map((s) => (
              <Table.Tr key={s.segment} data-testid={`segment-${s.segment}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.segment}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{count(s.outputs)}</Table.Td>
                <Table.Td ta="right">{percent(s.effort)}</Table.Td>
                <Table.Td ta="right">
                  {count(s.defectsFound)} / {count(s.reviewed)}
                </Table.Td>
                {s.enoughReviews ? (
                  <>
                    <Table.Td ta="right">
                      {s.defectRate ? (
                        <>
                          {percent(s.defectRate.estimate)}
                          <Text span size="xs" c="dimmed">
                            {' '}
                            [{percent(s.defectRate.lower)}, {percent(s.defectRate.upper)}]
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {count(s.escapedDefects.estimate)}
                      <Text span size="xs" c="dimmed">
                        {' '}
                        [{count(s.escapedDefects.lower)}, {count(s.escapedDefects.upper)}]
                      </Text>
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      c={s.outgoingRate && s.outgoingRate.estimate > limit ? 'red' : undefined}
                    >
                      {s.outgoingRate ? percent(s.outgoingRate.estimate) : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Progress
                          value={Math.min(100, s.budgetUsed * 100)}
                          color={budgetColor(s.budgetUsed)}
                          style={{ flex: 1 }}
                          aria-label={`Budget used in ${s.segment}`}
                        />
                        <Text size="xs" w={40} ta="right">
                          {percent(s.budgetUsed, 0)}
                        </Text>
                      </Group>
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={4} ta="center">
                    <Text size="sm" c="dimmed">
                      {notEnoughReviews(s)}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td ta="right">{count(s.pendingReviews)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function CusumCharts({ summary }: { summary: QualitySummary }) {
  const h = summary.threshold;
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb={4}>
        <Title order={2} size="h4">
          Drift monitor
        </Title>
        <InfoTip label="CUSUM" tip={TIPS.cusum} size="xs" />
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        The chart climbs with each defect found and sinks with each clean review. Crossing the red line raises
        an alarm: that segment is reviewed in full until a lead clears it.
      </Text>
      {summary.cusum.length === 0 ? (
        <Text size="sm" c="dimmed">
          No sampled reviews yet.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, lg: summary.cusum.length > 1 ? 2 : 1 }} spacing="lg">
          {summary.cusum.map((series) => {
            const data = series.points.map((p, i) => ({
              review: i + 1,
              value: Math.round(p.value * 1000) / 1000,
            }));
            const top = Math.max(h ?? 0, ...data.map((d) => d.value));
            return (
              <Stack key={series.segment} gap={4} data-testid={`cusum-${series.segment}`}>
                <Text size="sm" fw={500}>
                  {series.segment}
                </Text>
                <ChartFigure
                  label={`CUSUM chart for ${series.segment}: ${data.length} sampled reviews, latest value ${data.at(-1)?.value ?? 0}${h !== null ? `, alarm at ${h.toFixed(2)}` : ''}`}
                  columns={['Sampled review', 'CUSUM']}
                  rows={data.map((d) => [d.review, d.value])}
                >
                  <LineChart
                    height={200}
                    categories={data.map((d) => String(d.review))}
                    series={[{ name: 'CUSUM', color: 'teal.6', values: data.map((d) => d.value) }]}
                    curve="stepAfter"
                    withDots={data.length < 40}
                    yDomain={[0, Math.ceil(top * 1.15 * 10) / 10 || 1]}
                    referenceLines={
                      h !== null ? [{ y: h, label: `alarm at h = ${h.toFixed(2)}`, color: 'red.6' }] : []
                    }
                  />
                </ChartFigure>
                <Text size="xs" c="dimmed" ta="center">
                  sampled reviews, in order ({data.length})
                </Text>
              </Stack>
            );
          })}
        </SimpleGrid>
      )}
    </Card>
  );
}

function Alarms({ alarms, workflowId }: { alarms: Alarm[]; workflowId: string }) {
  const { can } = useOrganization();
  const [clearing, setClearing] = useState<Alarm | null>(null);
  const sorted = [...alarms].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
  const open = alarms.filter((a) => !a.clearedAt).length;
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          Alarms
        </Title>
        {open > 0 && (
          <Badge color="red" variant="filled">
            {open} open
          </Badge>
        )}
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No drift alarm so far.
        </Text>
      ) : (
        <Timeline bulletSize={22} lineWidth={2} aria-label="Alarm timeline">
          {sorted.map((alarm) => (
            <Timeline.Item
              key={alarm.id}
              color={alarm.clearedAt ? 'gray' : 'red'}
              bullet={<Icon name={alarm.clearedAt ? 'check' : 'bell'} size={12} />}
              title={
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    Alarm in {alarm.segment}
                  </Text>
                  <Badge size="xs" variant="light" color={alarm.clearedAt ? 'gray' : 'red'}>
                    {alarm.clearedAt ? 'Cleared' : 'Open'}
                  </Badge>
                </Group>
              }
              data-testid={`alarm-${alarm.id}`}
            >
              <Text size="xs" c="dimmed">
                Raised {formatDateTime(alarm.raisedAt)}
              </Text>
              {alarm.clearedAt ? (
                <Text size="sm" mt={2}>
                  Cleared {formatDateTime(alarm.clearedAt)}: “{alarm.note}”
                </Text>
              ) : can('quality', 'lead') ? (
                <Button
                  size="compact-sm"
                  variant="light"
                  color="red"
                  mt={6}
                  onClick={() => setClearing(alarm)}
                >
                  Clear with note
                </Button>
              ) : (
                <Text size="xs" mt={2}>
                  A lead clears it with a note once the cause is understood.
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <ClearAlarmModal
        opened={clearing !== null}
        alarm={clearing}
        workflowId={workflowId}
        onClose={() => setClearing(null)}
      />
    </Card>
  );
}

function Agreement({ agreement }: { agreement: QualitySummary['agreement'] }) {
  return (
    <Card withBorder padding="lg">
      <Group gap="xs" mb="sm">
        <Title order={2} size="h4">
          Reviewer agreement
        </Title>
      </Group>
      {!agreement || agreement.pairs === 0 ? (
        <Text size="sm" c="dimmed">
          No blind double reviews yet. The standard’s double-review share sends some outputs to a second
          reviewer.
        </Text>
      ) : (
        <SimpleGrid cols={3} spacing="md">
          <Stack gap={2}>
            <InfoTip label="Kappa" tip={TIPS.kappa} size="xs" />
            <Text fz={22} fw={650}>
              {agreement.kappa === null ? '—' : agreement.kappa.toFixed(2)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <InfoTip
              label="Agreed"
              tip="Share of double-reviewed outputs where both verdicts match"
              size="xs"
            />
            <Text fz={22} fw={650}>
              {percent(agreement.observed)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <InfoTip label="Pairs" tip="Outputs reviewed blind by two people" size="xs" />
            <Text fz={22} fw={650}>
              {count(agreement.pairs)}
            </Text>
          </Stack>
        </SimpleGrid>
      )}
    </Card>
  );
}

export function DashboardPage() {
  const { workflowId = '' } = useParams();
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const workflow = useWorkflow(workflowId);
  const summary = useQuery({
    ...pageQueries.quality(orgKey, workflowId),
    refetchInterval: 15_000,
  });
  const standard = workflow.data?.standard ?? null;

  return (
    <Stack gap="lg">
      <WorkflowHeader
        workflowId={workflowId}
        actions={
          standard &&
          can('quality', 'reviewer') && (
            <Button
              component={Link}
              to={`/quality/${workflowId}/review`}
              leftSection={<Icon name="queue" size={16} />}
            >
              Review queue
            </Button>
          )
        }
      />
      {summary.isPending || workflow.isPending ? (
        <PageSkeleton />
      ) : summary.isError ? (
        <QueryError error={summary.error} onRetry={() => summary.refetch()} />
      ) : workflow.isError ? (
        <QueryError error={workflow.error} onRetry={() => workflow.refetch()} />
      ) : !standard || summary.data.outgoingLimit === null ? (
        <EmptyNote
          title="No quality standard yet"
          description="Set the rubric, the defect rule and the outgoing-defect limit; then log outputs and the estimates appear here."
          action={
            <Button component={Link} to={`/quality/${workflowId}/standard`} variant="light" mt="xs">
              Set the standard
            </Button>
          }
        />
      ) : (
        <>
          {summary.data.total ? (
            <>
              <Text size="sm" c="dimmed">
                Standard v{summary.data.standardVersion}: limit {percent(summary.data.outgoingLimit)} of
                outputs{' '}
                {standard.limitScope === 'segment' ? 'in every segment' : 'for the workflow as a whole'}.
                Hover a label to see how its number is computed.
              </Text>
              <Totals total={summary.data.total} limit={summary.data.outgoingLimit} />
              <SegmentsTable segments={summary.data.segments} limit={summary.data.outgoingLimit} />
            </>
          ) : (
            <EmptyNote
              title="No outputs yet"
              description="Log outputs through the API with a token; the Standard tab shows the request."
            />
          )}
          <CusumCharts summary={summary.data} />
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Alarms alarms={summary.data.alarms} workflowId={workflowId} />
            <Agreement agreement={summary.data.agreement} />
          </SimpleGrid>
          <JudgeAgreementPanel workflowId={workflowId} />
          <WhatIfPanel
            standard={standard}
            observedRate={
              summary.data.total?.enoughReviews ? (summary.data.total.defectRate?.estimate ?? null) : null
            }
            outputs={summary.data.total?.outputs ?? 0}
            monitorPromise={summary.data.monitor}
          />
        </>
      )}
    </Stack>
  );
}
