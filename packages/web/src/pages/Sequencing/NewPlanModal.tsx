import { Button, Group, Modal, MultiSelect, NumberInput, Select, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { countNoun } from '@trellis/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api';
import { portfolioApi } from '../../api/portfolio';
import { sequencingApi } from '../../api/sequencing';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';
import { useOrgUnits } from '../Capacity/UnitsPanel';

/**
 * A plan for an application from a template (the starter one is made on first use), with each stage's units
 * and expected value (hours saved a month; the default comes from the application's evidence, and the
 * form says from what).
 */
export function NewPlanModal({ onClose }: { onClose: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const apps = useQuery({
    queryKey: orgKey('sequencing', 'apps'),
    queryFn: () => portfolioApi.applications({}),
  });
  const templates = useQuery({
    queryKey: orgKey('sequencing', 'templates'),
    queryFn: async () => {
      const list = await sequencingApi.listTemplates();
      return list.items.length ? list.items : [await sequencingApi.starterTemplate()];
    },
  });
  const units = useOrgUnits();
  const [applicationId, setApplicationId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [stageUnits, setStageUnits] = useState<string[][]>([]);
  /** Values the person typed, by stage; a stage left alone takes the evidence default. */
  const [stageValues, setStageValues] = useState<Record<number, number | ''>>({});
  const template = templates.data?.find((t) => t.id === (templateId ?? templates.data?.[0]?.id));
  const valueDefault = useQuery({
    queryKey: orgKey('sequencing', 'stage-value-default', applicationId),
    queryFn: () => sequencingApi.stageValueDefault(applicationId ?? ''),
    enabled: Boolean(applicationId),
  });
  const defaultValue = valueDefault.data?.hoursPerMonth ?? 0;
  const stageValue = (i: number) => {
    const typed = stageValues[i];
    return typed === undefined || typed === '' ? defaultValue : typed;
  };
  const create = useMutation({
    mutationFn: () =>
      sequencingApi.createPlan({
        applicationId: applicationId ?? '',
        ...(template ? { templateId: template.id } : {}),
        stageUnits: (template?.stages ?? []).map((_, i) => ({
          orgUnitIds: stageUnits[i] ?? [],
          expectedValue: stageValue(i),
        })),
      }),
    onSuccess: async (plan) => {
      await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
      navigate(`/sequencing/plans/${plan.id}`);
    },
  });
  const fieldErrors = create.error instanceof ApiError ? create.error.fieldErrors() : {};
  return (
    <Modal opened onClose={onClose} title="New expansion plan" size="lg">
      <Stack gap="md">
        <Select
          label="Application"
          placeholder="The pilot to expand"
          searchable
          data={(apps.data?.items ?? []).map((a) => ({ value: a.id, label: `${a.name} (${a.stage})` }))}
          value={applicationId}
          onChange={(v) => {
            setApplicationId(v);
            setStageValues({});
          }}
          error={fieldErrors.applicationId}
        />
        <Select
          label="Template"
          data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={template?.id ?? null}
          onChange={(v) => {
            setTemplateId(v);
            setStageUnits([]);
            setStageValues({});
          }}
          allowDeselect={false}
          error={fieldErrors.templateId}
        />
        {template && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Org units and expected value of each stage
            </Text>
            <Text size="xs" c="dimmed" data-testid="stage-value-basis">
              Expected value = hours the stage saves a month; the next-step optimizer schedules by value ×
              confidence, so a stage left at 0 is never scheduled.{' '}
              {applicationId
                ? valueDefault.data
                  ? valueDefault.data.hoursPerMonth === null
                    ? valueDefault.data.basis
                    : `Default ${valueDefault.data.hoursPerMonth} h a month. ${valueDefault.data.basis}`
                  : 'Reading the application’s evidence for a default…'
                : 'Pick the application to see the default its evidence gives.'}
            </Text>
            {template.stages.map((s, i) => (
              <Group key={`${template.id}-${s.name}`} align="flex-start" grow wrap="nowrap">
                <MultiSelect
                  label={`${i + 1}. ${s.name}`}
                  description={`${countNoun(s.durationMonths, 'month')}, ${s.changeLoad} change points a month per unit${s.unitKind ? ` · usually a ${s.unitKind}` : ''}`}
                  searchable
                  data={(units.data ?? []).map((u) => ({
                    value: u.id,
                    label: `${u.name} (${u.kind}, ${countNoun(u.headcount, 'person', 'people')})`,
                  }))}
                  value={stageUnits[i] ?? []}
                  onChange={(v) =>
                    setStageUnits((prev) => template.stages.map((_, j) => (j === i ? v : (prev[j] ?? []))))
                  }
                  error={
                    Object.entries(fieldErrors).find(
                      ([k]) => k.startsWith(`stageUnits.${i}.`) && !k.endsWith('expectedValue'),
                    )?.[1]
                  }
                />
                <NumberInput
                  label="Hours saved a month"
                  aria-label={`Expected value of stage ${i + 1}, ${s.name}`}
                  description={
                    stageValues[i] !== undefined
                      ? 'set here'
                      : valueDefault.data?.hoursPerMonth
                        ? 'default from the evidence'
                        : 'no default: enter it'
                  }
                  min={0}
                  max={1e9}
                  value={stageValue(i)}
                  onChange={(v) => setStageValues((prev) => ({ ...prev, [i]: v === '' ? '' : Number(v) }))}
                  error={fieldErrors[`stageUnits.${i}.expectedValue`]}
                  maw={180}
                />
              </Group>
            ))}
          </Stack>
        )}
        <FormError error={create.error && Object.keys(fieldErrors).length === 0 ? create.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => create.mutate()} loading={create.isPending} disabled={!applicationId}>
            Create plan
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
