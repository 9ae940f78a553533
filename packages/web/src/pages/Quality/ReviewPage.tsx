import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Kbd,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type Answers, ApiError, api, type Criterion, type QueueItem, type ReviewResult } from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { Markdown } from '../../components/Markdown';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { WorkflowHeader } from './WorkflowHeader';

type Load =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'item'; item: QueueItem }
  | { status: 'error'; error: unknown };

const SHORTCUTS: [string[], string][] = [
  [['P'], 'Pass the focused criterion'],
  [['F'], 'Fail the focused criterion'],
  [['1', '…', '5'], 'Level of a 1–5 criterion'],
  [['↓', 'J'], 'Next criterion'],
  [['↑', 'K'], 'Previous criterion'],
  [['C'], 'Write a comment (Esc leaves the comment box)'],
  [['Enter'], 'Submit the review (Ctrl+Enter inside the comment)'],
  [['S'], 'Skip: give the output back to the queue'],
  [['?'], 'Show or hide these shortcuts'],
];

function Keys({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((k) => (k === '…' ? <Text key={k}>–</Text> : <Kbd key={k}>{k}</Kbd>))}
    </Group>
  );
}

/** Seconds on the current item, ticking on its own so the page does not re-render every second. */
function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  return (
    <Text size="sm" c="dimmed" aria-label="Time on this output">
      {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')} on this output
    </Text>
  );
}

function answered(c: Criterion, answers: Answers) {
  return answers[c.key] !== undefined;
}

