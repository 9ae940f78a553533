import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api, setOrganizationId } from '../api';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { SESSION_KEY } from '../hooks/useSession';
import { FormError } from './FormError';

/** Creates an organization (you become its owner) and switches to it. */
export function CreateOrganizationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim() ? null : 'Organization name is required') },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async ({ name }) => {
    const organization = await api.createOrganization({ name: name.trim() });
    setOrganizationId(organization.id);
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    form.reset();
    onClose();
    window.location.assign('/');
  });
  return (
    <Modal opened={opened} onClose={onClose} title="New organization">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Each organization keeps its own applications, members and audit log. You will be its owner.
          </Text>
          <TextInput label="Organization name" required data-autofocus {...form.getInputProps('name')} />
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              Create organization
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
