import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../api';
import { type ExpansionPlan, type StageInput, sequencingApi, stageInput } from '../../api/sequencing';
import { FormError } from '../../components/FormError';
import { Icon } from '../../components/Icon';
import { useOrgKey } from '../../hooks/useOrganization';
import { useOrgUnits } from '../Capacity/UnitsPanel';
import { CriteriaEditor } from './CriteriaEditor';
import { AddStageButton, newStage, stageLoadInputs } from './StageFields';

/** Other applications' stages, for the dependency pickers. */
function useOtherStages(planId: string) {
  const orgKey = useOrgKey();
  return useQuery({
    queryKey: orgKey('sequencing', 'other-stages', planId),
    queryFn: async () => {
      const { items } = await sequencingApi.listPlans();
      const plans = await Promise.all(
        items.filter((p) => p.id !== planId).map((p) => sequencingApi.getPlan(p.id)),
      );
      return plans.flatMap((p) =>
        p.stages.map((s) => ({ value: s.id, label: `${p.application.name}: ${s.name}` })),
      );
    },
  });
}

/**
 * Edits the plan's stages (add, remove, reorder, units, criteria, dependencies) in one versioned save. While
 * a stage runs the plan is locked: the edit becomes a decision request and applies once approved.
 */
export function StageEditModal({ plan, onClose }: { plan: ExpansionPlan; onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const others = useOtherStages(plan.id);
  const [stages, setStages] = useState<StageInput[]>(plan.stages.map(stageInput));
  const [reason, setReason] = useState('');
  const [proposed, setProposed] = useState<{ id: string; status: string; applied: boolean } | null>(null);
  const fixed = new Set(plan.stages.filter((s) => s.status !== 'planned').map((s) => s.id));
  const save = useMutation({
    mutationFn: async () => {
      if (!plan.locked) {
        await sequencingApi.updatePlan(plan.id, { version: plan.version, stages });
        return null;
      }
      const result = await sequencingApi.proposeChange(plan.id, { version: plan.version, stages, reason });
      return { id: result.request.id, status: result.request.status, applied: result.applied };
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
      if (result && !result.applied) setProposed(result);
      else onClose();
    },
  });
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors() : {};
  const errorAt = (i: number, field: string) =>
    Object.entries(fieldErrors).find(
      ([k]) => k === `stages.${i}.${field}` || k.startsWith(`stages.${i}.${field}.`),
    )?.[1];
  const update = (i: number, patch: Partial<StageInput>) =>
    setStages((prev) => prev.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) =>
    setStages((prev) => {
      const next = [...prev];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });
  const unitData = (units.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.headcount})` }));
  const stageErrors = Object.entries(fieldErrors).filter(([k]) => !/^stages\.\d+\./.test(k));
  return (
    <Modal
      opened
      onClose={onClose}
      title={plan.locked ? 'Propose a change to the plan' : 'Edit stages'}
      size="xl"
    >
      {proposed ? (
        <Stack>
          <Alert color="blue" variant="light" title="Waiting for approval">
            The change is a decision request ({proposed.status}). It applies once approved: open it from{' '}
            <Link to={`/decisions/requests/${proposed.id}`}>the request</Link>.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          {stages.map((s, i) => {
            const ran = s.id !== undefined && fixed.has(s.id);
            return (
              <Fieldset
                key={s.id ?? `new-${i}`}
                legend={`Stage ${i + 1}${ran ? ' (has run: units and load stay)' : ''}`}
                aria-label={`Stage ${i + 1}`}
              >
                <Stack gap="xs">
                  <Group grow align="flex-start">
                    <TextInput
                      label="Name"
                      value={s.name}
                      onChange={(e) => update(i, { name: e.currentTarget.value })}
                      error={errorAt(i, 'name')}
                    />
                    {stageLoadInputs({
                      durationMonths: s.durationMonths,
                      changeLoad: s.changeLoad,
                      disabled: ran,
                      onChange: (change) => update(i, change),
                      durationError: errorAt(i, 'durationMonths'),
                    })}
                    <NumberInput
                      label="Expected value"
                      min={0}
                      value={s.expectedValue}
                      onChange={(v) => update(i, { expectedValue: Number(v) || 0 })}
                    />
                  </Group>
                  <MultiSelect
                    label="Org units"
                    searchable
                    data={unitData}
                    value={s.orgUnitIds}
                    disabled={ran}
                    onChange={(v) => update(i, { orgUnitIds: v })}
                    error={errorAt(i, 'orgUnitIds')}
                  />
                  <MultiSelect
                    label="Starts after (other applications' stages)"
                    searchable
                    data={others.data ?? []}
                    value={s.dependsOn}
                    onChange={(v) => update(i, { dependsOn: v })}
                    error={errorAt(i, 'dependsOn')}
                  />
                  <CriteriaEditor
                    label={`Criteria of stage ${i + 1}`}
                    value={s.criteria}
                    onChange={(criteria) => update(i, { criteria })}
                  />
                  {errorAt(i, 'criteria') && <FormError error={new Error(errorAt(i, 'criteria'))} />}
                  {!ran && (
                    <Group gap={4} justify="flex-end">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move stage ${i + 1} up`}
                        disabled={i === 0 || fixed.has(stages[i - 1]?.id ?? '')}
                        onClick={() => move(i, -1)}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`Move stage ${i + 1} down`}
                        disabled={i === stages.length - 1}
                        onClick={() => move(i, 1)}
                      >
                        ↓
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove stage ${i + 1}`}
                        onClick={() => setStages((prev) => prev.filter((_, j) => j !== i))}
                      >
                        <Icon name="trash" size={16} />
                      </ActionIcon>
                    </Group>
                  )}
                </Stack>
              </Fieldset>
            );
          })}
          <AddStageButton
            onAdd={() =>
              setStages((prev) => [
                ...prev,
                { ...newStage(prev.length), expectedValue: 0, orgUnitIds: [], dependsOn: [] },
              ])
            }
          />
          {plan.locked && (
            <Textarea
              label="Why change the plan now"
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldErrors.reason}
            />
          )}
          {stageErrors.map(([k, m]) => (
            <FormError key={k} error={new Error(m)} />
          ))}
          <FormError error={save.error && Object.keys(fieldErrors).length === 0 ? save.error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={plan.locked && !reason.trim()}
            >
              {plan.locked ? 'Propose change' : 'Save stages'}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
