import { Checkbox, Table, Text, Tooltip } from '@mantine/core';
import { ACTION_LABELS, CAPABILITY_LABELS } from '../../api/roles';

/** Capabilities × actions, one checkbox each; `readOnly` shows a built-in role's set. */
export function PermissionMatrix({
  capabilities,
  actions,
  value,
  onChange,
  readOnly = false,
  label,
}: {
  capabilities: string[];
  actions: string[];
  value: string[];
  onChange?: (next: string[]) => void;
  readOnly?: boolean;
  label: string;
}) {
  const held = new Set(value);
  const toggle = (permission: string) =>
    onChange?.(held.has(permission) ? value.filter((p) => p !== permission) : [...value, permission]);
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table withTableBorder verticalSpacing={6} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Capability</Table.Th>
            {actions.map((action) => (
              <Table.Th key={action} ta="center">
                <Tooltip label={ACTION_LABELS[action]?.hint ?? action} withArrow>
                  <Text size="sm" fw={600} span>
                    {ACTION_LABELS[action]?.label ?? action}
                  </Text>
                </Tooltip>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {capabilities.map((capability) => (
            <Table.Tr key={capability}>
              <Table.Td>
                <Text size="sm">{CAPABILITY_LABELS[capability] ?? capability}</Text>
              </Table.Td>
              {actions.map((action) => {
                const permission = `${capability}.${action}`;
                return (
                  <Table.Td key={action} ta="center">
                    <Checkbox
                      display="inline-block"
                      aria-label={`${CAPABILITY_LABELS[capability] ?? capability}: ${ACTION_LABELS[action]?.label ?? action}`}
                      checked={held.has(permission)}
                      readOnly={readOnly}
                      disabled={readOnly}
                      onChange={() => toggle(permission)}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
