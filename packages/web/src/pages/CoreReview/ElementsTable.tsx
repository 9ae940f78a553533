import { ActionIcon, Badge, Select, Table, Text, Tooltip } from '@mantine/core';
import {
  type BoardPosition,
  type Recommendation,
  recommendationLabels,
  recommendations,
} from '@trellis/core';
import type { CoreElement } from '../../api/core-review';
import { Icon } from '../../components/Icon';
import { freeSpot, quadrantColor } from './CoreBoard';
import { KIND_LABELS } from './ElementForm';

interface Props {
  elements: CoreElement[];
  canEdit: boolean;
  onMove: (element: CoreElement, position: BoardPosition) => void;
  onDelete: (element: CoreElement) => void;
}

/** The board as a table: each element's recommendation, hidden effort, and a "move to quadrant" control. */
export function ElementsTable({ elements, canEdit, onMove, onDelete }: Props) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="Pilot elements">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Element</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th miw={250}>Recommendation</Table.Th>
            <Table.Th ta="right">Hidden h/week</Table.Th>
            <Table.Th>Carried by</Table.Th>
            {canEdit && <Table.Th>Move to quadrant</Table.Th>}
            {canEdit && <Table.Th aria-label="Remove" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {elements.map((e) => (
            <Table.Tr key={e.id} data-testid={`element-${e.name}`}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {e.name}
                </Text>
                {e.description && (
                  <Text size="xs" c="dimmed">
                    {e.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{KIND_LABELS[e.kind]}</Table.Td>
              <Table.Td>
                {e.recommendation ? (
                  <Badge variant="light" tt="none" color={quadrantColor(e.recommendation)}>
                    {recommendationLabels[e.recommendation]}
                  </Badge>
                ) : (
                  <Badge variant="outline" color="gray">
                    Not placed
                  </Badge>
                )}
                {e.borderline && (
                  <Tooltip label="Close to an axis: confirm the placement together">
                    <Badge ml={4} variant="dot" color="orange">
                      Borderline
                    </Badge>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td ta="right">{e.hiddenHoursPerWeek}</Table.Td>
              <Table.Td>{e.carriedBy || '—'}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Move ${e.name} to quadrant`}
                    placeholder="Choose…"
                    value={null}
                    data={recommendations.map((r) => ({ value: r, label: recommendationLabels[r] }))}
                    onChange={(value) =>
                      value &&
                      onMove(
                        e,
                        freeSpot(
                          value as Recommendation,
                          elements.filter((o) => o.id !== e.id).map((o) => o.position),
                        ),
                      )
                    }
                    w={210}
                  />
                </Table.Td>
              )}
              {canEdit && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${e.name}`}
                    onClick={() => onDelete(e)}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
