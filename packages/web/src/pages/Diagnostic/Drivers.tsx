import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { formatIndicatorValue } from '@trellis/core';
import { Link } from 'react-router';
import type { Diagnostic } from '../../api/diagnostic';

/** The three indicators that move the position most, each with the next action and the page that does it. */
export function Drivers({ diagnostic }: { diagnostic: Diagnostic }) {
  const byKey = new Map(diagnostic.indicators.map((i) => [i.key, i]));
  if (diagnostic.position.drivers.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No indicator is past its healthy value: nothing pulls the position either way.
      </Text>
    );
  return (
    <Stack
      gap="sm"
      component="ol"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label="What moves the position most"
    >
      {diagnostic.position.drivers.map((d, n) => {
        const i = byKey.get(d.key)!;
        return (
          <Card key={d.key} component="li" withBorder padding="sm" radius="md" className="print-avoid-break">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={2} maw={560}>
                <Text fw={600} size="sm">
                  {n + 1}. {i.label}: {formatIndicatorValue(i.unit, i.value)}
                </Text>
                <Text size="xs" c="dimmed">
                  Healthy at {formatIndicatorValue(i.unit, i.healthy)}, alarm at{' '}
                  {formatIndicatorValue(i.unit, i.alarm)} · pulls toward{' '}
                  {d.side === 'scale_everything' ? 'scale-everything' : 'governance-first'}
                </Text>
                <Text size="sm">Next: {i.action.label}</Text>
              </Stack>
              <Button
                component={Link}
                to={i.action.href}
                variant="light"
                size="xs"
                className="wrap-label"
                data-print-hide
              >
                {i.action.label}
              </Button>
            </Group>
          </Card>
        );
      })}
    </Stack>
  );
}
