import type {
  Criterion,
  CriterionKind,
  PolicyName,
  QualityStandard,
  Severity,
  StandardInput,
} from '../../api';

/** The standard editor's values: percents as people type them, criteria with a local id for React. */
export interface CriterionDraft {
  id: string;
  key: string;
  /** The key follows the label until someone edits it. */
  autoKey: boolean;
  label: string;
  kind: CriterionKind;
  severity: Severity;
  levels: string[];
  passLevel: string;
}

export interface StandardValues {
  criteria: CriterionDraft[];
  defectRule: 'any_critical_fail' | 'score_below';
  threshold: number | string;
  outgoingLimitPct: number | string;
  limitScope: 'segment' | 'workflow';
  policy: PolicyName;
  fractionPct: number | string;
  segmentKeys: string[];
  judgeThreshold: number | string;
  doubleReviewPct: number | string;
  /** Kept from the current version (not edited here). */
  floor: number | null;
}

export const DEFAULT_LEVELS = [
  'Unusable: wrong or harmful',
  'Poor: needs a rewrite',
  'Acceptable: minor edits',
  'Good: ready with a glance',
  'Excellent: exemplary',
];

let nextId = 0;
const localId = () => `c${++nextId}`;

export function slugKey(label: string): string {
  const slug = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(slug) ? slug : slug ? `c_${slug}`.slice(0, 40) : '';
}

export function newCriterion(
  kind: CriterionKind = 'pass_fail',
  severity: Severity = 'critical',
): CriterionDraft {
  return {
    id: localId(),
    key: '',
    autoKey: true,
    label: '',
    kind,
    severity,
    levels: [...DEFAULT_LEVELS],
    passLevel: '3',
  };
}

export function toDraft(c: Criterion): CriterionDraft {
  return {
    id: localId(),
    key: c.key,
    autoKey: false,
    label: c.label,
    kind: c.kind,
    severity: c.severity,
    levels: c.levels && c.levels.length === 5 ? [...c.levels] : [...DEFAULT_LEVELS],
    passLevel: String(c.passLevel ?? 3),
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function valuesFrom(standard: QualityStandard | null | undefined): StandardValues {
  if (!standard) {
    return {
      criteria: [newCriterion('pass_fail', 'critical')],
      defectRule: 'any_critical_fail',
      threshold: 3,
      outgoingLimitPct: 1,
      limitScope: 'segment',
      policy: 'adaptive',
      fractionPct: 10,
      segmentKeys: [],
      judgeThreshold: '',
      doubleReviewPct: 10,
      floor: null,
    };
  }
  return {
    criteria: standard.criteria.map(toDraft),
    defectRule: standard.defectRule.kind,
    threshold: standard.defectRule.kind === 'score_below' ? standard.defectRule.threshold : 3,
    outgoingLimitPct: round(standard.outgoingLimit * 100),
    limitScope: standard.limitScope,
    policy: standard.policy,
    fractionPct: round((standard.fraction ?? 0.1) * 100),
    segmentKeys: standard.segmentKeys,
    judgeThreshold: standard.judgeThreshold ?? '',
    doubleReviewPct: round(standard.doubleReviewFraction * 100),
    floor: standard.floor,
  };
}

const num = (v: number | string) => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/** The request body; the server validates it and names any field it refuses. */
export function toInput(values: StandardValues): StandardInput {
  const sampled = values.policy === 'csp1' || values.policy === 'fixed-rate';
  const judge = num(values.judgeThreshold);
  return {
    criteria: values.criteria.map((c) => ({
      key: c.key.trim(),
      label: c.label.trim(),
      kind: c.kind,
      severity: c.severity,
      ...(c.kind === 'scale'
        ? { levels: c.levels.map((l) => l.trim()), passLevel: Number(c.passLevel) }
        : {}),
    })),
    defectRule:
      values.defectRule === 'score_below'
        ? { kind: 'score_below', threshold: num(values.threshold) }
        : { kind: 'any_critical_fail' },
    outgoingLimit: round(num(values.outgoingLimitPct) / 100),
    limitScope: values.limitScope,
    policy: values.policy,
    ...(sampled ? { fraction: round(num(values.fractionPct) / 100) } : {}),
    ...(values.policy === 'adaptive' && values.floor !== null ? { floor: values.floor } : {}),
    segmentKeys: values.segmentKeys,
    judgeThreshold: Number.isNaN(judge) ? null : judge,
    doubleReviewFraction: round(num(values.doubleReviewPct) / 100),
  };
}

const FIELD_OF: Record<string, string> = {
  outgoingLimit: 'outgoingLimitPct',
  fraction: 'fractionPct',
  doubleReviewFraction: 'doubleReviewPct',
  'defectRule.threshold': 'threshold',
  defectRule: 'defectRule',
  judgeThreshold: 'judgeThreshold',
  limitScope: 'limitScope',
  policy: 'policy',
  criteria: 'criteria',
};

/**
 * Where a server field error belongs in the form: `criteria.1.key` stays, `outgoingLimit` becomes the
 * percent field, `segmentKeys.2` the tags input; null when no field shows it (e.g. the floor).
 */
export function formField(serverPath: string): string | null {
  const criterion = /^criteria\.(\d+)\.(key|label|kind|severity|levels|passLevel)/.exec(serverPath);
  if (criterion) return `criteria.${criterion[1]}.${criterion[2]}`;
  if (/^criteria\.\d+$/.test(serverPath)) return 'criteria';
  if (serverPath.startsWith('segmentKeys')) return 'segmentKeys';
  return FIELD_OF[serverPath] ?? null;
}
