import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api, setOrganizationId } from '../api';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { FormError } from './FormError';

/** Creates an organization (you become its owner) and switches to it. */
export function CreateOrganizationModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v) => (v.trim() ? null : 'Organization name is required') },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async ({ name }) => {
    const organization = await api.createOrganization({ name: name.trim() });
    setOrganizationId(organization.id);
    // A fresh load picks up the new membership and starts with no cached data of the old organization.
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
