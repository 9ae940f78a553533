import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type ChangeProposal, type ChangeTarget, type InsightDetail, learningApi } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { TARGET_LABELS } from './parts';

const STATUS_COLORS: Record<ChangeProposal['status'], string> = {
  proposed: 'yellow',
  accepted: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

/**
 * Changes a confirmed insight proposes. Each goes through the decision-rights flow as a decision request;
 * its status follows the request's, and the request page is where it is approved or rejected.
 */
export function ProposalsPanel({ insight }: { insight: InsightDetail }) {
  const { can } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('insight', insight.id) });
  const form = useForm({
    initialValues: { target: 'gate_threshold' as ChangeTarget, targetId: '', subject: '', change: '' },
    validate: {
      subject: (v) => (v.trim() ? null : 'Name what changes'),
      change: (v) => (v.trim() ? null : 'Describe the change'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async ({ targetId, ...v }) => {
    await learningApi.proposeChange(insight.id, { ...v, ...(targetId.trim() ? { targetId } : {}) });
    form.reset();
    await refresh();
    await queryClient.invalidateQueries({ queryKey: orgKey('decision-requests') });
  });
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          Proposed changes
        </Title>
        {insight.proposals.length === 0 && (
          <Text size="sm" c="dimmed">
            {insight.status === 'confirmed'
              ? 'A confirmed insight can propose a change to a rubric, a gate threshold, a plan template or a quality standard.'
              : 'Once confirmed, this insight can propose changes.'}
          </Text>
        )}
        {insight.proposals.map((p) => (
          <Paper key={p.id} withBorder p="sm" data-testid="proposal">
            <Group justify="space-between" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  <Badge variant="light">{TARGET_LABELS[p.target]}</Badge>
                  <Text fw={600} size="sm">
                    {p.subject}
                  </Text>
                  {p.targetId && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {p.targetId}
                    </Text>
                  )}
                </Group>
                <Text size="sm">{p.change}</Text>
                <Text size="xs" c="dimmed">
                  Proposed by {p.proposedBy?.name ?? 'an integration'} on {formatDate(p.createdAt)}
                  {p.decidedBy && ` · ${p.status} by ${p.decidedBy.name}`}
                  {p.decisionNote && ` — “${p.decisionNote}”`}
                </Text>
              </Stack>
              <Stack gap={4} align="flex-end">
                <Badge color={STATUS_COLORS[p.status]}>{p.status}</Badge>
                {p.decisionRequestId && (
                  <Anchor component={Link} to={`/decisions/requests/${p.decisionRequestId}`} size="sm">
                    {p.status === 'proposed' ? 'Decision request' : 'Decision'}
                  </Anchor>
                )}
              </Stack>
            </Group>
          </Paper>
        ))}
        {insight.status === 'confirmed' && can('learning', 'contributor') && (
          <form onSubmit={onSubmit} noValidate aria-label="Propose a change">
            <Stack gap="sm">
              <Group grow align="flex-start">
                <Select
                  label="Change to"
                  allowDeselect={false}
                  data={Object.entries(TARGET_LABELS).map(([value, label]) => ({ value, label }))}
                  {...form.getInputProps('target')}
                />
                <TextInput label="What changes" {...form.getInputProps('subject')} />
                <TextInput
                  label="Its id (optional)"
                  description="The rubric, gate or template id, if it has one"
                  {...form.getInputProps('targetId')}
                />
              </Group>
              <Text size="xs" c="dimmed">
                The proposal becomes a decision request; the decision rights say who approves it.
              </Text>
              <Textarea label="The change" autosize minRows={2} {...form.getInputProps('change')} />
              <FormError error={error} />
              <Group justify="flex-end">
                <Button type="submit" variant="light" loading={submitting}>
                  Propose change
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
