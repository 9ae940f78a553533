import {
  Alert,
  Badge,
  Button,
  Card,
  Drawer,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  ApiError,
  api,
  type OutputDetail,
  type OutputFilters,
  type OutputStatus,
  type OutputSummary,
} from '../../api';
import { EmptyNote } from '../../components/EmptyNote';
import { Icon } from '../../components/Icon';
import { LoadMore } from '../../components/LoadMore';
import { TableSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';
import { formatPi, plainExcerpt } from './format';
import { MetadataTable, OutputContent } from './OutputContent';
import { WorkflowHeader } from './WorkflowHeader';

export const STATUS_LABELS: Record<OutputStatus, string> = {
  queued: 'Waiting for review',
  second_review: 'Second review',
  reviewed: 'Reviewed',
  released: 'Released',
};
const STATUS_COLORS: Record<OutputStatus, string> = {
  queued: 'yellow',
  second_review: 'grape',
  reviewed: 'blue',
  released: 'gray',
};

function StatusBadge({ status }: { status: OutputStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" style={{ minWidth: 'max-content' }}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

function VerdictBadge({ defect }: { defect: boolean | null }) {
  if (defect === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Badge variant="filled" color={defect ? 'red' : 'teal'} style={{ minWidth: 'max-content' }}>
      {defect ? 'Defect' : 'Passed'}
    </Badge>
  );
}

function GoldBadge() {
  return (
    <Tooltip label="A gold item: its agreed verdict is used to calibrate reviewers">
      <Badge
        variant="light"
        color="yellow"
        leftSection={<Icon name="check" size={12} />}
        style={{ minWidth: 'max-content' }}
      >
        Gold
      </Badge>
    </Tooltip>
  );
}

const FILTERS = ['status', 'segment', 'flagged', 'defect'] as const;

function Filters({
  filters,
  segments,
  onChange,
}: {
  filters: OutputFilters;
  segments: string[];
  onChange: (key: (typeof FILTERS)[number], value: string | null) => void;
}) {
  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter outputs">
      <Select
        label="Status"
        placeholder="Any status"
        clearable
        w={190}
        data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        value={filters.status ?? null}
        onChange={(v) => onChange('status', v)}
      />
      <Select
        label="Segment"
        placeholder="Any segment"
        clearable
        searchable
        w={220}
        data={segments}
        value={filters.segment ?? null}
        onChange={(v) => onChange('segment', v)}
        nothingFoundMessage="No such segment"
      />
      <Select
        label="Verdict"
        placeholder="Any verdict"
        clearable
        w={160}
        data={[
          { value: 'true', label: 'Defect' },
          { value: 'false', label: 'Passed' },
        ]}
        value={filters.defect ?? null}
        onChange={(v) => onChange('defect', v)}
      />
      <Select
        label="Feedback flag"
        placeholder="Flagged or not"
        clearable
        w={170}
        data={[
          { value: 'true', label: 'Flagged' },
          { value: 'false', label: 'Not flagged' },
        ]}
        value={filters.flagged ?? null}
        onChange={(v) => onChange('flagged', v)}
      />
    </Group>
  );
}

function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function PromoteToGold({ output, workflowId }: { output: OutputSummary; workflowId: string }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const promote = useMutation({
    mutationFn: () => api.promoteToGold(output.id, note.trim()),
    onSuccess: (gold) => {
      notifications.show({
        color: 'teal',
        message: `${output.clientId} is now a gold item (${gold.defect ? 'a defect' : 'passes'}).`,
      });
      void queryClient.invalidateQueries({ queryKey: orgKey('calibration', workflowId) });
      return queryClient.invalidateQueries({ queryKey: orgKey('outputs', workflowId) });
    },
    // A conflict means the output changed elsewhere (promoted by someone else, a second review): reload it.
    onError: (error) =>
      error instanceof ApiError && error.status === 409
        ? queryClient.invalidateQueries({ queryKey: orgKey('outputs', workflowId) })
        : undefined,
  });
  const conflict = promote.error instanceof ApiError && promote.error.status === 409;
  const problem = promote.error ? (
    <Alert
      color={conflict ? 'orange' : 'red'}
      variant="light"
      icon={<Icon name="alert" />}
      title={conflict ? 'Not promoted' : 'Something went wrong'}
      role="alert"
      py="xs"
    >
      {promote.error instanceof ApiError ? promote.error.detail : String(promote.error)}
    </Alert>
  ) : null;
  if (output.gold)
    return (
      <Stack gap="sm">
        {problem}
        <Alert color="yellow" variant="light" icon={<Icon name="check" />}>
          This output is a gold item for calibration.
        </Alert>
      </Stack>
    );
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          promote.mutate();
        }}
      >
        <Stack gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h5">
              Promote to gold
            </Title>
            <Text size="xs" c="dimmed">
              A gold item keeps its reviewers’ agreed verdict. With enough of them, new reviewers pass a
              calibration round on them before joining the queue.
            </Text>
          </Stack>
          <Textarea
            label="Note"
            description="Optional: why this is a clear case, for the reviewers who see the result"
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {problem}
          <Group justify="flex-end">
            <Button type="submit" color="yellow" loading={promote.isPending}>
              Promote to gold
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function OutputDrawerBody({
  summary,
  detail,
  canLead,
  workflowId,
}: {
  summary: OutputSummary;
  detail: OutputDetail;
  canLead: boolean;
  workflowId: string;
}) {
  const metadata = Object.entries(detail.metadata);
  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge status={detail.status} />
        <VerdictBadge defect={detail.defect} />
        {detail.gold && <GoldBadge />}
        {detail.flagged && (
          <Badge variant="light" color="orange">
            Flagged by feedback
          </Badge>
        )}
      </Group>
      <OutputContent
        content={detail.content}
        link={detail.link}
        removed={detail.contentRemoved}
        testId="output-detail-content"
      />
      <Title order={3} size="h5">
        Decision
      </Title>
      <SimpleGrid cols={3} spacing="sm" verticalSpacing="sm">
        <Fact label="Selected for review">{detail.review ? 'Yes' : 'No'}</Fact>
        <Fact label="Inclusion probability π">{formatPi(detail.pi)}</Fact>
        <Fact label="Segment">{detail.segment}</Fact>
        <Fact label="Standard">v{detail.standardVersion}</Fact>
        <Fact label="Reviews">{detail.reviewCount}</Fact>
        <Fact label="Judge score">{detail.judgeScore === null ? '—' : detail.judgeScore.toFixed(2)}</Fact>
        <Fact label="Logged">{formatDateTime(detail.createdAt)}</Fact>
        <Fact label="Output id">
          <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {detail.id}
          </Text>
        </Fact>
      </SimpleGrid>
      {detail.reviews.length > 0 && <ReviewList reviews={detail.reviews} />}
      <Title order={3} size="h5">
        Metadata
      </Title>
      {metadata.length ? (
        <MetadataTable metadata={detail.metadata} size="sm" mt={0} />
      ) : (
        <Text size="sm" c="dimmed">
          None
        </Text>
      )}
      {canLead &&
        (detail.gold || detail.reviewCount > 0 ? (
          <PromoteToGold key={summary.id} output={summary} workflowId={workflowId} />
        ) : (
          <Text size="sm" c="dimmed">
            Once reviewed, a lead can promote this output to a gold item for calibration.
          </Text>
        ))}
    </Stack>
  );
}

