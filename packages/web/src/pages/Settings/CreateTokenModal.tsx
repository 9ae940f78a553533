import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Role } from '../../api';
import { rolesApi } from '../../api/roles';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { SecretReveal } from '../../components/SecretReveal';
import { localDayToIso, todayPlusDays } from '../../format';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { CUSTOM_PREFIX, roleOptions, roleSelectData } from '../../roles';

/** Creates an API token and shows its secret exactly once. */
export function CreateTokenModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { role: myRole } = useOrganization();
  const orgKey = useOrgKey();
  const catalog = useQuery({ queryKey: orgKey('roles'), queryFn: rolesApi.catalog, enabled: opened });
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const form = useForm({
    initialValues: { name: '', role: 'contributor' as string, expiresAt: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the token a name'),
      expiresAt: (v) => (!v || v >= todayPlusDays(1) ? null : 'Choose a date after today'),
    },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (values) => {
    const expiresAt = values.expiresAt ? localDayToIso(values.expiresAt, 'end') : undefined;
    const custom = values.role.startsWith(CUSTOM_PREFIX);
    const result = await api.createToken({
      name: values.name.trim(),
      ...(custom ? { customRoleId: values.role.slice(CUSTOM_PREFIX.length) } : { role: values.role as Role }),
      expiresAt,
    });
    setCreated({ name: result.token.name, secret: result.secret });
    await queryClient.invalidateQueries({ queryKey: orgKey('tokens') });
  });

  const close = () => {
    onClose();
    setTimeout(() => {
      setCreated(null);
      form.reset();
      clearError();
    }, 200);
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? 'Token created' : 'Create API token'}
      size="lg"
      closeOnClickOutside={!created}
    >
      {created ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<Icon name="alert" />} title="Copy the token now">
            This is the only time the secret of “{created.name}” is shown. Trellis stores only a hash of it.
          </Alert>
          <SecretReveal value={created.secret} label="token secret" />
          <Text size="sm" c="dimmed">
            Use it as <code>Authorization: Bearer &lt;token&gt;</code>.
          </Text>
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput
              label="Name"
              description="What uses it, e.g. “Course drafting workflow”"
              required
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Select
              label="Role"
              description="What the token may do; give it the least that works (a custom role can allow one area only)"
              data={roleSelectData(roleOptions(myRole, { forToken: true }), catalog.data?.custom ?? [])}
              allowDeselect={false}
              required
              {...form.getInputProps('role')}
            />
            <TextInput
              label="Expires on"
              description="Optional; leave empty for a token that does not expire"
              type="date"
              min={todayPlusDays(1)}
              {...form.getInputProps('expiresAt')}
            />
            <FormError error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={submitting}>
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
