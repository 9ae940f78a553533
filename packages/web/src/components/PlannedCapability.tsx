import { Badge, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Capability } from '../capabilities';
import { Icon } from './Icon';

/** The honest page of an area that is not built yet: the question it answers and what will come. */
export function PlannedCapability({ capability }: { capability: Capability }) {
  return (
    <Stack gap="lg" maw={820}>
      <Group gap="md" wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="md" variant="light">
          <Icon name={capability.icon} size={26} />
        </ThemeIcon>
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={1} size="h2">
              {capability.label}
            </Title>
            <Badge variant="light" color="gray">
              Not built yet
            </Badge>
          </Group>
          <Text size="lg">{capability.question}</Text>
        </Stack>
      </Group>
      <Card withBorder padding="lg">
        <Title order={2} size="h4" mb="xs">
          What will come here
        </Title>
        <List
          spacing="xs"
          size="sm"
          icon={
            <Text c="teal" component="span" aria-hidden="true">
              •
            </Text>
          }
        >
          {capability.planned.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed" mt="md">
          Mainly for: {capability.audience}. Nothing will appear here until it can be computed from your
          organization’s own data.
        </Text>
      </Card>
    </Stack>
  );
}
