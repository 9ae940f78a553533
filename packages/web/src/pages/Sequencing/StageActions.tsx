import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { ApiError } from '../../api';
import { type ExpansionPlan, type PlanStage, type StageUnit, sequencingApi } from '../../api/sequencing';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

function useRefresh() {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
}

/** Starts the plan's next planned stage, today or on the day it really started (a pilot already under way). */
export function StartModal({ plan, onClose }: { plan: ExpansionPlan; onClose: () => void }) {
  const refresh = useRefresh();
  const [startedOn, setStartedOn] = useState(new Date().toISOString().slice(0, 10));
  const stage = plan.stages.find((s) => s.status === 'planned');
  const start = useMutation({
    mutationFn: () => sequencingApi.start(plan.id, { version: plan.version, startedOn }),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  const fieldErrors = start.error instanceof ApiError ? start.error.fieldErrors() : {};
  return (
    <Modal opened onClose={onClose} title={`Start “${stage?.name ?? 'the next stage'}”`}>
      <Stack gap="md">
        <Text size="sm">
          The stage's change load lands on {stage?.units.map((u) => u.name).join(', ') || 'its units'} from
          this day, and the plan locks: further changes go through a decision request.
        </Text>
        <TextInput
          type="date"
          label="Started on"
          value={startedOn}
          onChange={(e) => setStartedOn(e.currentTarget.value)}
          error={fieldErrors.startedOn}
        />
        <FormError error={start.error && !fieldErrors.startedOn ? start.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => start.mutate()} loading={start.isPending}>
            Start stage
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Reports how many people of a unit use the application now (the adoption criterion reads it). */
export function AdoptionModal({
  plan,
  stage,
  unit,
  onClose,
}: {
  plan: ExpansionPlan;
  stage: PlanStage;
  unit: StageUnit;
  onClose: () => void;
}) {
  const refresh = useRefresh();
  const [active, setActive] = useState<number | string>(unit.activeUsers ?? '');
  const save = useMutation({
    mutationFn: () => sequencingApi.reportAdoption(plan.id, stage.id, unit.orgUnitId, Number(active)),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  return (
    <Modal opened onClose={onClose} title={`Adoption in ${unit.name}`}>
      <Stack gap="md">
        <NumberInput
          label="People active with the application"
          description={`${unit.name} has ${countNoun(unit.headcount, 'person', 'people')}.`}
          min={0}
          value={active}
          onChange={setActive}
          error={fieldErrors.activeUsers}
        />
        <FormError error={save.error && !fieldErrors.activeUsers ? save.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={active === ''}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