function CriterionRow({
  criterion,
  index,
  focused,
  answer,
  onFocus,
  onAnswer,
}: {
  criterion: Criterion;
  index: number;
  focused: boolean;
  answer: boolean | number | undefined;
  onFocus: () => void;
  onAnswer: (value: boolean | number) => void;
}) {
  const passLevel = criterion.passLevel ?? 3;
  const fails =
    answer === undefined
      ? null
      : criterion.kind === 'pass_fail'
        ? answer === false
        : (answer as number) < passLevel;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={criterion.label}
      aria-current={focused ? 'true' : undefined}
      data-focused={focused || undefined}
      onClick={onFocus}
      style={{
        cursor: 'pointer',
        borderColor: focused ? 'var(--mantine-primary-color-filled)' : undefined,
        boxShadow: focused ? '0 0 0 1px var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" c="dimmed" fw={700} w={16} ta="right" style={{ flexShrink: 0 }}>
              {index + 1}
            </Text>
            <Text size="sm" fw={600}>
              {criterion.label}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {fails !== null && (
              <Badge size="sm" variant="filled" color={fails ? 'red' : 'teal'}>
                {fails ? 'Fails' : 'Passes'}
              </Badge>
            )}
            <Badge size="sm" variant="light" color={criterion.severity === 'critical' ? 'orange' : 'gray'}>
              {criterion.severity}
            </Badge>
          </Group>
        </Group>
        {criterion.kind === 'pass_fail' ? (
          <Group gap="xs" pl={24}>
            <Button
              size="xs"
              variant={answer === true ? 'filled' : 'default'}
              color="teal"
              aria-pressed={answer === true}
              onClick={(e) => {
                e.stopPropagation();
                onAnswer(true);
              }}
              rightSection={<Kbd size="xs">P</Kbd>}
            >
              Pass
            </Button>
            <Button
              size="xs"
              variant={answer === false ? 'filled' : 'default'}
              color="red"
              aria-pressed={answer === false}
              onClick={(e) => {
                e.stopPropagation();
                onAnswer(false);
              }}
              rightSection={<Kbd size="xs">F</Kbd>}
            >
              Fail
            </Button>
          </Group>
        ) : (
          <Stack gap={4} pl={24}>
            <Group gap={4}>
              {[1, 2, 3, 4, 5].map((level) => (
                <Tooltip key={level} label={criterion.levels?.[level - 1] || `Level ${level}`} withArrow>
                  <Button
                    size="xs"
                    w={40}
                    px={0}
                    variant={answer === level ? 'filled' : 'default'}
                    color={level >= passLevel ? 'teal' : 'red'}
                    aria-pressed={answer === level}
                    aria-label={`Level ${level}${criterion.levels?.[level - 1] ? `: ${criterion.levels[level - 1]}` : ''}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onAnswer(level);
                    }}
                  >
                    {level}
                  </Button>
                </Tooltip>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {typeof answer === 'number'
                ? `${answer}: ${criterion.levels?.[answer - 1] ?? ''}`
                : `Passes at level ${passLevel} or above`}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function Verdict({ result }: { result: ReviewResult }) {
  const failed = [...result.failedCritical.map((k) => `${k} (critical)`), ...result.failedMinor];
  return (
    <Alert
      variant="light"
      color={result.defect ? 'red' : 'teal'}
      icon={<Icon name={result.defect ? 'alert' : 'check'} />}
      title={result.defect ? 'Previous output: defect' : 'Previous output: passed'}
      py="xs"
      role="status"
    >
      {failed.length ? `Failed: ${failed.join(', ')}` : 'Every criterion passed'}
      {result.score !== null && ` · score ${result.score.toFixed(1)}`}
    </Alert>
  );
}

function OutputView({ item }: { item: QueueItem }) {
  const { output } = item;
  const metadata = Object.entries(output.metadata);
  return (
    <Card withBorder padding="lg">
      <Group justify="space-between" mb="sm" gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4">
            Output
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {output.segment}
          </Badge>
          {item.kind === 'second' && (
            <Tooltip label="Someone else reviewed this output; judge it on your own — their verdict stays hidden">
              <Badge variant="light" color="grape">
                Second review · blind
              </Badge>
            </Tooltip>
          )}
          {item.kind === 'flagged' && (
            <Tooltip label="Pulled into the queue by end-user feedback; not part of the random sample">
              <Badge variant="light" color="orange">
                Flagged by feedback
              </Badge>
            </Tooltip>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {output.clientId} · {formatDateTime(output.createdAt)}
        </Text>
      </Group>
      <Paper
        p="md"
        radius="md"
        bg="var(--mantine-color-default-hover)"
        style={{ overflowWrap: 'anywhere' }}
        data-testid="output-content"
      >
        {output.content !== null ? (
          <Markdown source={output.content} />
        ) : output.link ? (
          <Text>
            The content is at{' '}
            <Anchor href={output.link} target="_blank" rel="noopener noreferrer nofollow">
              {output.link}
            </Anchor>
          </Text>
        ) : (
          <Text c="dimmed">No content was logged.</Text>
        )}
      </Paper>
      {metadata.length > 0 && (
        <Table mt="md" withRowBorders={false} verticalSpacing={2} aria-label="Metadata">
          <Table.Tbody>
            {metadata.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td w="30%">
                  <Text size="xs" c="dimmed">
                    {key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{String(value)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

export function ReviewPage() {
  const { workflowId = '' } = useParams();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [answers, setAnswers] = useState<Answers>({});
  const [focus, setFocus] = useState(0);
  const [comment, setComment] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ReactNode>(null);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [verdict, setVerdict] = useState<ReviewResult | null>(null);
  const [alarms, setAlarms] = useState(0);
  const [reviewed, setReviewed] = useState(0);
  const [startedAt, setStartedAt] = useState(() => performance.now());
  const region = useRef<HTMLElement>(null);
  const commentBox = useRef<HTMLTextAreaElement>(null);
  const request = useRef(0);
  const skipped = useRef<string | null>(null);

  const loadNext = useCallback(async () => {
    const mine = ++request.current;
    setLoad({ status: 'loading' });
    try {
      const item = await api.claimNext(workflowId);
      if (mine !== request.current) return;
      setAnswers({});
      setFocus(0);
      setComment('');
      setSubmitError(null);
      setStartedAt(performance.now());
      if (item && item.output.id === skipped.current)
        setNotice(
          'Skipped outputs go back to the queue; this one is still the oldest waiting, so it came back.',
        );
      skipped.current = null;
      setLoad(item ? { status: 'item', item } : { status: 'empty' });
    } catch (error) {
      if (mine === request.current) setLoad({ status: 'error', error });
    }
  }, [workflowId]);

  useEffect(() => {
    void loadNext();
  }, [loadNext]);

  // Keyboard focus goes to the review area whenever an output arrives, so the shortcuts work at once.
  const itemId = load.status === 'item' ? load.item.output.id : null;
  useEffect(() => {
    if (itemId) region.current?.focus({ preventScroll: true });
  }, [itemId]);

  useEffect(() => {
    if (!verdict) return;
    const timer = setTimeout(() => setVerdict(null), 6000);
    return () => clearTimeout(timer);
  }, [verdict]);

  const item = load.status === 'item' ? load.item : null;
  const criteria = (item?.standard.criteria ?? []) as Criterion[];
  const complete = criteria.length > 0 && criteria.every((c) => answered(c, answers));

  const answer = (index: number, value: boolean | number) => {
    const criterion = criteria[index];
    if (!criterion) return;
    const next = { ...answers, [criterion.key]: value };
    setAnswers(next);
    setNotice(null);
    // Move on to the next unanswered criterion (after this one first), so a run of keys fills the rubric.
    const order = [...criteria.keys()].map((k) => (index + 1 + k) % criteria.length);
    const open = order.find((k) => !answered(criteria[k]!, next));
    setFocus(open ?? Math.min(index + 1, criteria.length - 1));
  };

  const submit = async () => {
    if (!item || busy) return;
    const missing = criteria.findIndex((c) => !answered(c, answers));
    if (missing >= 0) {
      setFocus(missing);
      setNotice(`Answer “${criteria[missing]!.label}” first.`);
      return;
    }
    setBusy(true);
    setSubmitError(null);
    try {
      const trimmed = comment.trim();
      const result = await api.submitReview(item.output.id, {
        answers,
        ...(trimmed ? { comment: trimmed } : {}),
        timeSpentMs: Math.max(0, Math.round(performance.now() - startedAt)),
      });
      setVerdict(result);
      setReviewed((n) => n + 1);
      setNotice(null);
      if (result.alarmsRaised > 0) setAlarms((n) => n + result.alarmsRaised);
      // The dashboard's estimates changed with this review.
      void queryClient.invalidateQueries({ queryKey: orgKey('quality', workflowId) });
      await loadNext();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setNotice(
          `Your review was not saved: ${error.detail} The next output is loaded; the previous one stays in the queue if it still needs a review.`,
        );
        await loadNext();
      } else setSubmitError(error);
    } finally {
      setBusy(false);
    }
  };

  const skip = async () => {
    if (!item || busy) return;
    setBusy(true);
    try {
      await api.releaseClaim(item.output.id);
      skipped.current = item.output.id;
      setNotice(null);
      await loadNext();
    } catch (error) {
      setSubmitError(error);
    } finally {
      setBusy(false);
    }
  };

  // Focus at once, inside the key handler, so the next keys typed land in the box.
  const openComment = () => commentBox.current?.focus();

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) {
      if (event.key === 'Escape') target.blur();
      else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && target === commentBox.current) {
        event.preventDefault();
        void submit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '?') {
      event.preventDefault();
      setHelpOpen((open) => !open);
      return;
    }
    if (helpOpen || !item) return;
    const criterion = criteria[focus];
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === 'p' || key === 'f') {
      event.preventDefault();
      if (criterion?.kind === 'pass_fail') answer(focus, key === 'p');
      else if (criterion) setNotice(`“${criterion.label}” is judged on a scale: press 1–5.`);
    } else if (/^[1-5]$/.test(key)) {
      event.preventDefault();
      if (criterion?.kind === 'scale') answer(focus, Number(key));
      else if (criterion) setNotice(`“${criterion.label}” is pass or fail: press P or F.`);
    } else if (key === 'ArrowDown' || key === 'j') {
      event.preventDefault();
      setFocus((f) => Math.min(criteria.length - 1, f + 1));
    } else if (key === 'ArrowUp' || key === 'k') {
      event.preventDefault();
      setFocus((f) => Math.max(0, f - 1));
    } else if (key === 'c') {
      event.preventDefault();
      openComment();
    } else if (key === 's') {
      event.preventDefault();
      void skip();
    } else if (key === 'Enter' && target?.tagName !== 'BUTTON' && target?.tagName !== 'A') {
      event.preventDefault();
      void submit();
    }
  };
  const keyHandler = useRef(onKey);
  keyHandler.current = onKey;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keyHandler.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const calibration =
    load.status === 'error' &&
    load.error instanceof ApiError &&
    load.error.type.endsWith(':calibration-required');

  return (
    <Stack gap="lg">
      <WorkflowHeader
        workflowId={workflowId}
        actions={
          <Button
            variant="subtle"
            size="xs"
            leftSection={<Icon name="keyboard" size={16} />}
            onClick={() => setHelpOpen(true)}
          >
            Shortcuts{' '}
            <Kbd size="xs" ml={6}>
              ?
            </Kbd>
          </Button>
        }
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="reviewed-count">
          Reviewed this session: {reviewed}
        </Text>
        {item && (
          <Group gap="md">
            <Elapsed key={item.output.id} since={startedAt} />
            <Text size="sm" c="dimmed">
              Claimed until{' '}
              {new Date(item.claimExpiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
            </Text>
          </Group>
        )}
      </Group>
      {alarms > 0 && (
        <Alert
          color="red"
          variant="filled"
          icon={<Icon name="bell" />}
          title="Alarm raised"
          withCloseButton
          onClose={() => setAlarms(0)}
          role="alert"
        >
          The drift monitor raised {alarms === 1 ? 'an alarm' : `${alarms} alarms`}: that segment is now
          reviewed in full until a lead clears it on the{' '}
          <Anchor component={Link} to={`/quality/${workflowId}`} c="white" underline="always">
            dashboard
          </Anchor>
          .
        </Alert>
      )}
      {verdict && <Verdict result={verdict} />}
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
      {load.status === 'loading' ? (
        <PageSkeleton />
      ) : load.status === 'error' ? (
        calibration ? (
          <Alert
            color="blue"
            variant="light"
            icon={<Icon name="info" />}
            title="Calibration round first"
            maw={720}
          >
            {(load.error as ApiError).detail}
          </Alert>
        ) : (
          <QueryError error={load.error} onRetry={loadNext} />
        )
      ) : load.status === 'empty' ? (
        <EmptyNote
          title="The queue is empty"
          description="Every output sampled for review has been reviewed. New ones arrive as the workflow logs outputs."
          action={
            <Group gap="xs" mt="xs">
              <Button variant="light" onClick={loadNext}>
                Check again
              </Button>
              <Button variant="default" component={Link} to={`/quality/${workflowId}`}>
                Open the dashboard
              </Button>
            </Group>
          }
        />
      ) : (
        <section
          ref={region}
          tabIndex={-1}
          aria-label="Review the output against the rubric"
          style={{ outline: 'none' }}
          data-testid="review-area"
          data-output-id={load.item.output.id}
        >
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <OutputView item={load.item} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder padding="lg">
                <Group justify="space-between" mb="sm">
                  <Title order={2} size="h4">
                    Rubric
                  </Title>
                  <Text size="xs" c="dimmed">
                    Standard v{load.item.standard.version} · <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> to
                    move
                  </Text>
                </Group>
                <Stack gap="xs" aria-label="Criteria">
                  {criteria.map((c, index) => (
                    <CriterionRow
                      key={c.key}
                      criterion={c}
                      index={index}
                      focused={index === focus}
                      answer={answers[c.key]}
                      onFocus={() => setFocus(index)}
                      onAnswer={(value) => answer(index, value)}
                    />
                  ))}
                </Stack>
                <Textarea
                  ref={commentBox}
                  mt="md"
                  label={
                    <>
                      Comment <Kbd size="xs">C</Kbd>
                    </>
                  }
                  description="Optional. Esc leaves the box; Ctrl+Enter submits"
                  autosize
                  minRows={1}
                  maxLength={5000}
                  value={comment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                />
                <FormError error={submitError} />
                <Group justify="space-between" mt="md">
                  <Button
                    variant="default"
                    onClick={skip}
                    disabled={busy}
                    rightSection={<Kbd size="xs">S</Kbd>}
                  >
                    Skip
                  </Button>
                  <Button
                    onClick={submit}
                    loading={busy}
                    disabled={!complete}
                    rightSection={<Kbd size="xs">Enter</Kbd>}
                  >
                    Submit review
                  </Button>
                </Group>
              </Card>
            </Grid.Col>
          </Grid>
        </section>
      )}
      <Modal opened={helpOpen} onClose={() => setHelpOpen(false)} title="Keyboard shortcuts" centered>
        <Table verticalSpacing={6} aria-label="Keyboard shortcuts">
          <Table.Tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <Table.Tr key={what}>
                <Table.Td w={130}>
                  <Keys keys={keys} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{what}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Modal>
    </Stack>
  );
}
