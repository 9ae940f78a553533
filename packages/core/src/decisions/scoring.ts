import { requireParameter } from '../errors';
import type { Rng } from '../random';
import { type DecisionCriterion, type KnockOutRule, meritOf, weightedScore } from './rubric';

/** One assessor's levels and knock-out answers for one candidate. */
export interface ScoreSheet {
  assessorId: string;
  candidateId: string;
  levels: Record<string, number>;
  /** Keys of the knock-out rules this assessor found to apply. */
  knockOuts: string[];
}

/** Disagreement rule: assessors disagree on a criterion when their levels span 2 or more (e.g. 2 and 4). */
export const DISAGREEMENT_RANGE = 2;

export interface CriterionSpread {
  key: string;
  levels: number[];
  mean: number;
  /** max − min of the levels. */
  range: number;
  /** Sample standard deviation (n − 1); null with fewer than 2 assessors. */
  sd: number | null;
  disagreement: boolean;
}

export interface CandidateResult {
  candidateId: string;
  assessors: number;
  scores: { assessorId: string; score: number }[];
  /** Mean of the assessors' weighted scores (1–5 merit scale). */
  mean: number;
  sd: number | null;
  min: number;
  max: number;
  criteria: CriterionSpread[];
  knockedOut: { key: string; label: string; by: string[] }[];
  /** 1-based; candidates that are knocked out come after every other, ranked among themselves. */
  rank: number;
  /** Bootstrap over assessors: how often the candidate ranked first, and its 5th–95th percentile rank. */
  probabilityFirst: number | null;
  rankInterval: [number, number] | null;
}

export const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
export function sampleSd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

function spreadOf(key: string, levels: number[]): CriterionSpread {
  const range = Math.max(...levels) - Math.min(...levels);
  return {
    key,
    levels,
    mean: mean(levels),
    range,
    sd: sampleSd(levels),
    disagreement: levels.length > 1 && range >= DISAGREEMENT_RANGE,
  };
}

/** Ranks ids by score, highest first; ties keep the given order. */
function rankOrder(ids: readonly string[], score: (id: string) => number): string[] {
  return [...ids].sort((a, b) => score(b) - score(a) || ids.indexOf(a) - ids.indexOf(b));
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export interface EvaluationInput {
  criteria: readonly DecisionCriterion[];
  knockOutRules: readonly KnockOutRule[];
  candidateIds: readonly string[];
  sheets: readonly ScoreSheet[];
  /** Bootstrap replicates over assessors (0 to skip) and the seeded generator that draws them. */
  bootstrap?: { replicates: number; rng: Rng };
}

/**
 * Aggregates independent score sheets: per candidate the weighted score of each assessor, their mean, SD
 * and range, the spread per criterion with the disagreement flag, knock-outs (any assessor's finding
 * stops a candidate) and the ranking. With `bootstrap`, assessors are resampled with replacement
 * (Efron & Tibshirani 1993, ch. 6) and each replicate ranks the candidates by their mean score.
 */
export function evaluateCandidates(input: EvaluationInput): CandidateResult[] {
  const { criteria, candidateIds, sheets } = input;
  const partial = candidateIds.map((candidateId) => {
    const own = sheets.filter((s) => s.candidateId === candidateId);
    const scores = own.map((s) => ({ assessorId: s.assessorId, score: weightedScore(criteria, s.levels) }));
    const values = scores.map((s) => s.score);
    const knockedOut = input.knockOutRules
      .map((rule) => ({
        key: rule.key,
        label: rule.label,
        by: own.filter((s) => s.knockOuts.includes(rule.key)).map((s) => s.assessorId),
      }))
      .filter((k) => k.by.length > 0);
    return {
      candidateId,
      assessors: own.length,
      scores,
      mean: values.length ? mean(values) : Number.NaN,
      sd: sampleSd(values),
      min: values.length ? Math.min(...values) : Number.NaN,
      max: values.length ? Math.max(...values) : Number.NaN,
      criteria: own.length
        ? criteria.map((c) =>
            spreadOf(
              c.key,
              own.map((s) => s.levels[c.key]!),
            ),
          )
        : [],
      knockedOut,
    };
  });
  const byId = new Map(partial.map((p) => [p.candidateId, p]));
  const eligible = partial
    .filter((p) => p.knockedOut.length === 0 && p.assessors > 0)
    .map((p) => p.candidateId);
  const others = partial.filter((p) => !eligible.includes(p.candidateId)).map((p) => p.candidateId);
  const order = [
    ...rankOrder(eligible, (id) => byId.get(id)!.mean),
    ...rankOrder(others, (id) => (Number.isNaN(byId.get(id)!.mean) ? -1 : byId.get(id)!.mean)),
  ];
  const boot = input.bootstrap?.replicates ? bootstrapRanks(input, eligible) : null;
  return order.map((id, i) => ({
    ...byId.get(id)!,
    rank: i + 1,
    probabilityFirst: boot?.get(id)?.first ?? null,
    rankInterval: boot?.get(id)?.interval ?? null,
  }));
}

function bootstrapRanks(input: EvaluationInput, eligible: readonly string[]) {
  const { replicates, rng } = input.bootstrap!;
  requireParameter(Number.isInteger(replicates) && replicates > 0, 'replicates', 'a positive whole number');
  const assessors = [...new Set(input.sheets.map((s) => s.assessorId))];
  const score = new Map<string, number>();
  for (const s of input.sheets)
    score.set(`${s.assessorId}|${s.candidateId}`, weightedScore(input.criteria, s.levels));
  const ranks = new Map(eligible.map((id) => [id, [] as number[]]));
  if (eligible.length === 0 || assessors.length === 0) return null;
  for (let b = 0; b < replicates; b++) {
    const draw = assessors.map(() => assessors[Math.floor(rng() * assessors.length)]!);
    const means = new Map(
      eligible.map((id) => {
        const values = draw.map((a) => score.get(`${a}|${id}`)).filter((v): v is number => v !== undefined);
        return [id, values.length ? mean(values) : Number.NEGATIVE_INFINITY];
      }),
    );
    for (const [i, id] of rankOrder(eligible, (id) => means.get(id)!).entries()) ranks.get(id)!.push(i + 1);
  }
  return new Map(
    eligible.map((id) => {
      const r = ranks.get(id)!.sort((a, b) => a - b);
      return [
        id,
        {
          first: r.filter((x) => x === 1).length / r.length,
          interval: [percentile(r, 0.05), percentile(r, 0.95)] as [number, number],
        },
      ];
    }),
  );
}

/** Mean merit (direction applied) per criterion of one candidate, over its sheets. */
export function meanMerits(criteria: readonly DecisionCriterion[], sheets: readonly ScoreSheet[]): number[] {
  return criteria.map((c) => mean(sheets.map((s) => meritOf(s.levels[c.key]!, c.direction))));
}
