import { Group, Text, ThemeIcon } from '@mantine/core';

/** `compact` hides the name on phones, where the header needs the room. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={30} radius="md" variant="filled" aria-hidden="true">
        <svg
          width={18}
          height={18}
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth={2.2}
          aria-hidden="true"
        >
          <path d="M6 4v16M12 4v16M18 4v16M4 9h16M4 15h16" strokeLinecap="round" />
        </svg>
      </ThemeIcon>
      <Text fw={700} size="lg" lh={1} visibleFrom={compact ? 'sm' : undefined}>
        Trellis
      </Text>
    </Group>
  );
}
