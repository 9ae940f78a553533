import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MATURITY_LABELS, maturityCapabilities } from '@trellis/core';
import { useState } from 'react';
import { diagnosticApi, type Maturity } from '../../api/diagnostic';
import { FormError } from '../../components/FormError';
import { formatDate } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';

const LEVELS = ['1', '2', '3', '4', '5'];

/** The short periodic self-assessment: three statements per capability, 1 (not at all) – 5 (fully). */
export function SelfAssessmentForm({ maturity, onDone }: { maturity: Maturity; onDone: () => void }) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, number>>(
    () => maturity.latestAssessment?.answers ?? {},
  );
  const missing = maturity.questions.filter((q) => answers[q.key] === undefined).length;
  const save = useMutation({
    mutationFn: () => diagnosticApi.takeSelfAssessment(answers),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: orgKey('diagnostic') });
      onDone();
    },
  });
  return (
    <Stack
      gap="md"
      component="form"
      aria-label="Self-assessment"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Text size="sm" c="dimmed">
        1 = not at all, 5 = fully.{' '}
        {maturity.latestAssessment
          ? `Last taken ${formatDate(maturity.latestAssessment.createdAt)} by ${maturity.latestAssessment.takenByName}; its answers are filled in.`
          : 'Not taken yet.'}
      </Text>
      {maturityCapabilities.map((capability) => (
        <Stack key={capability} gap={6}>
          <Title order={3} size="h5">
            {MATURITY_LABELS[capability]}
          </Title>
          {maturity.questions
            .filter((q) => q.capability === capability)
            .map((q) => (
              <Group key={q.key} justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm" id={`q-${q.key}`} maw={420}>
                  {q.text}
                </Text>
                <SegmentedControl
                  size="xs"
                  aria-labelledby={`q-${q.key}`}
                  data={LEVELS}
                  value={answers[q.key] === undefined ? '' : String(answers[q.key])}
                  onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: Number(v) }))}
                />
              </Group>
            ))}
        </Stack>
      ))}
      <FormError error={save.error} />
      <Group justify="flex-end">
        <Text size="xs" c="dimmed">
          {missing ? `${missing} to answer` : 'All answered'}
        </Text>
        <Button type="submit" disabled={missing > 0} loading={save.isPending}>
          Save self-assessment
        </Button>
      </Group>
    </Stack>
  );
}
