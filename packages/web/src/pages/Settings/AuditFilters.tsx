import { Autocomplete, Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { api } from '../../api';
import { useOrganization, useOrgKey } from '../../hooks/useOrganization';
import { usePagedList } from '../../hooks/usePagedList';

export interface AuditFilterValues {
  action: string;
  entityType: string;
  actorId: string;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  action: '',
  entityType: '',
  actorId: '',
  from: '',
  to: '',
};

/** People and tokens, so the log can be filtered by who acted. */
function useActorOptions() {
  const orgKey = useOrgKey();
  const { can } = useOrganization();
  const members = usePagedList(orgKey('members'), api.members);
  const tokens = usePagedList(orgKey('tokens'), api.tokens, { enabled: can('settings', 'admin') });
  return [
    { group: 'People', items: members.items.map((m) => ({ value: m.userId, label: m.name })) },
    { group: 'API tokens', items: tokens.items.map((t) => ({ value: t.id, label: t.name })) },
  ].filter((group) => group.items.length > 0);
}

export function AuditFilters({
  value,
  onApply,
  suggestions,
}: {
  value: AuditFilterValues;
  onApply: (v: AuditFilterValues) => void;
  /** Actions and entity types seen so far, offered as suggestions. */
  suggestions: { actions: string[]; entityTypes: string[] };
}) {
  const actorOptions = useActorOptions();
  const form = useForm({
    initialValues: value,
    validate: {
      to: (to, values) => (to && values.from && to < values.from ? 'Must be on or after “From”' : null),
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-sync only when the applied filters change
  useEffect(() => form.setValues(value), [JSON.stringify(value)]);

  return (
    <form onSubmit={form.onSubmit(onApply)} aria-label="Filter audit events">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <Autocomplete
          label="Action"
          placeholder="e.g. member.added"
          data={suggestions.actions}
          {...form.getInputProps('action')}
        />
        <Autocomplete
          label="Entity type"
          placeholder="e.g. invitation"
          data={suggestions.entityTypes}
          {...form.getInputProps('entityType')}
        />
        <Select
          label="Actor"
          placeholder="Anyone"
          data={actorOptions}
          searchable
          clearable
          nothingFoundMessage="No one by that name"
          {...form.getInputProps('actorId')}
          value={form.values.actorId || null}
          onChange={(v) => form.setFieldValue('actorId', v ?? '')}
        />
        <TextInput label="From" type="date" {...form.getInputProps('from')} />
        <TextInput label="To" type="date" {...form.getInputProps('to')} />
      </SimpleGrid>
      <Group mt="sm" gap="sm">
        <Button type="submit" size="sm">
          Apply filters
        </Button>
        <Button
          variant="default"
          size="sm"
          onClick={() => {
            form.setValues(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          Clear
        </Button>
      </Group>
    </form>
  );
}
