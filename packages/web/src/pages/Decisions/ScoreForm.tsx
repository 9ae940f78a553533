import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api';
import { decisionsApi, type Evaluation } from '../../api/decisions';
import { FormError } from '../../components/FormError';

type Sheet = { levels: Record<string, number>; knockOuts: string[]; comment: string };

/** An assessor's sheets for every candidate, submitted at once (final). */
export function ScoreForm({
  evaluation,
  onSubmitted,
}: {
  evaluation: Evaluation;
  onSubmitted: () => Promise<void>;
}) {
  const { criteria, knockOuts } = evaluation.rubric.version;
  const [sheets, setSheets] = useState<Record<string, Sheet>>(() =>
    Object.fromEntries(evaluation.candidates.map((c) => [c.id, { levels: {}, knockOuts: [], comment: '' }])),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const update = (candidateId: string, patch: Partial<Sheet>) =>
    setSheets((s) => ({ ...s, [candidateId]: { ...s[candidateId]!, ...patch } }));
  const complete = evaluation.candidates.every((c) => criteria.every((k) => sheets[c.id]!.levels[k.key]));
  const fieldErrors = error instanceof ApiError ? error.fieldErrors() : {};

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await decisionsApi.submitScores(
        evaluation.id,
        evaluation.candidates.map((c) => ({
          applicationId: c.id,
          levels: sheets[c.id]!.levels,
          knockOuts: sheets[c.id]!.knockOuts,
          ...(sheets[c.id]!.comment.trim() ? { comment: sheets[c.id]!.comment.trim() } : {}),
        })),
      );
      await onSubmitted();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <Alert variant="light" color="blue" title="Score on your own">
        Others’ scores stay hidden until you submit yours, so each assessment is independent. Submitted scores
        are final.
      </Alert>
      {evaluation.candidates.map((candidate, i) => {
        const sheet = sheets[candidate.id]!;
        return (
          <Card
            key={candidate.id}
            withBorder
            padding="lg"
            component="fieldset"
            aria-label={candidate.name}
            m={0}
          >
            <Stack gap="md">
              <Title order={2} size="h4">
                {candidate.name}
              </Title>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                {criteria.map((c) => {
                  const level = sheet.levels[c.key];
                  return (
                    <Radio.Group
                      key={c.key}
                      label={c.label}
                      description={level ? `${level}: ${c.anchors[level - 1]}` : 'Pick a level from 1 to 5'}
                      value={level ? String(level) : null}
                      onChange={(v) =>
                        update(candidate.id, { levels: { ...sheet.levels, [c.key]: Number(v) } })
                      }
                      error={fieldErrors[`sheets.${i}.levels.${c.key}`]}
                    >
                      <Group gap="md" mt={6}>
                        {[1, 2, 3, 4, 5].map((l) => (
                          <Radio key={l} value={String(l)} label={String(l)} title={c.anchors[l - 1]} />
                        ))}
                      </Group>
                    </Radio.Group>
                  );
                })}
              </SimpleGrid>
              {knockOuts.length > 0 && (
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    Knock-outs
                  </Text>
                  {knockOuts.map((k) => (
                    <Checkbox
                      key={k.key}
                      label={k.label}
                      checked={sheet.knockOuts.includes(k.key)}
                      onChange={(e) =>
                        update(candidate.id, {
                          knockOuts: e.currentTarget.checked
                            ? [...sheet.knockOuts, k.key]
                            : sheet.knockOuts.filter((x) => x !== k.key),
                        })
                      }
                    />
                  ))}
                </Stack>
              )}
              <Textarea
                label="Comment"
                autosize
                minRows={1}
                value={sheet.comment}
                onChange={(e) => update(candidate.id, { comment: e.currentTarget.value })}
              />
            </Stack>
          </Card>
        );
      })}
      <FormError error={error} />
      <Group>
        <Button onClick={submit} loading={busy} disabled={!complete}>
          Submit my scores
        </Button>
        {!complete && (
          <Text size="sm" c="dimmed">
            Give every criterion of every candidate a level.
          </Text>
        )}
      </Group>
    </Stack>
  );
}
