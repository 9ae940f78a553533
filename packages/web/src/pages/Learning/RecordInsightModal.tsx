import { Button, Group, Modal, MultiSelect, Stack, TagsInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { learningApi } from '../../api/learning';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/** Records an emerging insight with its scope and the experiments that support it. */
export function RecordInsightModal({
  opened,
  onClose,
  supportingExperimentId,
}: {
  opened: boolean;
  onClose: () => void;
  supportingExperimentId?: string;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const options = useQuery({
    queryKey: orgKey('learning-options'),
    queryFn: learningApi.options,
    enabled: opened,
  });
  const experiments = useQuery({
    queryKey: orgKey('experiments', 'picker'),
    queryFn: () => learningApi.experiments(),
    enabled: opened,
  });
  const form = useForm({
    initialValues: {
      statement: '',
      detail: '',
      tags: [] as string[],
      workflowKinds: [] as string[],
      unitIds: [] as string[],
      supporting: supportingExperimentId ? [supportingExperimentId] : ([] as string[]),
    },
    validate: { statement: (v) => (v.trim() ? null : 'State what was learned') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    const insight = await learningApi.createInsight({
      statement: v.statement,
      detail: v.detail,
      tags: v.tags,
      workflowKinds: v.workflowKinds,
      unitIds: v.unitIds,
      evidence: v.supporting.map((entityId) => ({
        kind: 'experiment',
        entityId,
        stance: 'supporting' as const,
      })),
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('insights') });
    close();
    navigate(`/learning/insights/${insight.id}`);
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="Record an insight" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label="Statement"
            description="One sentence: what we learned (up to 500 characters)"
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('statement')}
          />
          <Textarea label="Detail" autosize minRows={2} {...form.getInputProps('detail')} />
          <TagsInput label="Tags" description="Press Enter after each tag" {...form.getInputProps('tags')} />
          <Group grow align="flex-start">
            <MultiSelect
              label="Org units"
              description="Where it applies"
              data={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
              searchable
              {...form.getInputProps('unitIds')}
            />
            <TagsInput
              label="Workflow kinds"
              description="e.g. needs analysis"
              {...form.getInputProps('workflowKinds')}
            />
          </Group>
          <MultiSelect
            label="Supporting experiments"
            data={(experiments.data?.items ?? []).map((e) => ({
              value: e.id,
              label: `${e.title}${e.result ? ` (${e.result})` : ''}`,
            }))}
            searchable
            {...form.getInputProps('supporting')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Record insight
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
