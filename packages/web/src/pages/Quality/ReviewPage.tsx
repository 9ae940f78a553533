import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Kbd,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api, type Criterion, type QueueItem, type ReviewResult } from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { lazyModal } from '../../components/lazy-modal';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime, formatTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { MetadataTable, OutputContent } from './OutputContent';
import {
  RUBRIC_SHORTCUTS,
  RubricChecklist,
  type Shortcut,
  ShortcutsButton,
  useRubric,
  useWindowKeydown,
} from './Rubric';
import { WorkflowHeader } from './WorkflowHeader';

const ShortcutsModal = lazyModal(() => import('./ShortcutsModal').then((m) => m.ShortcutsModal));

type Load =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'calibration'; detail: string }
  | { status: 'item'; item: QueueItem }
  | { status: 'error'; error: unknown };

const SHORTCUTS: Shortcut[] = [
  ...RUBRIC_SHORTCUTS,
  [['C'], 'Write a comment (Esc leaves the comment box)'],
  [['Enter'], 'Submit the review (Ctrl+Enter inside the comment)'],
  [['S'], 'Skip: give the output back to the queue'],
  [['?'], 'Show or hide these shortcuts'],
];

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
      <OutputContent content={output.content} link={output.link} removed={output.contentRemoved} />
      <MetadataTable metadata={output.metadata} />
    </Card>
  );
}

export function ReviewPage() {
  const { workflowId = '' } = useParams();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
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
  const item = load.status === 'item' ? load.item : null;
  const criteria = (item?.standard.criteria ?? []) as Criterion[];
  const rubric = useRubric(criteria, setNotice);
  const resetRubric = rubric.reset;

  const loadNext = useCallback(async () => {
    const mine = ++request.current;
    setLoad({ status: 'loading' });
    try {
      const next = await api.claimNext(workflowId);
      if (mine !== request.current) return;
      // Calibration comes first: an expected state the server answers in the body, not an error.
      if (next && 'state' in next && next.state === 'calibration-required') {
        setLoad({ status: 'calibration', detail: next.detail });
        return;
      }
      const item = next as QueueItem | null;
      resetRubric();
      setComment('');
      setSubmitError(null);
      setStartedAt(performance.now());
      if (item && item.output.id === skipped.current)
        setNotice(
          'Skipped outputs go to the back of your queue; this one came back because nothing else is waiting.',
        );
      skipped.current = null;
      setLoad(item ? { status: 'item', item } : { status: 'empty' });
    } catch (error) {
      if (mine === request.current) setLoad({ status: 'error', error });
    }
  }, [workflowId, resetRubric]);

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

  const submit = async () => {
    if (!item || busy) return;
    if (!rubric.checkComplete()) return;
    setBusy(true);
    setSubmitError(null);
    try {
      const trimmed = comment.trim();
      const result = await api.submitReview(item.output.id, {
        answers: rubric.answers,
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
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (rubric.handleKey(key)) {
      event.preventDefault();
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
  useWindowKeydown(onKey);

  const calibration =
    load.status === 'calibration' ||
    (load.status === 'error' &&
      load.error instanceof ApiError &&
      load.error.type.endsWith(':calibration-required'));

  return (
    <Stack gap="lg">
      <WorkflowHeader
        workflowId={workflowId}
        actions={<ShortcutsButton onClick={() => setHelpOpen(true)} />}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="reviewed-count">
          Reviewed this session: {reviewed}
        </Text>
        {item && (
          <Group gap="md">
            <Elapsed key={item.output.id} since={startedAt} />
            <Text size="sm" c="dimmed">
              Claimed until {formatTime(item.claimExpiresAt)}
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
      ) : load.status === 'error' || load.status === 'calibration' ? (
        calibration ? (
          <Alert
            color="blue"
            variant="light"
            icon={<Icon name="info" />}
            title="Calibration round first"
            maw={720}
          >
            <Stack gap="sm" align="flex-start">
              <Text size="sm">
                {load.status === 'calibration' ? load.detail : (load.error as ApiError).detail} It is a short
                set of outputs a lead has already judged; your verdicts are compared with theirs, and passing
                opens the queue.
              </Text>
              <Button component={Link} to={`/quality/${workflowId}/calibration`} size="sm">
                Take the calibration round
              </Button>
            </Stack>
          </Alert>
        ) : (
          <QueryError error={load.status === 'error' ? load.error : null} onRetry={loadNext} />
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
                <RubricChecklist criteria={criteria} rubric={rubric} />
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
                    disabled={!rubric.complete}
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
      <ShortcutsModal opened={helpOpen} onClose={() => setHelpOpen(false)} shortcuts={SHORTCUTS} />
    </Stack>
  );
}
