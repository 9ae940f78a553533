import { Alert, Button, Group, Text } from '@mantine/core';
import { ApiError } from '../api';
import { Icon } from './Icon';

/** The error state of a page or panel: what the server said, and a way to try again. */
export function QueryError({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const apiError = error instanceof ApiError ? error : null;
  const heading =
    title ??
    (apiError?.status === 403
      ? 'You do not have access to this'
      : apiError?.status === 0
        ? 'The server could not be reached'
        : 'Something went wrong');
  return (
    <Alert color="red" variant="light" title={heading} icon={<Icon name="alert" />} role="alert" maw={720}>
      <Text size="sm">{apiError?.detail ?? (error instanceof Error ? error.message : String(error))}</Text>
      {onRetry && apiError?.status !== 403 && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
