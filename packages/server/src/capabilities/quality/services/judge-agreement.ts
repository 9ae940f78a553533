import { type JudgeAgreement, type JudgeCell, judgeAgreementFromCells } from '@trellis/core';
import { sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { outputs, reviews } from '../quality-schema';
import { getStandard, getWorkflow } from './workflows';

export interface WorkflowJudgeAgreement {
  workflowId: string;
  standardVersion: number | null;
  judgeThreshold: number | null;
  /** Whether any output logged under the current standard carries a judge score (the dashboard hides the panel otherwise). */
  judged: boolean;
  /** Why there are no figures at all (no standard, no threshold, no judged output); null when the table below is filled. */
  reason: string | null;
  agreement: JudgeAgreement;
}

/**
 * How well the judge's flag (score ≥ the current standard's judgeThreshold, the half the sampling
 * stratifies as flagged) predicts the reviewers' defect verdicts on the outputs logged under the current
 * standard (its rubric defines a defect). Only sampled reviews of outputs with a judge score count: they
 * are the probability sample whose π each output stored, so the 1/π weights undo the over-review of the
 * flagged half (core judgeAgreement). Flagged-by-feedback and second reviews are not part of that sample.
 */
export async function judgeAgreementOf(
  tx: Tx,
  ctx: OrgContext,
  workflowId: string,
): Promise<WorkflowJudgeAgreement> {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const standard = await getStandard(tx, workflow.id);
  const empty = (reason: string, judged = false): WorkflowJudgeAgreement => ({
    workflowId: workflow.id,
    standardVersion: standard?.version ?? null,
    judgeThreshold: standard?.judgeThreshold ?? null,
    judged,
    reason,
    agreement: judgeAgreementFromCells([]),
  });
  if (!standard) return empty('The workflow has no quality standard yet.');
  const [{ judged } = { judged: false }] = await selectRows<{ judged: boolean }>(
    tx,
    sql`SELECT EXISTS (
          SELECT 1 FROM ${outputs}
          WHERE workflow_id = ${workflow.id} AND standard_version = ${standard.version}
            AND judge_score IS NOT NULL
        ) AS judged`,
  );
  if (!judged) return empty('No output logged under the current standard carries a judge score.');
  const threshold = standard.judgeThreshold;
  if (threshold === null)
    return empty('The current standard sets no judge threshold, so the judge flags nothing.', true);
  const rows = await selectRows<{
    flagged: boolean;
    defect: boolean;
    reviewed: number | string;
    w: number | string;
    w2: number | string;
    max_w: number | string;
  }>(
    tx,
    sql`SELECT o.judge_score >= ${threshold} AS flagged, r.defect, count(*) AS reviewed,
               sum(1 / o.pi) AS w, sum(1 / (o.pi * o.pi)) AS w2, max(1 / o.pi) AS max_w
        FROM ${reviews} r JOIN ${outputs} o ON o.id = r.output_id
        WHERE r.workflow_id = ${workflow.id} AND r.kind = 'sampled' AND r.standard_version = ${standard.version}
          AND o.standard_version = ${standard.version} AND o.judge_score IS NOT NULL
        GROUP BY 1, 2`,
  );
  const cells: JudgeCell[] = rows.map((r) => ({
    flagged: r.flagged,
    defect: r.defect,
    reviewed: Number(r.reviewed),
    weightSum: Number(r.w),
    weightSquareSum: Number(r.w2),
    maxWeight: Number(r.max_w),
  }));
  return {
    workflowId: workflow.id,
    standardVersion: standard.version,
    judgeThreshold: threshold,
    judged: true,
    reason: null,
    agreement: judgeAgreementFromCells(cells),
  };
}
