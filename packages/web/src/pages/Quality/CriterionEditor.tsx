import {
  ActionIcon,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { Icon } from '../../components/Icon';
import { type StandardValues, slugKey } from './standard-form';

const KINDS = [
  { value: 'pass_fail', label: 'Pass / fail' },
  { value: 'scale', label: 'Scale 1–5' },
];
const SEVERITIES = [
  { value: 'critical', label: 'Critical' },
  { value: 'minor', label: 'Minor' },
];
const LEVELS = ['1', '2', '3', '4', '5'].map((l) => ({ value: l, label: `Level ${l}` }));

/** One rubric criterion: label, key, kind, severity, and for a scale its five level descriptions. */
export function CriterionEditor({
  form,
  index,
  total,
}: {
  form: UseFormReturnType<StandardValues>;
  index: number;
  total: number;
}) {
  const path = `criteria.${index}`;
  const criterion = form.values.criteria[index]!;
  const name = `Criterion ${index + 1}`;
  return (
    <Paper withBorder p="md" radius="md" component="fieldset" aria-label={name} style={{ margin: 0 }}>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <Text fw={700} c="dimmed" mt={30} w={18} ta="right" aria-hidden="true">
            {index + 1}
          </Text>
          <Stack gap="sm" style={{ flex: 1 }}>
            <TextInput
              label="Label"
              placeholder="Factually accurate"
              required
              {...form.getInputProps(`${path}.label`)}
              onChange={(event) => {
                const label = event.currentTarget.value;
                form.setFieldValue(`${path}.label`, label);
                if (criterion.autoKey) form.setFieldValue(`${path}.key`, slugKey(label));
              }}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label="Key"
                description="Lowercase; used in the API"
                placeholder="accurate"
                required
                {...form.getInputProps(`${path}.key`)}
                onChange={(event) => {
                  form.setFieldValue(`${path}.key`, event.currentTarget.value);
                  form.setFieldValue(`${path}.autoKey`, false);
                }}
              />
              <Select
                label="Answer"
                description="How the reviewer answers"
                data={KINDS}
                allowDeselect={false}
                {...form.getInputProps(`${path}.kind`)}
              />
              <Select
                label="Severity"
                description="A critical fail makes a defect"
                data={SEVERITIES}
                allowDeselect={false}
                {...form.getInputProps(`${path}.severity`)}
              />
            </SimpleGrid>
          </Stack>
          <Stack gap={4} mt={24}>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${name} up`}
              disabled={index === 0}
              onClick={() => form.reorderListItem('criteria', { from: index, to: index - 1 })}
            >
              <Icon name="arrowUp" size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Move ${name} down`}
              disabled={index === total - 1}
              onClick={() => form.reorderListItem('criteria', { from: index, to: index + 1 })}
            >
              <Icon name="arrowDown" size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Remove ${name}`}
              disabled={total === 1}
              onClick={() => form.removeListItem('criteria', index)}
            >
              <Icon name="trash" size={16} />
            </ActionIcon>
          </Stack>
        </Group>
        {criterion.kind === 'scale' && (
          <Stack gap="xs" pl={30}>
            <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
              {[0, 1, 2, 3, 4].map((level) => (
                <Textarea
                  key={level}
                  label={`Level ${level + 1}`}
                  size="xs"
                  autosize
                  minRows={2}
                  {...form.getInputProps(`${path}.levels.${level}`)}
                />
              ))}
            </SimpleGrid>
            <Select
              label="Passes at"
              description="The lowest level that passes this criterion"
              data={LEVELS}
              allowDeselect={false}
              w={220}
              size="xs"
              {...form.getInputProps(`${path}.passLevel`)}
            />
            {form.errors[`${path}.levels`] && (
              <Text size="xs" c="red">
                {form.errors[`${path}.levels`]}
              </Text>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
