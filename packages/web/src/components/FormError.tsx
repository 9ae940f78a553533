import { Alert } from '@mantine/core';
import { ApiError } from '../api';
import { Icon } from './Icon';

/** The part of a failed submission that no single field can show (e.g. "invalid credentials"). */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const message =
    error instanceof ApiError ? error.detail : error instanceof Error ? error.message : String(error);
  return (
    <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert" py="xs">
      {message}
    </Alert>
  );
}
