import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={1} size="h2">
        Page not found
      </Title>
      <Text c="dimmed">
        There is nothing at this address. It may have moved, or the link may be mistyped.
      </Text>
      <Button component={Link} to="/" variant="light">
        Back to the overview
      </Button>
    </Stack>
  );
}
