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
  Timeline,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { type InsightDetail, learningApi } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { formatDate } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { KIND_LABELS } from './parts';

function AddEvidenceForm({ insight }: { insight: InsightDetail }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const options = useQuery({
    queryKey: orgKey('evidence-options'),
    queryFn: learningApi.evidenceOptions,
  });
  const form = useForm({
    initialValues: {
      kind: 'experiment',
      entityId: '',
      stance: 'supporting' as 'supporting' | 'contradicting',
      note: '',
    },
    validate: { entityId: (v) => (v ? null : 'Pick what you cite') },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (v) => {
    const updated = await learningApi.addEvidence(insight.id, v);
    queryClient.setQueryData(orgKey('insight', insight.id), updated);
    form.reset();
  });
  const cited = new Set(insight.evidence.map((e) => `${e.kind}:${e.entityId}`));
  const kinds = options.data?.kinds ?? [];
  const kind = kinds.find((k) => k.kind === form.values.kind);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add evidence">
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label="Kind"
            allowDeselect={false}
            data={kinds.map((k) => ({ value: k.kind, label: k.label }))}
            {...form.getInputProps('kind')}
            onChange={(value) => {
              form.setFieldValue('kind', value ?? 'experiment');
              form.setFieldValue('entityId', '');
            }}
          />
          <Select
            label={kind?.label ?? 'Evidence'}
            searchable
            nothingFoundMessage="Nothing of this kind yet"
            data={(kind?.options ?? [])
              .filter((o) => !cited.has(`${form.values.kind}:${o.id}`))
              .map((o) => ({ value: o.id, label: o.label }))}
            {...form.getInputProps('entityId')}
          />
          <Select
            label="Stance"
            allowDeselect={false}
            data={[
              { value: 'supporting', label: 'Supports it' },
              { value: 'contradicting', label: 'Contradicts it' },
            ]}
            {...form.getInputProps('stance')}
          />
        </Group>
        <Textarea label="Note" autosize {...form.getInputProps('note')} />
        <FormError error={error} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={submitting}>
            Add evidence
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The insight's evidence, oldest first: what was cited, for or against, by whom and when. */
export function EvidenceTrail({ insight, canAdd }: { insight: InsightDetail; canAdd: boolean }) {
  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          Evidence trail
        </Title>
        {insight.evidence.length === 0 ? (
          <Text size="sm" c="dimmed">
            No evidence cited yet. An insight is confirmed on supporting evidence.
          </Text>
        ) : (
          <Timeline
            active={insight.evidence.length - 1}
            bulletSize={18}
            lineWidth={2}
            data-testid="evidence-trail"
          >
            {insight.evidence.map((e) => (
              <Timeline.Item
                key={e.id}
                color={e.stance === 'supporting' ? 'teal' : 'red'}
                title={
                  <Group gap="xs">
                    <Badge size="sm" variant="light" color={e.stance === 'supporting' ? 'teal' : 'red'}>
                      {e.stance}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {KIND_LABELS[e.kind] ?? e.kind}
                    </Text>
                    {e.link && e.title ? (
                      <Anchor component={Link} to={e.link} size="sm" fw={600}>
                        {e.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        (no longer available)
                      </Text>
                    )}
                  </Group>
                }
              >
                {e.detail && (
                  <Text size="sm" mt={4}>
                    {e.detail}
                  </Text>
                )}
                {e.note && (
                  <Text size="sm" c="dimmed" fs="italic">
                    {e.note}
                  </Text>
                )}
                <Text size="xs" c="dimmed" mt={4}>
                  Cited by {e.addedBy?.name ?? 'an integration'} on {formatDate(e.createdAt)}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {canAdd && insight.status !== 'rejected' && <AddEvidenceForm insight={insight} />}
      </Stack>
    </Paper>
  );
}
