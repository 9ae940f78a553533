import { Badge, Button, Card, Group, Popover, Stack, Text } from '@mantine/core';
import { countNoun, formatIndicatorValue, type IndicatorStatus, STATUS_LABELS } from '@trellis/core';
import { useState } from 'react';
import type { Indicator } from '../../api/diagnostic';

const STATUS_COLORS: Record<IndicatorStatus, string> = {
  no_data: 'gray',
  too_early: 'gray',
  healthy: 'teal',
  watch: 'yellow',
  alarm: 'red',
};

/** The status the server computed (core's one rule), as a badge: the same on every page and in the export. */
export function StatusBadge({ status }: { status: IndicatorStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" style={{ flexShrink: 0 }}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

const days = (d: number) => (d < 1 ? 'less than a day' : countNoun(Math.floor(d), 'day'));

/** Why an indicator is too early to tell: what it has against the minimum it needs. */
export function tooEarlyText(i: Indicator): string {
  const needs: string[] = [];
  if (i.evidence.count < i.minimum.count)
    needs.push(`${i.minimum.count} ${i.minimum.countOf} (has ${i.evidence.count})`);
  if (i.evidence.days < i.minimum.days)
    needs.push(`${countNoun(i.minimum.days, 'day')} of history (has ${days(i.evidence.days)})`);
  return `Too early to tell: needs ${needs.join(' and ')} before it has a status.`;
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
          <StatusBadge status={i.status} />
        </Group>
        <Text size="xl" fw={700} c={i.value === null ? 'dimmed' : undefined}>
          {formatIndicatorValue(i.unit, i.value)}
        </Text>
        <Text size="xs" c="dimmed">
          Trend (3 × 30 days): {trendText(i)}
        </Text>
        {i.status === 'too_early' && (
          <Text size="xs" c="dimmed" data-testid={`too-early-${i.key}`}>
            {tooEarlyText(i)}
          </Text>
        )}
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
              aria-label={`How is this measured? ${i.label}`}
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
                {i.status === 'no_data'
                  ? 'No data yet: this indicator does not move the position.'
                  : i.status === 'too_early'
                    ? `${tooEarlyText(i)} Until then it does not move the position.`
                    : `Pushes toward ${i.side === 'scale_everything' ? 'scale-everything' : 'governance-first'} with pressure ${(i.pressure ?? 0).toFixed(2)} (0 at healthy, 1 at alarm).`}
              </Text>
            </Stack>
          </Popover.Dropdown>
        </Popover>
      </Stack>
    </Card>
  );
}
