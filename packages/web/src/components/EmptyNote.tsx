import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The empty state of a list: what it would hold, and how to add the first item. */
export function EmptyNote({
  title,
  description,
  action,
}: {
  title: string;
  description: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Paper withBorder p="xl" radius="md" style={{ borderStyle: 'dashed' }}>
      <Stack gap={6} align="center" ta="center">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed" maw={480}>
          {description}
        </Text>
        {action}
      </Stack>
    </Paper>
  );
}
