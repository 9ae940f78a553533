import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Role } from '../../api';
import { FormError } from '../../components/FormError';
import { SecretReveal } from '../../components/SecretReveal';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { roleOptions } from '../../roles';
import { validateEmail } from '../Auth/validation';

/** Invites someone by email and shows the one-time invitation link to pass on. */
export function InviteMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { role: myRole } = useOrganization();
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<{ url: string; email: string } | null>(null);
  const form = useForm({
    initialValues: { email: '', role: 'contributor' as Role },
    validate: { email: validateEmail, role: (v) => (v ? null : 'Choose a role') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async ({ email, role }) => {
    const created = await api.createInvitation({ email: email.trim(), role });
    setLink({ url: created.url, email: created.invitation.email });
    await queryClient.invalidateQueries({ queryKey: orgKey('invitations') });
  });

  const close = () => {
    onClose();
    // Let the closing animation finish before the link disappears.
    setTimeout(() => {
      setLink(null);
      form.reset();
      clearError();
    }, 200);
  };

  return (
    <Modal opened={opened} onClose={close} title={link ? 'Invitation created' : 'Invite member'} size="lg">
      {link ? (
        <Stack gap="md">
          <Text size="sm">
            Send this link to <b>{link.email}</b>. It is shown only once and works once.
          </Text>
          <SecretReveal value={link.url} label="invitation link" />
          <Alert color="yellow" variant="light">
            Trellis does not send email. Copy the link now; if it is lost, revoke the invitation and invite
            again.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <TextInput label="Email" type="email" required data-autofocus {...form.getInputProps('email')} />
            <Select
              label="Role"
              data={roleOptions(myRole)}
              allowDeselect={false}
              required
              {...form.getInputProps('role')}
            />
            <FormError error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={submitting}>
                Create invitation
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