const REVIEW_KIND: Record<OutputDetail['reviews'][number]['kind'], string> = {
  sampled: 'Sampled review',
  second: 'Blind second review',
  flagged: 'Review of a flag',
};

function ReviewList({ reviews }: { reviews: OutputDetail['reviews'] }) {
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Reviews
      </Title>
      {reviews.map((r) => (
        <Card key={`${r.createdAt}-${r.reviewer}`} withBorder padding="sm">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <VerdictBadge defect={r.defect} />
              <Text size="sm" fw={500}>
                {r.reviewer ?? 'A former member'}
              </Text>
              <Text size="xs" c="dimmed">
                {REVIEW_KIND[r.kind]} · standard v{r.standardVersion}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {formatDateTime(r.createdAt)}
            </Text>
          </Group>
          {r.comment && (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {r.comment}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}

function OutputDrawer({
  summary,
  onClose,
  workflowId,
}: {
  summary: OutputSummary | null;
  onClose: () => void;
  workflowId: string;
}) {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const detail = useQuery({
    queryKey: orgKey('output', summary?.id),
    queryFn: () => api.output(summary!.id),
    enabled: summary !== null,
  });
  return (
    <Drawer
      opened={summary !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={600} size="lg">
          Output {summary?.clientId}
        </Text>
      }
    >
      {!summary ? null : detail.isPending ? (
        <TableSkeleton />
      ) : detail.isError ? (
        <QueryError error={detail.error} onRetry={() => detail.refetch()} />
      ) : (
        <OutputDrawerBody
          summary={summary}
          detail={detail.data}
          canLead={can('quality', 'lead')}
          workflowId={workflowId}
        />
      )}
    </Drawer>
  );
}

export function OutputsPage() {
  const { workflowId = '' } = useParams();
  const orgKey = useOrgKey();
  const [params, setParams] = useSearchParams();
  const [openId, setOpenId] = useState<string | null>(null);
  const filters: OutputFilters = {};
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) Object.assign(filters, { [key]: value });
  }
  const summary = useQuery({
    queryKey: orgKey('quality', workflowId),
    queryFn: () => api.quality(workflowId),
  });
  const outputs = usePagedList(orgKey('outputs', workflowId, filters), (cursor) =>
    api.outputs(workflowId, filters, cursor),
  );
  const segments = summary.data?.segments.map((s) => s.segment) ?? [];
  const setFilter = (key: (typeof FILTERS)[number], value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const filtered = FILTERS.some((key) => params.get(key));
  const open = outputs.items.find((o) => o.id === openId) ?? null;

  return (
    <Stack gap="lg">
      <WorkflowHeader workflowId={workflowId} />
      <Filters filters={filters} segments={segments} onChange={setFilter} />
      {outputs.isPending ? (
        <TableSkeleton />
      ) : outputs.isError ? (
        <QueryError error={outputs.error} onRetry={() => outputs.refetch()} />
      ) : outputs.items.length === 0 ? (
        <EmptyNote
          title={filtered ? 'No outputs match these filters' : 'No outputs yet'}
          description={
            filtered
              ? 'Clear a filter to see more.'
              : 'Outputs appear here as the workflow logs them through the API; the Standard tab shows the request.'
          }
        />
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs" highlightOnHover aria-label="Outputs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client id</Table.Th>
                <Table.Th>Segment</Table.Th>
                <Table.Th>Excerpt</Table.Th>
                <Table.Th ta="right">π</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Verdict</Table.Th>
                <Table.Th ta="right">Reviews</Table.Th>
                <Table.Th>Gold</Table.Th>
                <Table.Th>Logged</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outputs.items.map((o) => (
                <Table.Tr
                  key={o.id}
                  data-testid={`output-row-${o.clientId}`}
                  onClick={() => setOpenId(o.id)}
                  style={{ cursor: 'pointer' }}
                >
                  <Table.Td>
                    <UnstyledButton
                      onClick={(e) => {
                        e.stopPropagation();
                        setOpenId(o.id);
                      }}
                      aria-label={`Open output ${o.clientId}`}
                    >
                      <Text
                        size="sm"
                        fw={500}
                        ff="monospace"
                        c="var(--mantine-primary-color-text)"
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {o.clientId}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {o.segment}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={200}>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {o.excerpt === null ? '(a link)' : plainExcerpt(o.excerpt)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" ff="monospace">
                    {formatPi(o.pi)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <StatusBadge status={o.status} />
                      {o.flagged && (
                        <Tooltip label="Flagged by end-user feedback">
                          <Badge variant="light" color="orange" size="sm">
                            Flag
                          </Badge>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <VerdictBadge defect={o.defect} />
                  </Table.Td>
                  <Table.Td ta="right">{o.reviews}</Table.Td>
                  <Table.Td>{o.gold && <GoldBadge />}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(o.createdAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore {...outputs} />
      <OutputDrawer summary={open} onClose={() => setOpenId(null)} workflowId={workflowId} />
    </Stack>
  );
}
