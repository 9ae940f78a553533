import { Button, CloseButton, Group, MultiSelect, Pill, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import {
  APPLICATION_SORTS,
  type ApplicationFilters,
  type ApplicationSort,
  type RiskTier,
  SORT_LABELS,
  type Stage,
} from '../../api/portfolio';
import { hasFilters } from './filters';
import { riskOptions, stageOptions, useRegistryRefs } from './registry';

/** Search, the built-in filters and custom field filters of the application list. */
export function FilterBar({
  filters,
  onChange,
}: {
  filters: ApplicationFilters;
  onChange: (filters: ApplicationFilters) => void;
}) {
  const refs = useRegistryRefs();
  const [search, setSearch] = useState(filters.q ?? '');
  const [fieldKey, setFieldKey] = useState<string | null>(null);
  const [fieldValue, setFieldValue] = useState('');
  const field = refs.fields.find((f) => f.key === fieldKey);
  const set = (patch: Partial<ApplicationFilters>) => onChange({ ...filters, ...patch });
  const addFieldFilter = () => {
    if (!field || !fieldValue.trim()) return;
    set({ customField: [...(filters.customField ?? []), `${field.key}:${fieldValue.trim()}`] });
    setFieldValue('');
  };
  const labelOf = (filter: string) => {
    const at = filter.indexOf(':');
    const f = refs.fields.find((x) => x.key === filter.slice(0, at));
    return `${f?.label ?? filter.slice(0, at)}: ${filter.slice(at + 1)}`;
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: search.trim() || undefined });
        }}
      >
        <TextInput
          label="Search"
          placeholder="Name or purpose"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          onBlur={() => (search.trim() || undefined) !== filters.q && set({ q: search.trim() || undefined })}
          w={220}
        />
      </form>
      <MultiSelect
        label="Stage"
        data={stageOptions}
        value={filters.stage ?? []}
        onChange={(v) => set({ stage: v.length ? (v as Stage[]) : undefined })}
        w={220}
        clearable
      />
      <MultiSelect
        label="Risk tier"
        data={riskOptions}
        value={filters.riskTier ?? []}
        onChange={(v) => set({ riskTier: v.length ? (v as RiskTier[]) : undefined })}
        w={200}
        clearable
      />
      <Select
        label="Owner"
        data={refs.memberOptions}
        value={filters.ownerId ?? null}
        onChange={(v) => set({ ownerId: v ?? undefined })}
        searchable
        clearable
        w={200}
      />
      <Select
        label="Org unit"
        data={refs.unitOptions}
        value={filters.orgUnitId ?? null}
        onChange={(v) => set({ orgUnitId: v ?? undefined })}
        placeholder={refs.units.length ? undefined : 'No org units'}
        disabled={refs.units.length === 0}
        searchable
        clearable
        w={180}
      />
      <Select
        label="Sort"
        data={APPLICATION_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))}
        value={filters.sort ?? 'newest'}
        onChange={(v) => set({ sort: v && v !== 'newest' ? (v as ApplicationSort) : undefined })}
        allowDeselect={false}
        w={170}
      />
      {refs.fields.length > 0 && (
        <Group gap={6} align="flex-end">
          <Select
            label="Custom field"
            data={refs.fields.map((f) => ({ value: f.key, label: f.label }))}
            value={fieldKey}
            onChange={(v) => {
              setFieldKey(v);
              setFieldValue('');
            }}
            w={170}
          />
          {field && (field.kind === 'single_select' || field.kind === 'multi_select') ? (
            <Select
              label="Value"
              data={field.options}
              value={fieldValue || null}
              onChange={(v) => setFieldValue(v ?? '')}
              w={150}
            />
          ) : (
            <TextInput
              label="Value"
              type={field?.kind === 'date' ? 'date' : 'text'}
              value={fieldValue}
              onChange={(e) => setFieldValue(e.currentTarget.value)}
              w={150}
            />
          )}
          <Button variant="default" onClick={addFieldFilter} disabled={!field || !fieldValue.trim()}>
            Add filter
          </Button>
        </Group>
      )}
      {(filters.customField ?? []).length > 0 && (
        <Pill.Group>
          {(filters.customField ?? []).map((f) => (
            <Pill
              key={f}
              withRemoveButton
              removeButtonProps={{ 'aria-label': `Remove filter ${labelOf(f)}` }}
              onRemove={() => {
                const rest = (filters.customField ?? []).filter((x) => x !== f);
                set({ customField: rest.length ? rest : undefined });
              }}
            >
              {labelOf(f)}
            </Pill>
          ))}
        </Pill.Group>
      )}
      {hasFilters(filters) && (
        <CloseButton
          aria-label="Clear all filters"
          onClick={() => {
            setSearch('');
            onChange(filters.sort ? { sort: filters.sort } : {});
          }}
        />
      )}
    </Group>
  );
}
