/**
 * A fresh organization's first pilot, built through the HTTP API only: an application in pilot, one task with
 * a quality standard (1% outgoing limit, adaptive sampling with a 20% floor, segments by language), 50 outputs of which 12 are
 * German, and 2 reviews (one German failure, one English pass). Used by the API tests (through `app.inject`)
 * and by e2e/fresh-organization.e2e.ts (through fetch against a running server), so both read the same thing.
 * It imports nothing: the caller passes how to send a request.
 */

export type ApiCall = (
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
) => Promise<{ status: number; json: () => unknown }>;

export const FRESH_STANDARD = {
  criteria: [
    { key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' },
    { key: 'tone', label: 'Tone fits the learners', kind: 'scale', severity: 'minor' },
  ],
  defectRule: { kind: 'any_critical_fail' },
  outgoingLimit: 0.01,
  segmentKeys: ['language'],
  doubleReviewFraction: 0,
  // Adaptive sampling (the default) with a floor of 20%, so 50 outputs reliably put a few in the queue:
  // with the default 2% floor the policy may select none of them, and there would be nothing to review.
  floor: 0.2,
};

export interface FreshPilot {
  applicationId: string;
  workflowId: string;
  outputs: number;
  reviews: number;
}

async function ok<T>(call: ReturnType<ApiCall>, what: string): Promise<T> {
  const res = await call;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.json())}`);
  return res.json() as T;
}

/** Builds the pilot; `outputs` German first (12), then English (38); reviews 2 with one German failure. */
export async function buildFreshPilot(
  api: ApiCall,
  options: { reviews?: boolean } = {},
): Promise<FreshPilot> {
  const app = await ok<{ id: string }>(
    api('POST', '/api/v1/applications', {
      name: 'Quiz item drafting',
      purpose: 'Drafts multiple-choice quiz items for course authors to edit.',
      stage: 'pilot',
    }),
    'application',
  );
  const task = await ok<{ id: string }>(
    api('POST', `/api/v1/applications/${app.id}/tasks`, { name: 'Draft quiz items' }),
    'task',
  );
  await ok(api('POST', `/api/v1/workflows/${task.id}/standards`, FRESH_STANDARD), 'standard');
  const outputs = [
    ...Array.from({ length: 12 }, (_, i) => ({
      clientId: `de-${i}`,
      content: `Frage ${i}`,
      metadata: { language: 'de' },
    })),
    ...Array.from({ length: 38 }, (_, i) => ({
      clientId: `en-${i}`,
      content: `Question ${i}`,
      metadata: { language: 'en' },
    })),
  ];
  await ok(api('POST', `/api/v1/workflows/${task.id}/outputs/batch`, { outputs }), 'outputs');
  let reviews = 0;
  if (options.reviews !== false) {
    // Up to two of the outputs the policy selected, the first a failure (German when the policy picked German
    // first), the second a pass. How many the policy selects from 50 is its business; the caller reads `reviews`.
    for (let i = 0; i < 2; i++) {
      const next = await api('POST', `/api/v1/workflows/${task.id}/queue/next`);
      if (next.status === 204) break;
      const item = next.json() as { output: { id: string } };
      await ok(
        api('POST', `/api/v1/outputs/${item.output.id}/reviews`, {
          answers: { accurate: reviews > 0, tone: 4 },
          timeSpentMs: 20_000,
        }),
        'review',
      );
      reviews++;
    }
  }
  return { applicationId: app.id, workflowId: task.id, outputs: outputs.length, reviews };
}
