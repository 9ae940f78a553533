import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The API's types are generated from packages/server/openapi.json (`npm run openapi` → openapi.gen.ts).
 * The web client and the SDK name them with aliases (`type X = Schemas['X']`, an operation's response, a
 * field of another alias); a hand-written shape (an `interface`, an object type literal, a union of string
 * literals) drifts from the server without a compiler error, so a new one fails here.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const apiFiles = [
  'packages/web/src/api.ts',
  ...fs
    .readdirSync(path.join(root, 'packages/web/src/api'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.gen.ts'))
    .map((f) => `packages/web/src/api/${f}`),
  'packages/sdk/src/types.ts',
];

/**
 * Hand-written types still waiting for their alias (shapes with no named schema yet: query filters, parts
 * of a response). This list may only shrink; the test fails on an entry that is gone, so remove it then.
 */
const NOT_YET_GENERATED = new Set([
  'packages/web/src/api.ts: User',
  'packages/web/src/api.ts: Membership',
  'packages/web/src/api.ts: InvitationLookup',
  'packages/web/src/api.ts: Page',
  'packages/web/src/api.ts: AuditFilters',
  'packages/web/src/api.ts: CriterionKind',
  'packages/web/src/api.ts: Severity',
  'packages/web/src/api.ts: PolicyName',
  'packages/web/src/api.ts: StandardInput',
  'packages/web/src/api.ts: Bound',
  'packages/web/src/api.ts: OutputStatus',
  'packages/web/src/api.ts: OutputFilters',
  'packages/web/src/api.ts: OutputDetail',
  'packages/web/src/api.ts: GoldItem',
  'packages/web/src/api.ts: RoundStatus',
  'packages/web/src/api.ts: Interval',
  'packages/web/src/api.ts: ReviewerCalibration',
  'packages/web/src/api.ts: CalibrationReport',
  'packages/web/src/api/capacity.ts: OrgUnitKind',
  'packages/web/src/api/capacity.ts: HeatmapCell',
  'packages/web/src/api/capacity.ts: Heatmap',
  'packages/web/src/api/capacity.ts: ImpactShape',
  'packages/web/src/api/capacity.ts: CellChange',
  'packages/web/src/api/capacity.ts: Absorption',
  'packages/web/src/api/capacity.ts: UnitMember',
  'packages/web/src/api/capacity.ts: PulseItem',
  'packages/web/src/api/capacity.ts: PulseAggregate',
  'packages/web/src/api/capacity.ts: PulseForm',
  'packages/web/src/api/core-review.ts: RetrospectiveAnswer',
  'packages/web/src/api/decisions.ts: RubricVersion',
  'packages/web/src/api/decisions.ts: Rubric',
  'packages/web/src/api/decisions.ts: RubricInput',
  'packages/web/src/api/decisions.ts: CandidateResult',
  'packages/web/src/api/decisions.ts: WeightFlip',
  'packages/web/src/api/decisions.ts: SheetInput',
  'packages/web/src/api/decisions.ts: Boundary',
  'packages/web/src/api/decisions.ts: ApplicationTasks',
  'packages/web/src/api/decisions.ts: Recommendation',
  'packages/web/src/api/decisions.ts: RightsCell',
  'packages/web/src/api/decisions.ts: OrgUnitOption',
  'packages/web/src/api/decisions.ts: Pattern',
  'packages/web/src/api/decisions.ts: RequestStatus',
  'packages/web/src/api/decisions.ts: Approval',
  'packages/web/src/api/decisions.ts: RequestOrigin',
  'packages/web/src/api/decisions.ts: RequestDetail',
  'packages/web/src/api/decisions.ts: NewRequest',
  'packages/web/src/api/decisions.ts: LogEntry',
  'packages/web/src/api/decisions.ts: Durations',
  'packages/web/src/api/decisions.ts: DecisionMetrics',
  'packages/web/src/api/diagnostic.ts: Indicator',
  'packages/web/src/api/diagnostic.ts: Contribution',
  'packages/web/src/api/diagnostic.ts: Position',
  'packages/web/src/api/diagnostic.ts: Interval',
  'packages/web/src/api/diagnostic.ts: ValueClaim',
  'packages/web/src/api/diagnostic.ts: Recommendations',
  'packages/web/src/api/diagnostic.ts: FirstRun',
  'packages/web/src/api/evidence.ts: Better',
  'packages/web/src/api/evidence.ts: EvidenceWindow',
  'packages/web/src/api/evidence.ts: MeasurementGroup',
  'packages/web/src/api/evidence.ts: MetricWindows',
  'packages/web/src/api/evidence.ts: WindowSummary',
  'packages/web/src/api/evidence.ts: NewMetric',
  'packages/web/src/api/evidence.ts: MeasurementInput',
  'packages/web/src/api/evidence.ts: ImportResult',
  'packages/web/src/api/learning.ts: ExperimentDesign',
  'packages/web/src/api/learning.ts: ExperimentStatus',
  'packages/web/src/api/learning.ts: ExperimentResult',
  'packages/web/src/api/learning.ts: InsightStatus',
  'packages/web/src/api/learning.ts: IdeaStatus',
  'packages/web/src/api/learning.ts: FollowKind',
  'packages/web/src/api/learning.ts: ChangeTarget',
  'packages/web/src/api/learning.ts: Stage',
  'packages/web/src/api/learning.ts: PersonRef',
  'packages/web/src/api/learning.ts: EvidenceItem',
  'packages/web/src/api/learning.ts: SearchFilters',
  'packages/web/src/api/learning.ts: LoopHealth',
  'packages/web/src/api/learning.ts: LearningMonth',
  'packages/web/src/api/learning.ts: LearningOptions',
  'packages/web/src/api/planning.ts: PlanningUnit',
  'packages/web/src/api/planning.ts: PlanningStep',
  'packages/web/src/api/planning.ts: ScheduledStep',
  'packages/web/src/api/planning.ts: DeferredStep',
  'packages/web/src/api/planning.ts: RunParameters',
  'packages/web/src/api/planning.ts: Recommendations',
  'packages/web/src/api/portfolio.ts: Link',
  'packages/web/src/api/portfolio.ts: Task',
  'packages/web/src/api/portfolio.ts: ImportPreview',
  'packages/web/src/api/portfolio.ts: ExportFormat',
  'packages/web/src/api/roles.ts: CustomRoleInput',
  'packages/web/src/api/sequencing.ts: StageStatus',
  'packages/web/src/api/sequencing.ts: PlanStatus',
  'packages/web/src/api/sequencing.ts: GateOutcome',
  'packages/web/src/api/sequencing.ts: CriterionStatus',
  'packages/web/src/api/sequencing.ts: GateCriterion',
  'packages/web/src/api/sequencing.ts: TemplateStage',
  'packages/web/src/api/sequencing.ts: CriterionEvaluation',
  'packages/web/src/api/sequencing.ts: StageUnit',
  'packages/web/src/api/sequencing.ts: PlanSummary',
  'packages/web/src/api/sequencing.ts: StageInput',
  'packages/web/src/api/sso.ts: MappableRole',
  'packages/web/src/api/sso.ts: RoleMappingEntry',
  'packages/web/src/api/sso.ts: SsoSettingsInput',
  'packages/web/src/api/sso.ts: SsoSignInInfo',
  'packages/sdk/src/types.ts: FeedbackInput',
  'packages/sdk/src/types.ts: FeedbackResult',
]);

/** Exported type declarations that spell out a shape instead of naming a generated one. */
export function handWrittenTypes(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^export (interface|type) (\w+)[^=\n{]*(=?)([^;]*;|[^\n]*)/gm)) {
    const [, kind, name, , rest = ''] = match;
    const rhs = rest.replace(/\[['"][^'"]*['"]\]/g, '[]');
    const spelledOut = kind === 'interface' || /[{'"]/.test(rhs.split(/\n(?=export )/)[0] ?? '');
    if (spelledOut) found.push(`${file}: ${name}`);
  }
  return found;
}

describe('API types', () => {
  const found = apiFiles.flatMap((file) =>
    handWrittenTypes(file, fs.readFileSync(path.join(root, file), 'utf8')),
  );

  it('are aliases of the generated OpenAPI types, not hand-written shapes', () => {
    expect(found.filter((entry) => !NOT_YET_GENERATED.has(entry))).toEqual([]);
  });

  it('lists only hand-written types that still exist', () => {
    expect([...NOT_YET_GENERATED].filter((entry) => !found.includes(entry))).toEqual([]);
  });

  it('recognizes a hand-written shape', () => {
    expect(
      handWrittenTypes('x.ts', "export interface A {\n  id: string;\n}\nexport type B = 'a' | 'b';\n"),
    ).toEqual(['x.ts: A', 'x.ts: B']);
    expect(
      handWrittenTypes('x.ts', "export type A = Schemas['Application'];\nexport type C = A['stage'];\n"),
    ).toEqual([]);
  });
});
