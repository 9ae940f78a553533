import { Badge, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { countNoun } from '@trellis/core';
import type { ScalingPackage } from '../../api/core-review';

type Core = ScalingPackage['content']['core'];
const plural = (n: number) => countNoun(n, 'element');

function ElementList({ title, items, empty }: { title: string; items: Core['carryForward']; empty: string }) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h5">
        {title} ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {items.map((e) => (
            <List.Item key={e.id}>
              {e.name}
              {e.hiddenHoursPerWeek > 0 && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {e.hiddenHoursPerWeek} h/week{e.carriedBy ? `, ${e.carriedBy}` : ''}
                </Text>
              )}
              {e.borderline && (
                <Badge ml={4} size="xs" variant="dot" color="orange">
                  Borderline
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The core of a scaling package: what carries forward, what must be re-engineered, the heroic hours. */
export function PackageSummary({ pkg, detailed = false }: { pkg: ScalingPackage; detailed?: boolean }) {
  const { core } = pkg.content;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Carries forward
          </Text>
          <Text size="xl" fw={700}>
            {plural(core.carryForward.length)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Must be re-engineered
          </Text>
          <Text size="xl" fw={700}>
            {plural(core.reengineer.length)}
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Heroic hours to replace
          </Text>
          <Text size="xl" fw={700} data-testid="heroic-hours">
            {core.heroicHoursToReplace} h/week
          </Text>
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ElementList
          title="What carries forward"
          items={core.carryForward}
          empty="Nothing is ready to scale as it is."
        />
        <ElementList
          title="What must be re-engineered"
          items={core.reengineer}
          empty="Nothing depends on heroic effort."
        />
        {detailed && (
          <ElementList title="Re-test outside pilot conditions" items={core.retest} empty="None." />
        )}
        {detailed && <ElementList title="Leave behind" items={core.leaveBehind} empty="None." />}
      </SimpleGrid>
      {detailed && core.hoursByCarrier.length > 0 && (
        <Table aria-label="Who carries the hidden effort" maw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Carried by</Table.Th>
              <Table.Th ta="right">Hours/week</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {core.hoursByCarrier.map((c) => (
              <Table.Tr key={c.carriedBy}>
                <Table.Td>{c.carriedBy}</Table.Td>
                <Table.Td ta="right">{c.hoursPerWeek}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
