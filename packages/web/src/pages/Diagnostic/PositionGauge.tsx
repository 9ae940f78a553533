import { Box, Group, Stack, Text } from '@mantine/core';
import { MIDDLE_BAND, ZONE_LABELS } from '@trellis/core';
import type { Position } from '../../api/diagnostic';

const ZONE_COLORS = {
  scale_everything: 'orange',
  strategic_expansion: 'teal',
  governance_first: 'indigo',
  too_early: 'gray',
} as const;

/** Where the organization stands: −1 (scale-everything) … 0 (strategic expansion) … +1 (governance-first). */
export function PositionGauge({ position }: { position: Position }) {
  const left = ((position.position + 1) / 2) * 100;
  const middle = { from: ((1 - MIDDLE_BAND) / 2) * 100, width: MIDDLE_BAND * 100 };
  const label = `${ZONE_LABELS[position.zone]} (${position.position.toFixed(2)} on a scale from −1, scale-everything, to +1, governance-first)`;
  return (
    <Stack gap={6}>
      <Text fw={700} size="xl" c={`${ZONE_COLORS[position.zone]}.7`} data-testid="diagnostic-zone">
        {ZONE_LABELS[position.zone]}
      </Text>
      <Box
        role="meter"
        aria-label="Strategy position"
        aria-valuemin={-1}
        aria-valuemax={1}
        aria-valuenow={Number(position.position.toFixed(2))}
        aria-valuetext={label}
        pos="relative"
        h={28}
        style={{
          borderRadius: 14,
          background:
            'linear-gradient(90deg, var(--mantine-color-orange-3), var(--mantine-color-teal-2) 40%, var(--mantine-color-teal-2) 60%, var(--mantine-color-indigo-3))',
        }}
      >
        <Box
          pos="absolute"
          top={0}
          bottom={0}
          left={`${middle.from}%`}
          w={`${middle.width}%`}
          style={{ borderLeft: '1px dashed rgba(0,0,0,.35)', borderRight: '1px dashed rgba(0,0,0,.35)' }}
        />
        <Box
          pos="absolute"
          top={-4}
          left={`calc(${left}% - 3px)`}
          w={6}
          h={36}
          bg="dark.7"
          style={{ borderRadius: 3, boxShadow: '0 0 0 2px var(--mantine-color-body)' }}
        />
      </Box>
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          ← Scale everything
        </Text>
        <Text size="xs" c="dimmed">
          Strategic expansion
        </Text>
        <Text size="xs" c="dimmed">
          Governance first →
        </Text>
      </Group>
      {position.strainedBothWays && (
        <Text size="sm" c="red.7">
          Both sides are under pressure: the middle here is a tug of war, not balance.
        </Text>
      )}
    </Stack>
  );
}
