import { Button, Group, Modal, MultiSelect, Select, Stack, Text } from '@mantine/core';
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

/** A plan for an application from a template (the starter one is made on first use), with each stage's units. */
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
  const template = templates.data?.find((t) => t.id === (templateId ?? templates.data?.[0]?.id));
  const create = useMutation({
    mutationFn: () =>
      sequencingApi.createPlan({
        applicationId: applicationId ?? '',
        ...(template ? { templateId: template.id } : {}),
        stageUnits: (template?.stages ?? []).map((_, i) => ({ orgUnitIds: stageUnits[i] ?? [] })),
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
          onChange={setApplicationId}
          error={fieldErrors.applicationId}
        />
        <Select
          label="Template"
          data={(templates.data ?? []).map((t) => ({ value: t.id, label: t.name }))}
          value={template?.id ?? null}
          onChange={(v) => {
            setTemplateId(v);
            setStageUnits([]);
          }}
          allowDeselect={false}
          error={fieldErrors.templateId}
        />
        {template && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              Org units of each stage
            </Text>
            {template.stages.map((s, i) => (
              <MultiSelect
                key={`${template.id}-${s.name}`}
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
                error={Object.entries(fieldErrors).find(([k]) => k.startsWith(`stageUnits.${i}.`))?.[1]}
              />
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
