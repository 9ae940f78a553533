import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AutomationMode,
  automationModes,
  type BoundaryAnswers,
  MODE_LABELS,
  qaDefaultFor,
} from '@trellis/core';
import { useState } from 'react';
import { ApiError } from '../../api';
import { decisionsApi } from '../../api/decisions';
import { FormError } from '../../components/FormError';
import { todayPlusDays } from '../../format';
import { useOrgKey } from '../../hooks/useOrganization';

const QUESTIONS: {
  key: Exclude<keyof BoundaryAnswers, 'regulated'>;
  label: string;
  options: [string, string][];
}[] = [
  {
    key: 'errorCost',
    label: 'What does an error in an output cost?',
    options: [
      ['low', 'Little'],
      ['medium', 'Some'],
      ['high', 'A lot'],
      ['severe', 'Severe harm'],
    ],
  },
  {
    key: 'reversibility',
    label: 'How easily is an error undone?',
    options: [
      ['easy', 'Easily'],
      ['costly', 'At a cost'],
      ['irreversible', 'Not at all'],
    ],
  },
  {
    key: 'judgment',
    label: 'Does the task need human judgment or empathy?',
    options: [
      ['none', 'No'],
      ['some', 'Some'],
      ['essential', 'It is the core of it'],
    ],
  },
  {
    key: 'volume',
    label: 'How many outputs a month?',
    options: [
      ['low', 'Under 50'],
      ['medium', '50–1,000'],
      ['high', 'Over 1,000'],
    ],
  },
];

/** The guided questionnaire for one task: a recommended mode with reasons, then the choice with rationale (key it by the task). */
export function BoundaryModal({
  workflow,
  current,
  onClose,
}: {
  workflow: { id: string; name: string } | null;
  current: { answers: BoundaryAnswers; mode: AutomationMode } | null;
  onClose: () => void;
}) {
  const orgKey = useOrgKey();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Partial<BoundaryAnswers>>(current?.answers ?? { regulated: false });
  const [mode, setMode] = useState<AutomationMode | null>(null);
  const [rationale, setRationale] = useState('');
  const [reviewOn, setReviewOn] = useState(todayPlusDays(90));
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const complete = QUESTIONS.every((q) => answers[q.key]) ? (answers as BoundaryAnswers) : null;
  const recommendation = useQuery({
    queryKey: orgKey('boundary-recommendation', workflow?.id, complete),
    queryFn: () => decisionsApi.recommend(workflow!.id, complete!),
    enabled: workflow !== null && complete !== null,
  });
  const chosen = mode ?? recommendation.data?.mode ?? null;
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  const save = async () => {
    if (!workflow || !complete || !chosen) return;
    setSaving(true);
    setError(null);
    try {
      await decisionsApi.setBoundary(workflow.id, {
        answers: complete,
        mode: chosen,
        rationale: rationale.trim(),
        reviewOn,
      });
      await queryClient.invalidateQueries({ queryKey: orgKey('decision-tasks') });
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={workflow !== null}
      onClose={onClose}
      title={`Automation boundary: ${workflow?.name ?? ''}`}
      size="xl"
    >
      <Stack gap="md">
        {QUESTIONS.map((q) => (
          <Radio.Group
            key={q.key}
            label={q.label}
            value={answers[q.key] ?? null}
            onChange={(v) => setAnswers((a) => ({ ...a, [q.key]: v }))}
          >
            <Group gap="lg" mt={6}>
              {q.options.map(([value, label]) => (
                <Radio key={value} value={value} label={label} />
              ))}
            </Group>
          </Radio.Group>
        ))}
        <Switch
          label="Regulation requires a person to decide or oversee"
          checked={answers.regulated ?? false}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setAnswers((a) => ({ ...a, regulated: checked }));
          }}
        />
        {recommendation.data && (
          <Alert
            variant="light"
            color="blue"
            title={`Recommended: ${MODE_LABELS[recommendation.data.mode]}`}
            data-testid="recommendation"
          >
            <List size="sm" spacing={4}>
              {recommendation.data.reasons.map((r) => (
                <List.Item key={r.text}>
                  {r.decisive && (
                    <Badge size="xs" mr={6} variant="filled">
                      decisive
                    </Badge>
                  )}
                  {r.text}
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed" mt={6}>
              QA evidence read:{' '}
              {recommendation.data.quality.hasStandard
                ? `a quality standard, ${recommendation.data.quality.reviewed} sampled reviews, ${recommendation.data.quality.openAlarms} open alarms`
                : 'no quality standard yet'}
              .
            </Text>
          </Alert>
        )}
        {complete && (
          <>
            <Select
              label="Mode"
              allowDeselect={false}
              value={chosen}
              onChange={(v) => setMode(v as AutomationMode)}
              data={automationModes.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
              error={fieldErrors.mode}
              description={chosen ? `QA default: ${qaDefaultFor(chosen).summary}` : undefined}
            />
            <Textarea
              label="Rationale"
              required
              autosize
              minRows={2}
              value={rationale}
              onChange={(e) => setRationale(e.currentTarget.value)}
              error={fieldErrors.rationale}
            />
            <TextInput
              type="date"
              label="Review on"
              value={reviewOn}
              onChange={(e) => setReviewOn(e.currentTarget.value)}
              error={fieldErrors.reviewOn}
              w={220}
            />
          </>
        )}
        <FormError error={['mode', 'rationale', 'reviewOn'].some((k) => k in fieldErrors) ? null : error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={save} loading={saving} disabled={!complete || !chosen || !rationale.trim()}>
            Record decision
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
