import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DECISION_TYPE_LABELS } from '@trellis/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { decisionsApi, type RequestDetail } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { PageSkeleton } from '../../components/PageSkeleton';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';
import { ROLE_LABELS, STATUS_COLORS, TIER_COLORS } from './format';

const roles = (list: string[]) => (list.length ? list.map((r) => ROLE_LABELS[r] ?? r).join(', ') : '—');

function DecideCard({ detail, onDone }: { detail: RequestDetail; onDone: () => Promise<void> }) {
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'approve' | 'reject' | null>(null);
  const decide = async (verdict: 'approve' | 'reject') => {
    setBusy(verdict);
    setError(null);
    try {
      const result = await decisionsApi.decide(detail.request.id, {
        version: detail.request.version,
        verdict,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      notifications.show({
        color: 'teal',
        message:
          result.status === 'pending'
            ? 'Your approval is recorded; another approver is needed.'
            : `Request ${result.status}.`,
      });
      await onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Your decision
        </Title>
        <Textarea
          label="Rationale"
          description="Goes into the decision log with the evidence"
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <FormError error={error} />
        <Group>
          <Button color="teal" loading={busy === 'approve'} onClick={() => decide('approve')}>
            Approve
          </Button>
          <Button color="red" variant="light" loading={busy === 'reject'} onClick={() => decide('reject')}>
            Reject
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function EditCard({ detail, onDone }: { detail: RequestDetail; onDone: () => Promise<void> }) {
  const [title, setTitle] = useState(detail.request.title);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setError(null);
    try {
      await decisionsApi.editRequest(detail.request.id, {
        version: detail.request.version,
        title: title.trim(),
      });
      notifications.show({
        color: 'blue',
        message: 'Saved as a new version; earlier approvals no longer count.',
      });
      await onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  const withdraw = async () => {
    setError(null);
    try {
      await decisionsApi.withdraw(detail.request.id, detail.request.version);
      await onDone();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Edit your request
        </Title>
        <Text size="sm" c="dimmed">
          Any edit makes a new version: approvals given so far stop counting
          {detail.request.status === 'approved' ? ' and the approved request goes back to its approvers' : ''}
          .
        </Text>
        <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <FormError error={error} />
        <Group>
          <Button
            variant="default"
            onClick={save}
            disabled={!title.trim() || title.trim() === detail.request.title}
          >
            Save as version {detail.request.version + 1}
          </Button>
          {detail.request.status === 'pending' && (
            <Button variant="subtle" color="red" onClick={withdraw}>
              Withdraw request
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** One decision request: its tier and why, who must approve, what happened so far, and the approver's buttons. */
export function RequestPage() {
  const { requestId = '' } = useParams();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const detail = useQuery({
    queryKey: orgKey('decision-request', requestId),
    queryFn: () => decisionsApi.request(requestId),
  });
  const apps = useQuery({ queryKey: orgKey('decision-apps'), queryFn: decisionsApi.applications });
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: orgKey('decision-request', requestId) });
    await queryClient.invalidateQueries({ queryKey: orgKey('decision-requests') });
  };
  if (detail.isPending) return <PageSkeleton />;
  if (detail.isError) return <QueryError error={detail.error} onRetry={() => detail.refetch()} />;
  const { request: r, approvals, rights, required } = detail.data;
  const application = apps.data?.items.find((a) => a.id === r.applicationId);
  const current = approvals.filter((a) => a.requestVersion === r.version);
  const earlier = approvals.filter((a) => a.requestVersion !== r.version);
  const note = typeof r.payload.note === 'string' ? r.payload.note : null;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/decisions" size="sm">
          Decisions
        </Anchor>
        <Text size="sm">Request</Text>
      </Breadcrumbs>
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} size="h2">
            {r.title}
          </Title>
          <Badge color={STATUS_COLORS[r.status]} size="lg">
            {r.status}
          </Badge>
          <Badge color={TIER_COLORS[r.tier]} variant="light" size="lg">
            {r.tier} risk
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {DECISION_TYPE_LABELS[r.decisionType]}
          {application ? ` · ${application.name}` : ''} · requested by {r.requester.name} · version{' '}
          {r.version}
        </Text>
        {note && <Text size="sm">{note}</Text>}
      </Stack>
      {detail.data.origin && (
        <Card withBorder padding="md" data-testid="request-origin">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Proposed from a confirmed insight
            </Text>
            <Anchor component={Link} to={detail.data.origin.link} size="sm">
              {detail.data.origin.insight.statement}
            </Anchor>
            <Text size="xs" c="dimmed">
              The change proposal “{detail.data.origin.subject}” is {detail.data.origin.status}; it follows
              this request.
            </Text>
          </Stack>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="lg">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Why {r.tier} risk
            </Title>
            <List size="sm" spacing={4}>
              {r.tierReasons.map((reason) => (
                <List.Item key={reason.text}>
                  <Badge size="xs" color={TIER_COLORS[reason.tier]} variant="light" mr={6}>
                    {reason.tier}
                  </Badge>
                  {reason.text}
                </List.Item>
              ))}
            </List>
            <Text size="sm">
              {r.tier === 'low'
                ? 'Low risk is self-serve: approved at once, the Informed roles are notified.'
                : r.tier === 'medium'
                  ? 'Medium risk needs the Accountable approver.'
                  : `High risk needs ${required} approvers, one of them Accountable.`}
            </Text>
            {r.preapprovedPattern && (
              <Text size="sm">Approved at once: it matches a pre-approved pattern.</Text>
            )}
          </Stack>
        </Card>
        <Card withBorder padding="lg">
          <Stack gap={6}>
            <Title order={2} size="h4">
              Decision rights
            </Title>
            <Text size="sm">Accountable: {roles(rights.accountable)}</Text>
            <Text size="sm">Responsible: {roles(rights.responsible)}</Text>
            <Text size="sm">Consulted: {roles(rights.consulted)}</Text>
            <Text size="sm">Informed: {roles(rights.informed)}</Text>
            <Text size="sm" mt="xs">
              Submitted {formatDateTime(r.submittedAt)}
            </Text>
            {r.dueAt && (
              <Text size="sm" data-testid="request-deadline">
                Due {formatDateTime(r.dueAt)} · reminder{' '}
                {r.remindedAt ? `sent ${formatDateTime(r.remindedAt)}` : `at ${formatDateTime(r.remindAt)}`}
                {r.escalatedAt ? ` · escalated ${formatDateTime(r.escalatedAt)}` : ''}
              </Text>
            )}
            {r.decidedAt && <Text size="sm">Decided {formatDateTime(r.decidedAt)}</Text>}
          </Stack>
        </Card>
      </SimpleGrid>
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Approvals of version {r.version}
          </Title>
          {current.length === 0 ? (
            <Text size="sm" c="dimmed">
              {r.status === 'pending'
                ? 'None yet.'
                : r.tier === 'low' || r.preapprovedPattern
                  ? 'None needed.'
                  : 'None.'}
            </Text>
          ) : (
            current.map((a) => (
              <Text size="sm" key={a.approverId}>
                <b>{a.approverName}</b> {a.verdict === 'approve' ? 'approved' : 'rejected'}
                {a.accountable ? ' (Accountable)' : ''} on {formatDateTime(a.createdAt)}
                {a.comment ? ` — “${a.comment}”` : ''}
              </Text>
            ))
          )}
          {earlier.length > 0 && (
            <Text size="xs" c="dimmed">
              {earlier.length} approval{earlier.length > 1 ? 's' : ''} of earlier versions no longer count.
            </Text>
          )}
        </Stack>
      </Card>
      {detail.data.canDecide && <DecideCard detail={detail.data} onDone={refresh} />}
      {detail.data.canEdit && <EditCard key={r.version} detail={detail.data} onDone={refresh} />}
    </Stack>
  );
}
