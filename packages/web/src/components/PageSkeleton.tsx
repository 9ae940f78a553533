import { Skeleton, Stack } from '@mantine/core';

export function PageSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading">
      <Skeleton h={32} w="40%" />
      <Skeleton h={16} w="65%" />
      <Skeleton h={220} mt="md" />
    </Stack>
  );
}

export function TableSkeleton({ rows = 4 }: { rows?: number }) {
  return (
    <Stack gap="xs" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={i} h={36} />
      ))}
    </Stack>
  );
}
