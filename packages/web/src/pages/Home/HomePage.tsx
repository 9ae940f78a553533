import {
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api';
import { CAPABILITIES } from '../../capabilities';
import { Icon } from '../../components/Icon';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';

/** The overview: which organization you are in, your role, and the eight areas. */
export function HomePage() {
  const { session, membership, role, can } = useOrganization();
  const roleName = membership.customRole?.name ?? ROLE_LABELS[role];
  const orgKey = useOrgKey();
  const organization = useQuery({ queryKey: orgKey('organization'), queryFn: api.organization });

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Text c="dimmed" size="sm">
          Welcome, {session.user.name}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} size="h2">
            {organization.data?.name ?? membership.organization.name}
          </Title>
          <Badge
            color={membership.customRole ? 'cyan' : ROLE_COLORS[role]}
            variant="light"
            aria-label={`Your role: ${roleName}`}
          >
            {roleName}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {organization.data
            ? `Organization since ${formatDate(organization.data.createdAt)} · /${organization.data.slug}`
            : `/${membership.organization.slug}`}
        </Text>
        {organization.isError && (
          <QueryError error={organization.error} onRetry={() => organization.refetch()} />
        )}
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">
          Scale the pilots that worked, without losing what made them work
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Each area below answers one question on the way from a successful pilot to lasting practice. Areas
          fill in as they are built; none of them shows anything that was not computed from your own data.
        </Text>
        {can('diagnostic', 'viewer') && (
          <Group gap="sm">
            <Button
              component={Link}
              to="/executive"
              variant="light"
              leftSection={<Icon name="chart" size={16} />}
            >
              Executive summary
            </Button>
            <Button component={Link} to="/diagnostic" variant="subtle">
              Where do we stand? The strategy diagnostic
            </Button>
          </Group>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {CAPABILITIES.filter((capability) => can(capability.area, 'viewer')).map((capability) => (
          <UnstyledButton
            key={capability.key}
            component={Link}
            to={capability.path}
            aria-label={`${capability.label}: ${capability.question}`}
          >
            <Card withBorder padding="lg" h="100%" className="capability-card">
              <Group gap="sm" mb="sm" wrap="nowrap">
                <ThemeIcon variant="light" size={36} radius="md">
                  <Icon name={capability.icon} size={20} />
                </ThemeIcon>
                <Text fw={650}>{capability.label}</Text>
              </Group>
              <Text size="sm" c="dimmed">
                {capability.question}
              </Text>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
