import { Button, Grid, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ElementKind, elementKinds } from '@trellis/core';
import type { NewCoreElement } from '../../api/core-review';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';

export const KIND_LABELS: Record<ElementKind, string> = {
  practice: 'Practice',
  workflow_step: 'Workflow step',
  role: 'Role',
  tool: 'Tool',
  condition: 'Condition',
};

/** Adds a pilot element; it starts in the "not placed yet" tray under the board. */
export function ElementForm({ onAdd }: { onAdd: (element: NewCoreElement) => Promise<void> }) {
  const form = useForm({
    initialValues: {
      kind: 'practice' as string,
      name: '',
      description: '',
      hiddenHoursPerWeek: 0 as number | string,
      carriedBy: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the element'),
      hiddenHoursPerWeek: (v) => (Number(v) < 0 ? 'Hidden hours cannot be negative' : null),
    },
  });
  const { onSubmit, error, submitting } = useFormSubmit(form, async (values) => {
    await onAdd({
      kind: values.kind as ElementKind,
      name: values.name.trim(),
      description: values.description,
      hiddenHoursPerWeek: Number(values.hiddenHoursPerWeek) || 0,
      carriedBy: values.carriedBy.trim(),
    });
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a pilot element">
      <Stack gap="xs">
        <Grid gap="xs">
          <Grid.Col span={12}>
            <Select
              label="Kind"
              data={elementKinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label="Element"
              placeholder="e.g. SME reviews every module"
              {...form.getInputProps('name')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label="Description" {...form.getInputProps('description')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <NumberInput
              label="Hidden h/week"
              min={0}
              max={168}
              step={0.5}
              decimalScale={1}
              {...form.getInputProps('hiddenHoursPerWeek')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label="Carried by" placeholder="Who does it" {...form.getInputProps('carriedBy')} />
          </Grid.Col>
        </Grid>
        <FormError error={error} />
        <Button type="submit" loading={submitting} variant="light">
          Add element
        </Button>
      </Stack>
    </form>
  );
}
