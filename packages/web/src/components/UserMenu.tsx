import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useOrganization } from '../hooks/useOrganization';
import { Icon } from './Icon';
import { lazyModal } from './lazy-modal';

const CreateOrganizationModal = lazyModal(() =>
  import('./CreateOrganizationModal').then((m) => m.CreateOrganizationModal),
);

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((part) => part[0]?.toUpperCase())
      .join('') || '?'
  );
}

export function UserMenu() {
  const { session } = useOrganization();
  const navigate = useNavigate();
  const [creating, { open, close }] = useDisclosure();

  const signOut = async () => {
    try {
      await api.logout();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Sign out failed', message: String(error) });
      return;
    }
    // A full page load drops every cached response of the signed-out user.
    window.location.assign('/sign-in');
  };

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          {/* Named by its (hidden) text, not aria-label: the visible initials would not match the name. */}
          <UnstyledButton>
            <VisuallyHidden>Account menu for {session.user.name}</VisuallyHidden>
            <Avatar color="teal" radius="xl" size={34} aria-hidden>
              {initials(session.user.name)}
            </Avatar>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
              {session.user.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {session.user.email}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item leftSection={<Icon name="lock" size={16} />} onClick={() => navigate('/account')}>
            Change password
          </Menu.Item>
          <Menu.Item leftSection={<Icon name="send" size={16} />} onClick={() => navigate('/account/email')}>
            E-mail preferences
          </Menu.Item>
          <Menu.Item leftSection={<Icon name="plus" size={16} />} onClick={open}>
            New organization
          </Menu.Item>
          <Menu.Item
            leftSection={<Icon name="docs" size={16} />}
            component="a"
            href="/api/docs"
            target="_blank"
            rel="noopener"
          >
            API documentation
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<Icon name="logout" size={16} />} onClick={signOut}>
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <CreateOrganizationModal opened={creating} onClose={close} />
    </>
  );
}
