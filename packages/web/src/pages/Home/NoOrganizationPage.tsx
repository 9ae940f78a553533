import { Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { api } from '../../api';
import { AuthLayout } from '../../components/AuthLayout';
import { lazyModal } from '../../components/lazy-modal';

const CreateOrganizationModal = lazyModal(() =>
  import('../../components/CreateOrganizationModal').then((m) => m.CreateOrganizationModal),
);

/** Signed in, but a member of no organization (e.g. removed from the last one). */
export function NoOrganizationPage() {
  const [opened, { open, close }] = useDisclosure();
  return (
    <AuthLayout
      title="You are not in an organization"
      subtitle="Ask an admin of your organization for an invitation, or start a new organization."
    >
      <Stack gap="sm">
        <Button onClick={open}>Create an organization</Button>
        <Button
          variant="default"
          onClick={async () => {
            await api.logout().catch(() => undefined);
            window.location.assign('/sign-in');
          }}
        >
          Sign out
        </Button>
        <Text size="xs" c="dimmed">
          An invitation link signs you into its organization as soon as you accept it.
        </Text>
      </Stack>
      <CreateOrganizationModal opened={opened} onClose={close} />
    </AuthLayout>
  );
}
