import { ActionIcon, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import {
  CRITERION_LABELS,
  CRITERION_PARAMS,
  type GateCriterionKind,
  gateCriterionKinds,
} from '@trellis/core';
import type { GateCriterion, StageInput } from '../../api/sequencing';
import { Icon } from '../../components/Icon';

/** A gate's typed criteria: one row per kind with its parameters (blank = the default). */
export function CriteriaEditor({
  value,
  onChange,
  label,
}: {
  value: StageInput['criteria'];
  onChange: (next: StageInput['criteria']) => void;
  label: string;
}) {
  const missing = gateCriterionKinds.filter((k) => !value.some((c) => c.kind === k));
  const setParam = (index: number, key: string, v: number | string) => {
    const next = value.map((c, i) => {
      if (i !== index) return c;
      const params = { ...c.params };
      if (typeof v === 'number') params[key] = v;
      else delete params[key];
      return { ...c, params };
    });
    onChange(next);
  };
  return (
    <Stack gap={6} role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        Gate criteria
      </Text>
      {value.length === 0 && (
        <Text size="xs" c="dimmed">
          No criteria: the gate recommends advancing.
        </Text>
      )}
      {value.map((c, i) => (
        <Group key={c.kind} gap="xs" wrap="nowrap" align="flex-end">
          <Text size="sm" w={170} pb={6}>
            {CRITERION_LABELS[c.kind]}
          </Text>
          {Object.entries(CRITERION_PARAMS[c.kind]).map(([key, spec]) => (
            <NumberInput
              key={key}
              size="xs"
              w={130}
              label={spec.label}
              title={spec.describe}
              aria-label={`${CRITERION_LABELS[c.kind]}: ${spec.describe}`}
              placeholder={String(spec.fallback)}
              min={spec.min}
              max={spec.max}
              step={spec.integer ? 1 : 0.01}
              value={c.params?.[key] ?? ''}
              onChange={(v) => setParam(i, key, v)}
            />
          ))}
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove ${CRITERION_LABELS[c.kind]}`}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            <Icon name="trash" size={16} />
          </ActionIcon>
        </Group>
      ))}
      {missing.length > 0 && (
        <Group>
          <Select
            size="xs"
            w={240}
            aria-label={`Add a criterion to ${label}`}
            placeholder="Add a criterion…"
            data={missing.map((k) => ({ value: k, label: CRITERION_LABELS[k] }))}
            value={null}
            onChange={(k) => k && onChange([...value, { kind: k as GateCriterionKind, params: {} }])}
          />
        </Group>
      )}
    </Stack>
  );
}

export const criteriaText = (criteria: GateCriterion[]) =>
  criteria.length ? criteria.map((c) => CRITERION_LABELS[c.kind]).join(' · ') : 'No gate criteria';
