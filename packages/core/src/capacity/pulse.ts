import { requireParameter } from '../errors';

/** Pulse check-ins: short 1–5 agreement items; aggregated only over groups of at least MIN_GROUP people. */

export interface PulseItem {
  key: string;
  label: string;
}

/** Readiness items after ADKAR (Hiatt 2006: awareness, desire, knowledge, ability, reinforcement), plus load. */
export const defaultPulseItems: readonly PulseItem[] = [
  { key: 'awareness', label: 'I understand why this change is happening.' },
  { key: 'desire', label: 'I want to take part in this change.' },
  { key: 'knowledge', label: 'I know how to work in the new way.' },
  { key: 'ability', label: 'I can work in the new way day to day.' },
  { key: 'reinforcement', label: 'What keeps the new way going is in place.' },
  { key: 'workload', label: 'My workload is manageable right now.' },
  { key: 'wellbeing', label: 'I am coping well with the pace of change.' },
];

/** Fewer respondents than this and a group's answers are never shown, in any view, filter or export. */
export const MIN_GROUP = 3;

export type PulseAnswers = Readonly<Record<string, number>>;

/** Checks one response against the survey's items: every item answered, each a whole number 1–5. */
export function validatePulseAnswers(items: readonly PulseItem[], answers: PulseAnswers): void {
  for (const key of Object.keys(answers)) {
    requireParameter(
      items.some((i) => i.key === key),
      `answers.${key}`,
      'is not an item of this survey',
    );
  }
  for (const item of items) {
    const value = answers[item.key];
    requireParameter(value !== undefined, `answers.${item.key}`, 'answer every item');
    requireParameter(
      Number.isInteger(value) && value >= 1 && value <= 5,
      `answers.${item.key}`,
      'must be 1–5',
    );
  }
}

export interface ItemSummary {
  key: string;
  mean: number;
  /** How many answered 1, 2, 3, 4, 5. */
  counts: [number, number, number, number, number];
}

export type PulseAggregate =
  | { respondents: number; suppressed: false; items: ItemSummary[]; overall: number }
  | { respondents: null; suppressed: true; items: null; overall: null };

export const SUPPRESSED: PulseAggregate = { respondents: null, suppressed: true, items: null, overall: null };

/**
 * Summarizes one group's responses, or suppresses it entirely (not even its size) below `MIN_GROUP`.
 * `overall` is the mean of the item means.
 */
export function aggregatePulse(
  items: readonly PulseItem[],
  responses: readonly PulseAnswers[],
): PulseAggregate {
  if (responses.length < MIN_GROUP) return SUPPRESSED;
  const summaries = items.map((item): ItemSummary => {
    const counts: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let sum = 0;
    let n = 0;
    for (const r of responses) {
      const v = r[item.key];
      if (v === undefined) continue;
      counts[v - 1]! += 1;
      sum += v;
      n += 1;
    }
    return { key: item.key, mean: n ? sum / n : Number.NaN, counts };
  });
  const answered = summaries.filter((s) => !Number.isNaN(s.mean));
  const overall = answered.reduce((a, s) => a + s.mean, 0) / (answered.length || 1);
  return { respondents: responses.length, suppressed: false, items: answered, overall };
}

/**
 * Pools several groups (rounds of a pulse) into one summary, leaving out every group below `MIN_GROUP`
 * first: otherwise two overlapping pooled views could be subtracted to reveal the small group.
 */
export function aggregatePulseGroups(
  items: readonly PulseItem[],
  groups: readonly (readonly PulseAnswers[])[],
): PulseAggregate {
  const kept = groups.filter((g) => g.length >= MIN_GROUP).flat();
  return aggregatePulse(items, kept);
}
