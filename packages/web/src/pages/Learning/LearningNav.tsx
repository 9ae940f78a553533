import { Button, Group } from '@mantine/core';
import { Link, useLocation } from 'react-router';

const LINKS = [
  { to: '/learning', label: 'Overview' },
  { to: '/learning/search', label: 'Search' },
  { to: '/learning/month', label: 'This month' },
  { to: '/learning/ideas', label: 'Ideas' },
  { to: '/learning/loops', label: 'Feedback loops' },
];

/** The learning area's sub-pages. */
export function LearningNav() {
  const { pathname } = useLocation();
  return (
    <Group gap={4} component="nav" aria-label="Learning pages">
      {LINKS.map((link) => (
        <Button
          key={link.to}
          component={Link}
          to={link.to}
          size="xs"
          variant={pathname === link.to ? 'light' : 'subtle'}
          aria-current={pathname === link.to ? 'page' : undefined}
        >
          {link.label}
        </Button>
      ))}
    </Group>
  );
}
