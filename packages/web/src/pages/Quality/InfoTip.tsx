import { Group, Text, Tooltip } from '@mantine/core';
import { Icon } from '../../components/Icon';

/** A label with an (i) whose tooltip says what the number is and how it is computed. */
export function InfoTip({ label, tip, size = 'sm' }: { label: string; tip: string; size?: 'xs' | 'sm' }) {
  return (
    <Tooltip label={tip} multiline w={300} withArrow events={{ hover: true, focus: true, touch: true }}>
      <Group
        gap={4}
        wrap="nowrap"
        display="inline-flex"
        tabIndex={0}
        aria-label={`${label}: ${tip}`}
        style={{ cursor: 'help' }}
      >
        <Text size={size} fw={500} span>
          {label}
        </Text>
        <Text c="dimmed" span lh={0}>
          <Icon name="info" size={14} />
        </Text>
      </Group>
    </Tooltip>
  );
}
