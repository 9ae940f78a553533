import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Kbd,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ApiError,
  api,
  type CalibrationReport,
  type CalibrationRound,
  type Criterion,
  type Interval,
  type ReviewerCalibration,
  type RoundStatus,
} from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { lazyModal } from '../../components/lazy-modal';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { pageQueries } from '../../routes-data';
import { percent, plainExcerpt } from './format';
import { InfoTip } from './InfoTip';
import { MetadataTable, OutputContent } from './OutputContent';
import {
  RUBRIC_SHORTCUTS,
  RubricChecklist,
  type Shortcut,
  ShortcutsButton,
  useRubric,
  useWindowKeydown,
} from './Rubric';
import { useWorkflow, WorkflowHeader } from './WorkflowHeader';

const ShortcutsModal = lazyModal(() => import('./ShortcutsModal').then((m) => m.ShortcutsModal));

const SHORTCUTS: Shortcut[] = [
  ...RUBRIC_SHORTCUTS,
  [['Enter'], 'Submit your verdict on this item'],
  [['?'], 'Show or hide these shortcuts'],
];

const STATUS: Record<RoundStatus | 'not_started', { label: string; color: string }> = {
  not_started: { label: 'Not started', color: 'gray' },
  open: { label: 'In progress', color: 'blue' },
  passed: { label: 'Passed', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

const NO_CRITERIA: Criterion[] = [];

const TIPS = {
  sensitivity:
    'Of the gold items that are defects, the share this reviewer judged a defect (all their calibration and mixed-in gold verdicts). The range is a 95% Wilson interval.',
  specificity:
    'Of the gold items that pass, the share this reviewer judged as passing. The range is a 95% Wilson interval.',
};

function useCalibrationReport(workflowId: string) {
  const orgKey = useOrgKey();
  return useQuery(pageQueries.calibration(orgKey, workflowId));
}

function IntervalCell({ interval }: { interval: Interval }) {
  if (interval.estimate === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm" fw={500}>
        {percent(interval.estimate, 0)}
      </Text>
      <Text size="xs" c="dimmed">
        {percent(interval.lower, 0)}–{percent(interval.upper, 0)}
      </Text>
    </Stack>
  );
}

function StatusBadge({ status }: { status: RoundStatus | 'not_started' }) {
  return (
    <Badge variant="light" color={STATUS[status].color}>
      {STATUS[status].label}
    </Badge>
  );
}

function GoldProgress({ report }: { report: CalibrationReport }) {
  const ready = report.goldItems >= report.required;
  return (
    <Stack gap={4} maw={420}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {report.goldItems} gold {report.goldItems === 1 ? 'item' : 'items'} · {report.required} needed
        </Text>
        <Badge variant="light" color={ready ? 'teal' : 'gray'}>
          {ready ? 'Calibration required' : 'Not required yet'}
        </Badge>
      </Group>
      <Progress
        value={Math.min(100, (report.goldItems / report.required) * 100)}
        color={ready ? 'teal' : 'gray'}
        aria-label="Gold items collected"
      />
    </Stack>
  );
}

/** For leads: every reviewer who has taken a round, with sensitivity and specificity on gold items. */
function ReviewersPanel({ workflowId }: { workflowId: string }) {
  const report = useCalibrationReport(workflowId);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reviewers-calibration">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h4" id="reviewers-calibration">
              Reviewers’ calibration
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              Each reviewer’s latest round and how their verdicts on gold items match the agreed ones. Promote
              clear, agreed cases to gold in the Outputs tab.
            </Text>
          </Stack>
          {report.data && <GoldProgress report={report.data} />}
        </Group>
        {report.isPending ? (
          <TableSkeleton />
        ) : report.isError ? (
          <QueryError error={report.error} onRetry={() => report.refetch()} />
        ) : report.data.reviewers.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nobody in this organization has the reviewer role or has taken a calibration round on this
            workflow yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" aria-label="Reviewers’ calibration">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Reviewer</Table.Th>
                  <Table.Th>Latest round</Table.Th>
                  <Table.Th ta="right">Correct</Table.Th>
                  <Table.Th>
                    <InfoTip label="Sensitivity" tip={TIPS.sensitivity} />
                  </Table.Th>
                  <Table.Th>
                    <InfoTip label="Specificity" tip={TIPS.specificity} />
                  </Table.Th>
                  <Table.Th ta="right">Gold verdicts</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.reviewers.map((r: ReviewerCalibration) => (
                  <Table.Tr key={r.reviewerId} data-testid={`calibration-row-${r.name}`}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {r.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.latestStatus} />
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.latestCorrect === null ? '—' : `${r.latestCorrect} / ${r.latestTotal}`}
                    </Table.Td>
                    <Table.Td>
                      <IntervalCell interval={r.sensitivity} />
                    </Table.Td>
                    <Table.Td>
                      <IntervalCell interval={r.specificity} />
                    </Table.Td>
                    <Table.Td ta="right">{r.judged}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function verdictText(defect: boolean | null) {
  return defect === null ? '—' : defect ? 'Defect' : 'Passes';
}

function RoundResult({
  round,
  workflowId,
  onAgain,
}: {
  round: CalibrationRound;
  workflowId: string;
  onAgain: () => void;
}) {
  const passed = round.status === 'passed';
  return (
    <Stack gap="md">
      <Alert
        color={passed ? 'teal' : 'red'}
        variant="light"
        icon={<Icon name={passed ? 'check' : 'alert'} />}
        title={passed ? 'Calibration passed' : 'Calibration not passed'}
        role="status"
      >
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            You matched the agreed verdict on {round.correct} of {countNoun(round.total, 'item')}.{' '}
            {passed
              ? 'The review queue is open to you.'
              : 'Look at the items you judged differently below, then take another round.'}
          </Text>
          {passed ? (
            <Button component={Link} to={`/quality/${workflowId}/review`} data-autofocus>
              Open the review queue
            </Button>
          ) : (
            <Button onClick={onAgain}>Take another round</Button>
          )}
        </Stack>
      </Alert>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="sm">
          Your verdicts and the agreed ones
        </Title>
        <Table verticalSpacing="xs" aria-label="Calibration result">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Output</Table.Th>
              <Table.Th>Your verdict</Table.Th>
              <Table.Th>Gold verdict</Table.Th>
              <Table.Th>Match</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.items.map((item, index) => {
              const match = item.yourVerdict === item.goldVerdict;
              return (
                <Table.Tr key={item.goldItemId}>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td maw={420}>
                    <Text size="sm" lineClamp={2}>
                      {item.output.content === null ? item.output.link : plainExcerpt(item.output.content)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {item.output.segment}
                    </Text>
                  </Table.Td>
                  <Table.Td>{verdictText(item.yourVerdict)}</Table.Td>
                  <Table.Td>{verdictText(item.goldVerdict)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={match ? 'teal' : 'red'}>
                      {match ? 'Match' : 'Differs'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Card>
    </Stack>
  );
}

/** One round in progress: the next unjudged item with the rubric, judged with the same keys as the queue. */
function RoundInProgress({
  round,
  onRound,
}: {
  round: CalibrationRound;
  onRound: (round: CalibrationRound) => void;
}) {
  const [notice, setNotice] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const index = round.items.findIndex((i) => !i.judged);
  const item = index >= 0 ? round.items[index] : undefined;
  // Each item is judged with the rubric of the standard version it was reviewed under.
  const criteria = item?.standard.criteria ?? NO_CRITERIA;
  const standardVersion = item?.standard.version;
  const rubric = useRubric(criteria, setNotice);
  const region = useRef<HTMLElement>(null);
  const done = round.items.filter((i) => i.judged).length;
  const { reset } = rubric;

  const itemId = item?.goldItemId;
  useEffect(() => {
    if (!itemId) return;
    reset();
    region.current?.focus({ preventScroll: true });
  }, [itemId, reset]);

  const submit = async () => {
    if (!item || busy || !rubric.checkComplete()) return;
    setBusy(true);
    setError(null);
    try {
      onRound(await api.judgeCalibration(round.id, { goldItemId: item.goldItemId, answers: rubric.answers }));
    } catch (caught) {
      // Judged already (e.g. in another tab): fetch the round again and go on with the next item.
      if (caught instanceof ApiError && caught.status === 409) {
        setNotice(caught.detail);
        onRound(await api.startCalibration(round.workflowId).catch(() => round));
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  useWindowKeydown((event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    if (event.key === '?') {
      event.preventDefault();
      setHelpOpen((open) => !open);
      return;
    }
    if (helpOpen || !item) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (rubric.handleKey(key)) event.preventDefault();
    else if (key === 'Enter' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
      event.preventDefault();
      void submit();
    }
  });

  if (!item) return null;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" fw={500} data-testid="calibration-progress">
          Item {index + 1} of {round.total}
        </Text>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            Judge each output as you would in the queue; the agreed verdicts show when you finish.
          </Text>
          <ShortcutsButton onClick={() => setHelpOpen(true)} />
        </Group>
      </Group>
      <Progress value={(done / round.total) * 100} aria-label="Calibration progress" />
      {notice && (
        <Alert
          color="yellow"
          variant="light"
          icon={<Icon name="info" />}
          withCloseButton
          onClose={() => setNotice(null)}
          py="xs"
        >
          {notice}
        </Alert>
      )}
      <section
        ref={region}
        tabIndex={-1}
        aria-label="Judge the calibration item against the rubric"
        style={{ outline: 'none' }}
        data-testid="calibration-area"
        data-gold-item-id={item.goldItemId}
      >
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder padding="lg">
              <Group gap="xs" mb="sm">
                <Title order={2} size="h4">
                  Output
                </Title>
                <Badge variant="light" color="gray" tt="none">
                  {item.output.segment}
                </Badge>
              </Group>
              <OutputContent content={item.output.content} link={item.output.link} />
              <MetadataTable metadata={item.output.metadata} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder padding="lg">
              <Group justify="space-between" mb="sm">
                <Title order={2} size="h4">
                  Rubric
                </Title>
                <Text size="xs" c="dimmed">
                  Standard v{standardVersion} · <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to move
                </Text>
              </Group>
              <RubricChecklist criteria={criteria} rubric={rubric} />
              <FormError error={error} />
              <Group justify="flex-end" mt="md">
                <Button
                  onClick={submit}
                  loading={busy}
                  disabled={!rubric.complete}
                  rightSection={<Kbd size="xs">Enter</Kbd>}
                >
                  {index + 1 === round.total ? 'Submit and see the result' : 'Submit verdict'}
                </Button>
              </Group>
            </Card>
          </Grid.Col>
        </Grid>
      </section>
      <ShortcutsModal opened={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={SHORTCUTS} />
    </Stack>
  );
}

/** For a reviewer: start or resume their round, judge it, and see the result. */
function YourCalibration({ workflowId }: { workflowId: string }) {
  const { session } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const workflow = useWorkflow(workflowId);
  const report = useCalibrationReport(workflowId);
  const [round, setRound] = useState<CalibrationRound | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mine = report.data?.reviewers.find((r) => r.reviewerId === session.user.id);
  const standard = workflow.data?.standard;

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      setRound(await api.startCalibration(workflowId));
    } catch (caught) {
      setError(caught);
    } finally {
      setStarting(false);
    }
  };
  const onRound = (next: CalibrationRound) => {
    setRound(next);
    if (next.status !== 'open')
      void queryClient.invalidateQueries({ queryKey: orgKey('calibration', workflowId) });
  };

  if (workflow.isPending || report.isPending) return <TableSkeleton />;
  if (workflow.isError) return <QueryError error={workflow.error} onRetry={() => workflow.refetch()} />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => report.refetch()} />;
  if (!standard)
    return (
      <EmptyNote
        title="No quality standard yet"
        description="A calibration round judges outputs against the workflow’s rubric; a lead sets it first."
      />
    );
  if (round && round.status === 'open')
    return <RoundInProgress key={round.id} round={round} onRound={onRound} />;
  if (round) return <RoundResult round={round} workflowId={workflowId} onAgain={start} />;

  const required = report.data.goldItems >= report.data.required;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="your-calibration">
      <Stack gap="sm" align="flex-start">
        <Group gap="sm">
          <Title order={2} size="h4" id="your-calibration">
            Your calibration round
          </Title>
          {mine && <StatusBadge status={mine.latestStatus} />}
        </Group>
        <Text size="sm" maw={720}>
          A round shows you up to 10 outputs that reviewers agreed on (gold items). Judge each with the
          rubric, as in the queue; at the end you see your verdicts next to the agreed ones. Matching at least
          80% passes.{' '}
          {required
            ? 'New reviewers pass a round before they review this workflow’s queue.'
            : `The queue asks for a round once this workflow has ${report.data.required} gold items; it has ${report.data.goldItems}.`}
        </Text>
        {mine && mine.latestStatus !== 'open' && mine.latestStatus !== 'not_started' && (
          <Text size="sm" c="dimmed">
            Your latest round: {STATUS[mine.latestStatus].label.toLowerCase()}, {mine.latestCorrect} of{' '}
            {mine.latestTotal} matched.
          </Text>
        )}
        <FormError error={error} />
        <Button
          onClick={start}
          loading={starting}
          disabled={report.data.goldItems === 0}
          data-autofocus
          autoFocus
        >
          {mine?.latestStatus === 'open'
            ? 'Resume the round'
            : mine && mine.latestStatus !== 'not_started'
              ? 'Take another round'
              : 'Start the calibration round'}
        </Button>
        {report.data.goldItems === 0 && (
          <Text size="xs" c="dimmed">
            There are no gold items yet: a lead promotes reviewed outputs to gold in the Outputs tab.
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function CalibrationPage() {
  const { workflowId = '' } = useParams();
  const { can } = useOrganization();
  return (
    <Stack gap="lg">
      <WorkflowHeader workflowId={workflowId} />
      {can('quality', 'reviewer') ? (
        <YourCalibration workflowId={workflowId} />
      ) : (
        <Text size="sm" c="dimmed">
          Calibration rounds are for reviewers.
        </Text>
      )}
      {can('quality', 'lead') && <ReviewersPanel workflowId={workflowId} />}
    </Stack>
  );
}
