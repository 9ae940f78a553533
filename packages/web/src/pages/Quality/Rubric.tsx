import { Badge, Button, Group, Kbd, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { Answers, Criterion } from '../../api';
import { Icon } from '../../components/Icon';

/**
 * The rubric as a keyboard-driven checklist, shared by the review queue and the calibration round: the
 * criteria with their answers, the focus that P/F/1–5 act on, and the keys that move it.
 */

export type Shortcut = [string[], string];

/** The keys that fill in the rubric; pages add their own (submit, skip, comment …). */
export const RUBRIC_SHORTCUTS: Shortcut[] = [
  [['P'], 'Pass the focused criterion'],
  [['F'], 'Fail the focused criterion'],
  [['1', '…', '5'], 'Level of a 1–5 criterion'],
  [['↓', 'J'], 'Next criterion'],
  [['↑', 'K'], 'Previous criterion'],
];

export function Keys({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((k) => (k === '…' ? <Text key={k}>–</Text> : <Kbd key={k}>{k}</Kbd>))}
    </Group>
  );
}

export function answered(c: Criterion, answers: Answers) {
  return answers[c.key] !== undefined;
}

export function CriterionRow({
  criterion,
  index,
  focused,
  answer,
  onFocus,
  onAnswer,
}: {
  criterion: Criterion;
  index: number;
  focused: boolean;
  answer: boolean | number | undefined;
  onFocus: () => void;
  onAnswer: (value: boolean | number) => void;
}) {
  const passLevel = criterion.passLevel ?? 3;
  const fails =
    answer === undefined
      ? null
      : criterion.kind === 'pass_fail'
        ? answer === false
        : (answer as number) < passLevel;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={criterion.label}
      aria-current={focused ? 'true' : undefined}
      data-focused={focused || undefined}
      onClick={onFocus}
      style={{
        cursor: 'pointer',
        borderColor: focused ? 'var(--mantine-primary-color-filled)' : undefined,
        boxShadow: focused ? '0 0 0 1px var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" c="dimmed" fw={700} w={16} ta="right" style={{ flexShrink: 0 }}>
              {index + 1}
            </Text>
            <Text size="sm" fw={600}>
              {criterion.label}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {fails !== null && (
              <Badge size="sm" variant="filled" color={fails ? 'red' : 'teal'}>
                {fails ? 'Fails' : 'Passes'}
              </Badge>
            )}
            <Badge size="sm" variant="light" color={criterion.severity === 'critical' ? 'orange' : 'gray'}>
              {criterion.severity}
            </Badge>
          </Group>
        </Group>
        {criterion.kind === 'pass_fail' ? (
          <Group gap="xs" pl={24}>
            <Button
              size="xs"
              variant={answer === true ? 'filled' : 'default'}
              color="teal"
              aria-pressed={answer === true}
              onClick={(e) => {
                e.stopPropagation();
                onAnswer(true);
              }}
              rightSection={<Kbd size="xs">P</Kbd>}
            >
              Pass
            </Button>
            <Button
              size="xs"
              variant={answer === false ? 'filled' : 'default'}
              color="red"
              aria-pressed={answer === false}
              onClick={(e) => {
                e.stopPropagation();
                onAnswer(false);
              }}
              rightSection={<Kbd size="xs">F</Kbd>}
            >
              Fail
            </Button>
          </Group>
        ) : (
          <Stack gap={4} pl={24}>
            <Group gap={4}>
              {[1, 2, 3, 4, 5].map((level) => (
                <Tooltip key={level} label={criterion.levels?.[level - 1] || `Level ${level}`} withArrow>
                  <Button
                    size="xs"
                    w={40}
                    px={0}
                    variant={answer === level ? 'filled' : 'default'}
                    color={level >= passLevel ? 'teal' : 'red'}
                    aria-pressed={answer === level}
                    aria-label={`Level ${level}${criterion.levels?.[level - 1] ? `: ${criterion.levels[level - 1]}` : ''}`}
                    onClick={(e) => {
                      e.stopPropagation();
                      onAnswer(level);
                    }}
                  >
                    {level}
                  </Button>
                </Tooltip>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {typeof answer === 'number'
                ? `${answer}: ${criterion.levels?.[answer - 1] ?? ''}`
                : `Passes at level ${passLevel} or above`}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

/** The criteria as a checklist; clicking a row focuses it. */
export function RubricChecklist({
  criteria,
  rubric,
}: {
  criteria: Criterion[];
  rubric: Pick<RubricState, 'answers' | 'focus' | 'setFocus' | 'answer'>;
}) {
  return (
    <Stack gap="xs" aria-label="Criteria">
      {criteria.map((c, index) => (
        <CriterionRow
          key={c.key}
          criterion={c}
          index={index}
          focused={index === rubric.focus}
          answer={rubric.answers[c.key]}
          onFocus={() => rubric.setFocus(index)}
          onAnswer={(value) => rubric.answer(index, value)}
        />
      ))}
    </Stack>
  );
}

export type RubricState = ReturnType<typeof useRubric>;

/**
 * Answers and focus for a rubric. `onNotice` receives a hint when a key does not fit the focused criterion
 * (P on a scale, 1–5 on pass/fail) or when a submit finds a criterion unanswered; null clears it.
 */
export function useRubric(criteria: Criterion[], onNotice: (notice: ReactNode) => void) {
  const [answers, setAnswers] = useState<Answers>({});
  const [focus, setFocus] = useState(0);
  const complete = criteria.length > 0 && criteria.every((c) => answered(c, answers));

  const reset = useCallback(() => {
    setAnswers({});
    setFocus(0);
  }, []);

  const answer = (index: number, value: boolean | number) => {
    const criterion = criteria[index];
    if (!criterion) return;
    const next = { ...answers, [criterion.key]: value };
    setAnswers(next);
    onNotice(null);
    // Move on to the next unanswered criterion (after this one first), so a run of keys fills the rubric.
    const order = [...criteria.keys()].map((k) => (index + 1 + k) % criteria.length);
    const open = order.find((k) => !answered(criteria[k]!, next));
    setFocus(open ?? Math.min(index + 1, criteria.length - 1));
  };

  /** True when every criterion is answered; otherwise focuses the first open one and says so. */
  const checkComplete = () => {
    const missing = criteria.findIndex((c) => !answered(c, answers));
    if (missing < 0) return true;
    setFocus(missing);
    onNotice(`Answer “${criteria[missing]!.label}” first.`);
    return false;
  };

  /** Handles a rubric key (already lower-cased when a letter); returns whether it was one. */
  const handleKey = (key: string): boolean => {
    const criterion = criteria[focus];
    if (key === 'p' || key === 'f') {
      if (criterion?.kind === 'pass_fail') answer(focus, key === 'p');
      else if (criterion) onNotice(`“${criterion.label}” is judged on a scale: press 1–5.`);
      return true;
    }
    if (/^[1-5]$/.test(key)) {
      if (criterion?.kind === 'scale') answer(focus, Number(key));
      else if (criterion) onNotice(`“${criterion.label}” is pass or fail: press P or F.`);
      return true;
    }
    if (key === 'ArrowDown' || key === 'j') {
      setFocus((f) => Math.min(criteria.length - 1, f + 1));
      return true;
    }
    if (key === 'ArrowUp' || key === 'k') {
      setFocus((f) => Math.max(0, f - 1));
      return true;
    }
    return false;
  };

  return { answers, focus, setFocus, answer, reset, complete, checkComplete, handleKey };
}

/** The "?" dialog listing a page's keyboard shortcuts. */
/** The button that opens the shortcut help (also opened with ?). */
export function ShortcutsButton({ onClick }: { onClick: () => void }) {
  return (
    <Button variant="subtle" size="xs" leftSection={<Icon name="keyboard" size={16} />} onClick={onClick}>
      Shortcuts{' '}
      <Kbd size="xs" ml={6}>
        ?
      </Kbd>
    </Button>
  );
}

/** Calls the latest `handler` for every keydown on the page (the shortcuts work wherever focus is). */
export function useWindowKeydown(handler: (event: KeyboardEvent) => void) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => latest.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
