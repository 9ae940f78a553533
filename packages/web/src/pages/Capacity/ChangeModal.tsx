import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api';
import {
  CHANGE_ASPECTS,
  capacityApi,
  type ImpactShape,
  type OrgUnit,
  type SaturationCheck,
} from '../../api/capacity';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';
import { ASPECT_LABEL, formatPoints, formatRatio, monthLabel, STATUS_COLOR, unitOptions } from './format';

interface Values extends Record<string, unknown> {
  orgUnitId: string | null;
  title: string;
  peopleAffected: number | string;
  startDate: string;
  endDate: string;
  aspects: Record<string, number | string>;
}

function SaturationAnswer({ check }: { check: SaturationCheck }) {
  return (
    <Alert
      color={check.fits ? 'teal' : 'red'}
      variant="light"
      title={
        check.fits
          ? 'Yes: this change fits within the unit’s tolerance'
          : `No: ${monthLabel(check.worstMonth!)} goes ${formatPoints(check.maxOvershoot)} points over the red line`
      }
      aria-label="Saturation check"
    >
      <Table fz="xs" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Month</Table.Th>
            <Table.Th ta="right">Now</Table.Th>
            <Table.Th ta="right">+ this</Table.Th>
            <Table.Th ta="right">Of capacity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {check.months.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Td>{monthLabel(m.month)}</Table.Td>
              <Table.Td ta="right">{formatPoints(m.existingLoad)}</Table.Td>
              <Table.Td ta="right">{formatPoints(m.addedLoad)}</Table.Td>
              <Table.Td ta="right" c={STATUS_COLOR[m.status]} fw={600}>
                {formatRatio(m.ratio)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}

/** Records a change's impact on a unit, or only checks whether it would saturate the unit. */
export function ChangeModal({
  opened,
  onClose,
  units,
  canLead,
}: {
  opened: boolean;
  onClose: () => void;
  units: OrgUnit[];
  canLead: boolean;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [check, setCheck] = useState<SaturationCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      orgUnitId: null,
      title: '',
      peopleAffected: 1,
      startDate: '',
      endDate: '',
      aspects: Object.fromEntries(CHANGE_ASPECTS.map((a) => [a, 0])),
    },
    validate: {
      orgUnitId: (v) => (v ? null : 'Pick the unit'),
      startDate: (v) => (v ? null : 'Pick the first day'),
      endDate: (v) => (v ? null : 'Pick the last day'),
    },
    onValuesChange: () => setCheck(null),
  });
  const shape = (v: Values): ImpactShape & { orgUnitId: string } => ({
    orgUnitId: v.orgUnitId!,
    aspects: Object.fromEntries(
      Object.entries(v.aspects)
        .filter(([, m]) => Number(m) > 0)
        .map(([a, m]) => [a, Number(m)]),
    ),
    peopleAffected: Number(v.peopleAffected) || 0,
    startDate: v.startDate,
    endDate: v.endDate,
  });
  const act = async (fn: (v: Values) => Promise<void>) => {
    if (form.validate().hasErrors) return;
    setError(null);
    setBusy(true);
    try {
      await fn(form.getValues());
    } catch (caught) {
      const fields = caught instanceof ApiError ? caught.fieldErrors() : {};
      const keys = Object.keys(fields);
      const onForm = (k: string) => k.startsWith('aspects.') || k in form.getValues();
      if (keys.length && keys.every(onForm)) form.setErrors(fields);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    onClose();
    form.reset();
    setError(null);
    setCheck(null);
  };
  return (
    <Modal opened={opened} onClose={close} title={canLead ? 'Add a change' : 'Check saturation'} size="xl">
      <Stack gap="md">
        <Group grow>
          <Select
            label="Unit"
            required
            data={unitOptions(units)}
            searchable
            {...form.getInputProps('orgUnitId')}
          />
          <TextInput
            label="Change"
            placeholder="e.g. AI draft replies, wave 1"
            required
            {...form.getInputProps('title')}
          />
        </Group>
        <Group grow>
          <NumberInput label="People affected" min={0} {...form.getInputProps('peopleAffected')} />
          <TextInput label="Starts" type="date" {...form.getInputProps('startDate')} />
          <TextInput label="Ends" type="date" {...form.getInputProps('endDate')} />
        </Group>
        <Text size="sm" fw={500}>
          What changes, and how much (0 none – 5 transformational)
        </Text>
        <SimpleGrid cols={4}>
          {CHANGE_ASPECTS.map((a) => (
            <NumberInput
              key={a}
              label={ASPECT_LABEL[a]}
              min={0}
              max={5}
              {...form.getInputProps(`aspects.${a}`)}
            />
          ))}
        </SimpleGrid>
        {check && <SaturationAnswer check={check} />}
        <FormError error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="light"
            loading={busy}
            onClick={() => act(async (v) => setCheck(await capacityApi.checkSaturation(shape(v))))}
          >
            Check saturation
          </Button>
          {canLead && (
            <Button
              loading={busy}
              onClick={() =>
                act(async (v) => {
                  await capacityApi.createChangeImpact({ ...shape(v), title: v.title.trim() });
                  await queryClient.invalidateQueries({ queryKey: orgKey('capacity') });
                  close();
                })
              }
            >
              Add change
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
