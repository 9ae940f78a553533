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
import type { FirstRun } from '../../api/diagnostic';
import { CAPABILITIES } from '../../capabilities';
import { Icon } from '../../components/Icon';
import { QueryError } from '../../components/QueryError';
import { formatDate } from '../../format';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { ROLE_COLORS, ROLE_LABELS } from '../../roles';
import { pageQueries } from '../../routes-data';

/** The first pilot, step by step, each checked off by the server from the organization's data. */
function FirstPilotGuide({ checklist }: { checklist: FirstRun }) {
  const done = checklist.steps.filter((s) => s.done).length;
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label="Your first pilot">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4">
            Your first pilot, step by step
          </Title>
          <Text size="sm" c="dimmed" data-testid="first-run-progress">
            {done} of {checklist.steps.length} done
          </Text>
        </Group>
        <Text size="sm" c="dimmed" maw={760}>
          Each step is checked off from your organization's data as soon as it exists: nothing to tick by
          hand.
        </Text>
        <Stack gap={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
          {checklist.steps.map((step, i) => (
            <Group
              key={step.key}
              component="li"
              gap="sm"
              wrap="nowrap"
              align="flex-start"
              data-testid={`first-run-${step.key}`}
              data-done={step.done}
            >
              <ThemeIcon
                size={24}
                radius="xl"
                variant={step.done ? 'filled' : 'light'}
                color={step.done ? 'teal' : checklist.next === step.key ? 'blue' : 'gray'}
                role="img"
                aria-label={step.done ? 'Done' : 'Not done yet'}
              >
                {step.done ? <Icon name="check" size={14} /> : <Text size="xs">{i + 1}</Text>}
              </ThemeIcon>
              <Stack gap={0}>
                <Text size="sm" fw={checklist.next === step.key ? 650 : 500}>
                  {step.label}
                  {step.done && step.count > 0 ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {step.count}
                    </Text>
                  ) : null}
                </Text>
                {!step.done && (
                  <Text size="xs" c="dimmed">
                    {step.hint}
                  </Text>
                )}
              </Stack>
              {checklist.next === step.key && (
                <Button
                  component={Link}
                  to={step.href}
                  size="compact-sm"
                  variant="light"
                  ml="auto"
                  style={{ flexShrink: 0 }}
                >
                  Do this next
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** The overview: which organization you are in, your role, the first pilot's guide until it is done, and the areas. */
export function HomePage() {
  const { session, membership, role, can } = useOrganization();
  const roleName = membership.customRole?.name ?? ROLE_LABELS[role];
  const orgKey = useOrgKey();
  const organization = useQuery(pageQueries.organization(orgKey));
  const firstRun = useQuery({
    ...pageQueries.firstRun(orgKey),
    enabled: can('diagnostic', 'viewer'),
  });

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

      {firstRun.data && !firstRun.data.complete && <FirstPilotGuide checklist={firstRun.data} />}

      <Stack gap="sm">
        <Title order={2} size="h4">
          Scale the pilots that worked, without losing what made them work
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          Each area below answers one question on the way from a successful pilot to lasting practice. Every
          figure in them is computed from your own data, and says so when there is not enough of it yet.
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
            <Button component={Link} to="/diagnostic" variant="subtle" className="wrap-label">
              Where do we stand? The strategy diagnostic
            </Button>
          </Group>
        )}
      </Stack>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {CAPABILITIES.filter((capability) => can(capability.area, 'viewer')).map((capability) => (
          <UnstyledButton key={capability.key} component={Link} to={capability.path}>
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
