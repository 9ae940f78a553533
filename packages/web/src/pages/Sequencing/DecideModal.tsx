import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api';
import { type ExpansionPlan, type GateOutcome, OUTCOME_LABELS, sequencingApi } from '../../api/sequencing';
import { FormError } from '../../components/FormError';
import { useOrgKey } from '../../hooks/useOrganization';

const OUTCOME_HELP: Record<GateOutcome, string> = {
  advance: 'The running stage completes and the next one starts: its change impacts land on its units.',
  hold: 'Nothing moves; the stage keeps running until the evidence is there.',
  rework: 'The stage keeps running while the application or its rollout is fixed.',
  roll_back: 'The stage ends now: its future change impacts are removed and its units leave the application.',
};

/** Records a gate decision on the evaluation the decider saw (its fingerprint); a changed one is refused. */
export function DecideModal({ plan, onClose }: { plan: ExpansionPlan; onClose: () => void }) {
  const gate = plan.gate!;
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<GateOutcome>(gate.recommendation);
  const [rationale, setRationale] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      sequencingApi.decide(plan.id, gate.stageId, {
        outcome,
        rationale,
        planVersion: plan.version,
        fingerprint: gate.fingerprint,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
      onClose();
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409)
        await queryClient.invalidateQueries({ queryKey: orgKey('sequencing') });
    },
  });
  const fieldErrors = decide.error instanceof ApiError ? decide.error.fieldErrors() : {};
  const stale = decide.error instanceof ApiError && decide.error.status === 409;
  return (
    <Modal opened onClose={onClose} title={`Decide the gate of ${gate.stageName}`} size="lg">
      <Stack gap="md">
        <SegmentedControl
          aria-label="Outcome"
          value={outcome}
          onChange={(v) => setOutcome(v as GateOutcome)}
          data={(Object.keys(OUTCOME_LABELS) as GateOutcome[]).map((o) => ({
            value: o,
            label: o === gate.recommendation ? `${OUTCOME_LABELS[o]} (recommended)` : OUTCOME_LABELS[o],
          }))}
        />
        <Text size="sm" c="dimmed">
          {OUTCOME_HELP[outcome]}
        </Text>
        <Textarea
          label="Rationale"
          description="Recorded with the evidence as it is now, for whoever looks at this decision later."
          required
          autosize
          minRows={3}
          value={rationale}
          onChange={(e) => setRationale(e.currentTarget.value)}
          error={fieldErrors.rationale}
        />
        {stale ? (
          <FormError
            error={new Error(`${(decide.error as ApiError).detail} The page now shows the new evaluation.`)}
          />
        ) : (
          <FormError error={decide.error && Object.keys(fieldErrors).length === 0 ? decide.error : null} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={() => decide.mutate()}
            loading={decide.isPending}
            disabled={stale || !rationale.trim()}
          >
            Record decision: {OUTCOME_LABELS[outcome]}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
