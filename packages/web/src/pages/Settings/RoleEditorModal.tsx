import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { ACCESS_ACTIONS, ACCESS_AREAS } from '@trellis/core';
import { type CustomRole, type CustomRoleInput, rolesApi } from '../../api/roles';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { PermissionMatrix } from './PermissionMatrix';

type Permission = CustomRoleInput['permissions'][number];
/** The matrix offers `<capability>.<action>` from the catalog; the body takes only those the server knows. */
const isPermission = (p: string): p is Permission =>
  ACCESS_AREAS.some((area) => ACCESS_ACTIONS.some((action) => `${area}.${action}` === p));

/** Create a custom role, or edit one (`role`): its name, what it is for, and its permissions. */
export function RoleEditorModal({
  opened,
  onClose,
  role,
  capabilities,
  actions,
}: {
  opened: boolean;
  onClose: () => void;
  role: CustomRole | null;
  capabilities: string[];
  actions: string[];
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm<{ name: string; description: string; permissions: string[] }>({
    initialValues: {
      name: role?.name ?? '',
      description: role?.description ?? '',
      permissions: role?.permissions ?? [],
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the role'),
      permissions: (v) => (v.length ? null : 'Choose at least one permission'),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    const body = {
      name: values.name.trim(),
      description: values.description.trim(),
      permissions: values.permissions.filter(isPermission),
    };
    if (role) await rolesApi.update(role.id, body);
    else await rolesApi.create(body);
    await queryClient.invalidateQueries({ queryKey: orgKey('roles') });
    onClose();
  });
  const permissionsError = form.errors.permissions;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={role ? `Edit ${role.name}` : 'New role'}
      size="xl"
      centered
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Textarea label="What it is for" autosize minRows={2} {...form.getInputProps('description')} />
          <PermissionMatrix
            label="Permissions"
            capabilities={capabilities}
            actions={actions}
            value={form.getValues().permissions}
            onChange={(next) => form.setFieldValue('permissions', next)}
          />
          {permissionsError && (
            <Text size="sm" c="red" role="alert">
              {permissionsError}
            </Text>
          )}
          {role && role.memberCount > 0 && (
            <Text size="sm" c="dimmed">
              {role.memberCount} {role.memberCount === 1 ? 'member holds' : 'members hold'} this role; changes
              apply at their next request.
            </Text>
          )}
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {role ? 'Save role' : 'Create role'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
