import { Badge, Button, Card, Group, Popover, Stack, Text } from '@mantine/core';
import { formatIndicatorValue } from '@trellis/core';
import { useState } from 'react';
import type { Indicator } from '../../api/diagnostic';

export function pressureColor(pressure: number | null): string {
  if (pressure === null) return 'gray';
  if (pressure >= 0.75) return 'red';
  if (pressure > 0) return 'yellow';
  return 'teal';
}

export function pressureLabel(pressure: number | null): string {
  if (pressure === null) return 'No data';
  if (pressure >= 0.75) return 'Alarm';
  if (pressure > 0) return 'Watch';
  return 'Healthy';
}

const trendText = (i: Indicator) =>
  i.trend
    .map((v) => (v === null ? '–' : i.trendOf ? v.toFixed(2) : formatIndicatorValue(i.unit, v)))
    .join(' → ');

/** One indicator: value, pressure and trend; its definition and threshold on hover or click. */
export function IndicatorCard({ indicator: i }: { indicator: Indicator }) {
  const [opened, setOpened] = useState(false);
  const [pinned, setPinned] = useState(false);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      className="print-avoid-break"
      data-testid={`indicator-${i.key}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {i.label}
          </Text>
          <Badge color={pressureColor(i.pressure)} variant="light" style={{ flexShrink: 0 }}>
            {pressureLabel(i.pressure)}
          </Badge>
        </Group>
        <Text size="xl" fw={700} c={i.value === null ? 'dimmed' : undefined}>
          {formatIndicatorValue(i.unit, i.value)}
        </Text>
        <Text size="xs" c="dimmed">
          Trend (3 × 30 days): {trendText(i)}
        </Text>
        <Popover
          opened={opened || pinned}
          onChange={(o) => {
            if (!o) {
              setOpened(false);
              setPinned(false);
            }
          }}
          width={340}
          position="bottom-start"
          withArrow
          shadow="md"
        >
          <Popover.Target>
            <Button
              variant="subtle"
              size="compact-xs"
              w="fit-content"
              data-print-hide
              onMouseEnter={() => setOpened(true)}
              onMouseLeave={() => setOpened(false)}
              onClick={() => setPinned((p) => !p)}
              aria-expanded={opened || pinned}
              aria-label={`How “${i.label}” is measured`}
            >
              How is this measured?
            </Button>
          </Popover.Target>
          <Popover.Dropdown>
            <Stack gap={6}>
              <Text size="sm">{i.definition}</Text>
              <Text size="sm">
                <b>Now:</b> {formatIndicatorValue(i.unit, i.value)} · <b>healthy:</b>{' '}
                {formatIndicatorValue(i.unit, i.healthy)} · <b>alarm:</b>{' '}
                {formatIndicatorValue(i.unit, i.alarm)}
              </Text>
              <Text size="sm">
                <b>Trend</b>
                {i.trendOf ? ` (${i.trendOf})` : ''}: {trendText(i)}
              </Text>
              <Text size="xs" c="dimmed">
                {i.value === null
                  ? 'No data yet: this indicator does not move the position.'
                  : `Pushes toward ${i.side === 'scale_everything' ? 'scale-everything' : 'governance-first'} with pressure ${(i.pressure ?? 0).toFixed(2)} (0 at healthy, 1 at alarm).`}
              </Text>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Stack>
    </Card>
  );
}
