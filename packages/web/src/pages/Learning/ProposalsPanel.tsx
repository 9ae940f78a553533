import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeTarget, type InsightDetail, learningApi } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { hasRole } from '../../roles';
import { TARGET_LABELS } from './parts';

/** Changes a confirmed insight proposes, and the decision on each (a lead other than the proposer). */
export function ProposalsPanel({ insight }: { insight: InsightDetail }) {
  const { role, session } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('insight', insight.id) });
  const form = useForm({
    initialValues: { target: 'gate_threshold' as ChangeTarget, subject: '', change: '' },
    validate: {
      subject: (v) => (v.trim() ? null : 'Name what changes'),
      change: (v) => (v.trim() ? null : 'Describe the change'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (v) => {
    await learningApi.proposeChange(insight.id, v);
    form.reset();
    await refresh();
  });
  const decide = useMutation({
    mutationFn: (input: { id: string; status: 'accepted' | 'rejected' }) =>
      learningApi.decideProposal(input.id, { status: input.status }),
    onSuccess: refresh,
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
                </Group>
                <Text size="sm">{p.change}</Text>
                <Text size="xs" c="dimmed">
                  Proposed by {p.proposedBy?.name ?? 'an integration'} on {formatDate(p.createdAt)}
                  {p.decidedBy && ` · ${p.status} by ${p.decidedBy.name}`}
                </Text>
              </Stack>
              {p.status === 'proposed' && hasRole(role, 'lead') && p.proposedBy?.id !== session.user.id ? (
                <Group gap="xs">
                  <Button size="xs" onClick={() => decide.mutate({ id: p.id, status: 'accepted' })}>
                    Accept
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => decide.mutate({ id: p.id, status: 'rejected' })}
                  >
                    Reject
                  </Button>
                </Group>
              ) : (
                <Badge color={p.status === 'accepted' ? 'teal' : p.status === 'rejected' ? 'gray' : 'yellow'}>
                  {p.status}
                </Badge>
              )}
            </Group>
          </Paper>
        ))}
        {decide.isError && <QueryError error={decide.error} />}
        {insight.status === 'confirmed' && hasRole(role, 'contributor') && (
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
              </Group>
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
