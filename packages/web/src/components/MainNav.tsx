import { NavLink, Stack, Text } from '@mantine/core';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { CAPABILITIES } from '../capabilities';
import { useOrganization } from '../hooks/useOrganization';
import { Icon, type IconName } from './Icon';

const ORGANIZATION_LINKS: { label: string; path: string; icon: IconName }[] = [
  { label: 'Organization', path: '/settings/organization', icon: 'building' },
  { label: 'Members', path: '/settings/members', icon: 'members' },
  { label: 'Roles', path: '/settings/roles', icon: 'user' },
  { label: 'API tokens', path: '/settings/tokens', icon: 'key' },
  { label: 'Webhooks', path: '/settings/webhooks', icon: 'webhook' },
  { label: 'E-mail delivery', path: '/settings/email', icon: 'send' },
  { label: 'Single sign-on', path: '/settings/sso', icon: 'lock' },
  { label: 'Directory provisioning', path: '/settings/directory', icon: 'members' },
  { label: 'Audit log', path: '/settings/audit', icon: 'audit' },
];

function SectionLabel({ children }: { children: string }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
      {children}
    </Text>
  );
}

/** The areas the member may read (a custom role may leave some out), and the organization's pages. */
export function MainNav() {
  const { pathname } = useLocation();
  const { can } = useOrganization();
  const link = (label: string, path: string, icon: IconName) => (
    <NavLink
      key={path}
      component={RouterNavLink}
      to={path}
      label={label}
      leftSection={<Icon name={icon} />}
      active={path === '/' ? pathname === '/' : pathname.startsWith(path)}
      aria-current={pathname === path ? 'page' : undefined}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
  return (
    <Stack gap={2} component="nav" aria-label="Capabilities and organization">
      {link('Overview', '/', 'home')}
      {can('diagnostic', 'viewer') && link('Executive summary', '/executive', 'chart')}
      <SectionLabel>Capabilities</SectionLabel>
      {CAPABILITIES.filter((c) => can(c.area, 'viewer')).map((c) => link(c.label, c.path, c.icon))}
      {can('settings', 'viewer') && (
        <>
          <SectionLabel>Organization</SectionLabel>
          {ORGANIZATION_LINKS.map((l) => link(l.label, l.path, l.icon))}
        </>
      )}
    </Stack>
  );
}
