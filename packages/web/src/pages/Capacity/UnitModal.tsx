import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { capacityApi, type OrgUnit, type OrgUnitKind } from '../../api/capacity';
import { FormError } from '../../components/FormError';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useOrgKey } from '../../hooks/useOrganization';
import { unitOptions } from './format';

interface Values extends Record<string, unknown> {
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  headcount: number | string;
  monthlyCapacity: number | string;
  amberThreshold: number | string;
  redThreshold: number | string;
}

/**
 * Creates a unit, or edits one (`unit` given): kind, headcount, own capacity (blank = 10 × headcount), thresholds,
 * and where it sits (a reorganization moves it with everything under it).
 */
export function UnitModal({
  opened,
  onClose,
  units,
  unit,
}: {
  opened: boolean;
  onClose: () => void;
  units: OrgUnit[];
  unit?: OrgUnit | undefined;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: unit?.name ?? '',
      kind: unit?.kind ?? 'team',
      parentId: unit?.parentId ?? null,
      headcount: unit?.headcount ?? 0,
      monthlyCapacity: unit?.monthlyCapacity ?? '',
      amberThreshold: unit ? Math.round(unit.amberThreshold * 100) : 80,
      redThreshold: unit ? Math.round(unit.redThreshold * 100) : 100,
    },
    validate: { name: (v) => (v.trim() ? null : 'Name the unit') },
  });
  const { onSubmit, error, submitting, clearError } = useFormSubmit(form, async (v) => {
    const capacity = v.monthlyCapacity === '' ? null : Number(v.monthlyCapacity);
    const common = {
      name: v.name.trim(),
      headcount: Number(v.headcount) || 0,
      monthlyCapacity: capacity,
      amberThreshold: Number(v.amberThreshold) / 100,
      redThreshold: Number(v.redThreshold) / 100,
    };
    if (unit) {
      const moved = v.parentId !== unit.parentId;
      await capacityApi.updateOrgUnit(unit.id, {
        ...common,
        ...(v.kind !== unit.kind ? { kind: v.kind } : {}),
        ...(moved ? { parentId: v.parentId } : {}),
      });
    } else await capacityApi.createOrgUnit({ ...common, kind: v.kind, parentId: v.parentId });
    await queryClient.invalidateQueries({ queryKey: orgKey('capacity') });
    close();
  });
  const close = () => {
    onClose();
    form.reset();
    clearError();
  };
  return (
    <Modal opened={opened} onClose={close} title={unit ? `Edit ${unit.name}` : 'New org unit'} size="lg">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Group grow>
            <Select
              label="Kind"
              description={unit ? 'Below its parent’s kind, above its sub-units’' : undefined}
              data={[
                { value: 'division', label: 'Division' },
                { value: 'department', label: 'Department' },
                { value: 'team', label: 'Team' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <Select
              label="Part of"
              placeholder="Top level"
              description={unit ? 'Moving a unit moves everything under it' : undefined}
              data={unitOptions(units.filter((u) => u.id !== unit?.id))}
              clearable
              {...form.getInputProps('parentId')}
            />
          </Group>
          <Group grow>
            <NumberInput label="Headcount" min={0} {...form.getInputProps('headcount')} />
            <NumberInput
              label="Monthly capacity (points)"
              description="Blank: 10 points per person"
              min={0}
              {...form.getInputProps('monthlyCapacity')}
            />
          </Group>
          <Group grow>
            <NumberInput
              label="Amber from (% of capacity)"
              min={1}
              max={1000}
              {...form.getInputProps('amberThreshold')}
            />
            <NumberInput
              label="Red above (% of capacity)"
              min={1}
              max={1000}
              {...form.getInputProps('redThreshold')}
            />
          </Group>
          <FormError error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={submitting}>
              {unit ? 'Save' : 'Create unit'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
