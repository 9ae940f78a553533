import { sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';

export const firstRunSteps = [
  'application',
  'task',
  'standard',
  'token',
  'outputs',
  'review',
  'evidence',
] as const;
export type FirstRunStepKey = (typeof firstRunSteps)[number];

export interface FirstRunStep {
  key: FirstRunStepKey;
  label: string;
  /** What to do, and why it matters for the next step. */
  hint: string;
  done: boolean;
  /**
   * How many there are so far (applications, tasks, standards, live tokens, outputs, sampled and second
   * reviews, metrics), each read from a few rows whatever the number of outputs.
   */
  count: number;
  href: string;
}

/**
 * A new organization's first pilot, step by step, each checked off from the data (never from a flag a person
 * sets): an application, a task of it, a quality standard, an API token to log outputs with, the first
 * outputs, the first review, and evidence (a metric with baseline and pilot measurements). `next` is the
 * first step not done; `complete` when all are.
 */
export async function firstRunChecklist(tx: Tx, ctx: OrgContext, now: Date) {
  const org = ctx.organizationId;
  const [row] = await selectRows<Record<FirstRunStepKey, number> & { first_app: string | null }>(
    tx,
    sql`SELECT
          (SELECT count(*) FROM applications WHERE organization_id = ${org})::int AS application,
          (SELECT id::text FROM applications WHERE organization_id = ${org} ORDER BY created_at LIMIT 1) AS first_app,
          (SELECT count(*) FROM workflows WHERE organization_id = ${org} AND application_id IS NOT NULL)::int AS task,
          (SELECT count(DISTINCT workflow_id) FROM quality_standards WHERE organization_id = ${org})::int AS standard,
          (SELECT count(*) FROM api_tokens WHERE organization_id = ${org} AND revoked_at IS NULL
             AND (expires_at IS NULL OR expires_at > ${now.toISOString()}))::int AS token,
          -- Every output is counted in its segment's sums when it is logged: a few rows, not every output.
          (SELECT coalesce(sum(outputs), 0) FROM quality_segment_sums WHERE organization_id = ${org})::int AS outputs,
          -- The reviews the quality figures rest on (sampled and second), from the same sums: a flagged
          -- review of a released output does not check this step off.
          (SELECT coalesce(sum(reviewed + second_ff + second_ft + second_tf + second_tt), 0)
             FROM quality_segment_sums WHERE organization_id = ${org})::int AS review,
          (SELECT count(*) FROM evidence_metrics m WHERE m.organization_id = ${org}
             AND EXISTS (SELECT 1 FROM evidence_measurements x WHERE x.metric_id = m.id AND x.window = 'baseline')
             AND EXISTS (SELECT 1 FROM evidence_measurements x WHERE x.metric_id = m.id AND x.window = 'pilot'))::int AS evidence`,
  );
  const r = row!;
  const app = r.first_app ? `/portfolio/${r.first_app}` : '/portfolio';
  const steps: FirstRunStep[] = [
    {
      key: 'application',
      label: 'Register the AI application you are piloting',
      hint: 'What it does, who uses it, its risk tier: everything else hangs off it.',
      done: r.application > 0,
      count: r.application,
      href: '/portfolio',
    },
    {
      key: 'task',
      label: 'Add the task (workflow) the AI does',
      hint: 'A task is where outputs are logged and reviewed, on the application’s page.',
      done: r.task > 0,
      count: r.task,
      href: app,
    },
    {
      key: 'standard',
      label: 'Write its quality standard',
      hint: 'The rubric, what counts as a defect, and the outgoing limit: it decides which outputs get reviewed.',
      done: r.standard > 0,
      count: r.standard,
      href: '/quality',
    },
    {
      key: 'token',
      label: 'Create an API token for the integration',
      hint: 'The tool that produces the AI’s outputs logs them with it (a token with quality.write is enough).',
      done: r.token > 0,
      count: r.token,
      href: '/settings/tokens',
    },
    {
      key: 'outputs',
      label: 'Log the first outputs',
      hint: 'Each output is decided at once: reviewed or passed, with its probability.',
      done: r.outputs > 0,
      count: r.outputs,
      href: '/quality',
    },
    {
      key: 'review',
      label: 'Review the first outputs in the queue',
      hint: 'Reviews are what the quality figures rest on; the dashboard says how many it still needs.',
      done: r.review > 0,
      count: r.review,
      href: '/quality',
    },
    {
      key: 'evidence',
      label: 'Record evidence: a metric with baseline and pilot measurements',
      hint: 'What the pilot changed, with an interval — the value the executive summary reports.',
      done: r.evidence > 0,
      count: r.evidence,
      href: r.first_app ? `${app}/evidence` : '/portfolio',
    },
  ];
  const next = steps.find((s) => !s.done) ?? null;
  return { steps, next: next?.key ?? null, complete: next === null };
}
