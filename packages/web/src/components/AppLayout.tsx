import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { DemoBanner } from './DemoBanner';
import { Logo } from './Logo';
import { MainNav } from './MainNav';
import { NotificationBell } from './NotificationBell';
import { OrganizationSwitcher } from './OrganizationSwitcher';
import { PageSkeleton } from './PageSkeleton';
import { UserMenu } from './UserMenu';

/** The signed-in frame: header (organization, color scheme, user) and the capability navigation. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the mobile navbar after each navigation
  useEffect(() => close(), [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Link to="/" aria-label="Trellis home" style={{ color: 'inherit', textDecoration: 'none' }}>
              <Logo compact />
            </Link>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {/* On a phone the header has no room for the name: the switcher opens with the navigation. */}
            <OrganizationSwitcher visibleFrom="sm" maxWidth="26rem" />
            <NotificationBell />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {/* Only while the phone's drawer is open: from `sm` up the header holds the switcher. */}
        {opened && (
          <AppShell.Section hiddenFrom="sm" px="xs" pt="xs" pb="sm">
            <OrganizationSwitcher w="100%" />
          </AppShell.Section>
        )}
        <AppShell.Section grow style={{ overflowY: 'auto', scrollbarWidth: 'thin' }}>
          <MainNav />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <DemoBanner />
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
