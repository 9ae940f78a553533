import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api } from '../../api';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';

/** Creates a workflow and opens its standard editor, the next thing it needs. */
export function CreateWorkflowModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: { name: (v) => (v.trim() ? null : 'Name the workflow') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const description = values.description.trim();
    const workflow = await api.createWorkflow({
      name: values.name.trim(),
      ...(description ? { description } : {}),
    });
    await queryClient.invalidateQueries({ queryKey: orgKey('workflows') });
    close();
    navigate(`/quality/${workflow.id}/standard`);
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title="New workflow" size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Name"
            description="The AI task whose outputs people review, e.g. “Draft quiz items”"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Textarea
            label="Description"
            description="Optional: what the workflow produces and for whom"
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Create workflow
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
