import { Modal, Table, Text } from '@mantine/core';
import { Keys, type Shortcut } from './Rubric';

/** The page's keyboard shortcuts (ReviewPage, CalibrationPage: loaded the first time it opens). */
export function ShortcutsModal({
  opened,
  onClose,
  shortcuts,
}: {
  opened: boolean;
  onClose: () => void;
  shortcuts: Shortcut[];
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" centered>
      <Table verticalSpacing={6} aria-label="Keyboard shortcuts">
        <Table.Tbody>
          {shortcuts.map(([keys, what]) => (
            <Table.Tr key={what}>
              <Table.Td w={130}>
                <Keys keys={keys} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{what}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
