// npm install @trellis/sdk   — then: TRELLIS_URL=… TRELLIS_TOKEN=… TRELLIS_WORKFLOW=… node sdk-quickstart.mjs
import { createClient } from '@trellis/sdk';

const trellis = createClient({ baseUrl: process.env.TRELLIS_URL, token: process.env.TRELLIS_TOKEN });
const workflowId = process.env.TRELLIS_WORKFLOW; // the workflow's id, from its page in Trellis

// One output: Trellis answers at once whether it is sampled for review.
const decision = await trellis.logOutput(workflowId, {
  clientId: 'ticket-1001', // your id: sending it again returns the same decision and stores nothing twice
  content: 'Your refund of €42 is on its way.',
  metadata: { language: 'en', channel: 'email' },
});
console.log(`ticket-1001: ${decision.review ? 'held for review' : 'released'}`);

// Many outputs, in batches (each stored all or nothing), decisions in input order.
const replies = Array.from({ length: 25 }, (_, i) => ({
  clientId: `ticket-${2000 + i}`,
  content: `Reply ${i}`,
}));
const decisions = await trellis.logOutputs(workflowId, replies, { batchSize: 10 });
console.log(`${decisions.filter((d) => d.review).length} of ${decisions.length} sampled for review`);

// Later: the output's status (queued, second_review, reviewed or released).
const output = await trellis.getDecision(decision.id);
console.log(`ticket-1001 is ${output.status}`);
