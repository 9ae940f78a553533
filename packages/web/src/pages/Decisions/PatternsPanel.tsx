import { ActionIcon, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { DECISION_TYPE_LABELS, type DecisionType, decisionTypes } from '@trellis/core';
import { useState } from 'react';
import { decisionsApi } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useOrgKey } from '../../hooks/useOrganization';

/** Pre-approved patterns: requests that match one are approved at once (never high risk). */
export function PatternsPanel({ canEdit }: { canEdit: boolean }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const patterns = useQuery({ queryKey: orgKey('decision-patterns'), queryFn: decisionsApi.patterns });
  const [name, setName] = useState('');
  const [decisionType, setDecisionType] = useState<DecisionType>('expand_to_org_unit');
  const [maxTier, setMaxTier] = useState<'low' | 'medium'>('medium');
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: orgKey('decision-patterns') });
  const add = async () => {
    setError(null);
    try {
      await decisionsApi.createPattern({
        name: name.trim(),
        decisionType,
        maxTier,
        payload: template.trim() ? { template: template.trim() } : {},
      });
      setName('');
      setTemplate('');
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  const remove = async (id: string) => {
    setError(null);
    try {
      await decisionsApi.deletePattern(id);
      await refresh();
    } catch (caught) {
      setError(caught);
    }
  };
  const items = patterns.data?.items ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Pre-approved patterns
        </Title>
        <Text size="sm" c="dimmed">
          A request of this type, up to this risk tier, whose details name this template is approved at once —
          routine decisions stop waiting for a person. High risk always goes to its approvers.
        </Text>
        {items.length > 0 && (
          <Table aria-label="Pre-approved patterns">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Pattern</Table.Th>
                <Table.Th>Decision</Table.Th>
                <Table.Th>Up to</Table.Th>
                <Table.Th>Template</Table.Th>
                {canEdit && <Table.Th />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>{DECISION_TYPE_LABELS[p.decisionType]}</Table.Td>
                  <Table.Td>{p.maxTier} risk</Table.Td>
                  <Table.Td>{typeof p.payload.template === 'string' ? p.payload.template : 'any'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${p.name}`}
                        onClick={() => remove(p.id)}
                      >
                        <Icon name="trash" size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label="Pattern name"
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              w={220}
            />
            <Select
              label="Decision"
              allowDeselect={false}
              value={decisionType}
              onChange={(v) => v && setDecisionType(v as DecisionType)}
              data={decisionTypes.map((t) => ({ value: t, label: DECISION_TYPE_LABELS[t] }))}
              w={240}
            />
            <Select
              label="Up to"
              allowDeselect={false}
              value={maxTier}
              onChange={(v) => v && setMaxTier(v as 'low' | 'medium')}
              data={[
                { value: 'low', label: 'Low risk' },
                { value: 'medium', label: 'Medium risk' },
              ]}
              w={150}
            />
            <TextInput
              label="Template"
              description="Requests whose template field equals this"
              value={template}
              onChange={(e) => setTemplate(e.currentTarget.value)}
              w={220}
            />
            <Button variant="light" onClick={add} disabled={!name.trim()}>
              Add pattern
            </Button>
          </Group>
        )}
        <FormError error={error} />
      </Stack>
    </Card>
  );
}
