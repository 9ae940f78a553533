import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { HttpProblem } from '../../../platform/http/problem';
import { ConcurrentOutputError, ingestOutputs, type OutputInput } from '../services/outputs';
import type { OtlpResourceSpans } from './decode';
import { isGenAiSpan, readGenAiSpan } from './genai';
import { compileRules, listRoutingRules } from './rules';

export interface TraceExportResult {
  /** GenAI spans stored as new outputs. */
  stored: number;
  /** GenAI spans stored before (same trace and span id, same content): nothing stored again. */
  duplicates: number;
  /** Spans without any `gen_ai.*` attribute or event: not outputs, ignored. */
  ignored: number;
  /** GenAI spans refused, each with its reason (no content, no rule, …); the rest of the request stands. */
  rejected: string[];
  /** Stored outputs the sampling policy selected for review. */
  selected: number;
}

/**
 * The spans of one OTLP export, read, routed and ingested in the caller's one transaction: each workflow's
 * outputs go through the same ingestion as the outputs API (sampling decision, idempotent client id), in
 * workflow id order so concurrent exports lock sampling states in the same order. A span that cannot become
 * an output is rejected alone; if anything else fails, the transaction stores nothing.
 */
export async function receiveTraces(
  tx: Tx,
  ctx: OrgContext,
  resources: OtlpResourceSpans[],
): Promise<TraceExportResult> {
  const route = compileRules(await listRoutingRules(tx, ctx));
  const result: TraceExportResult = { stored: 0, duplicates: 0, ignored: 0, rejected: [], selected: 0 };
  const byWorkflow = new Map<string, OutputInput[]>();
  for (const { resource, spans } of resources) {
    for (const span of spans) {
      if (!isGenAiSpan(span)) {
        result.ignored++;
        continue;
      }
      const workflowId = route(span, resource);
      if (!workflowId) {
        const service = typeof resource['service.name'] === 'string' ? resource['service.name'] : '(none)';
        result.rejected.push(
          `span ${span.spanId} ("${span.name}", service ${service}) matches no routing rule`,
        );
        continue;
      }
      const reading = readGenAiSpan(span, resource);
      if (!reading.ok) {
        result.rejected.push(reading.reason);
        continue;
      }
      const list = byWorkflow.get(workflowId) ?? [];
      list.push(reading.output);
      byWorkflow.set(workflowId, list);
    }
  }
  for (const workflowId of [...byWorkflow.keys()].sort()) {
    const inputs = byWorkflow.get(workflowId)!;
    // A span whose id was stored with other content is refused alone: take it out and ingest the rest.
    while (inputs.length) {
      try {
        const decisions = await ingestOutputs(tx, ctx, workflowId, inputs);
        for (const d of decisions) {
          if (d.duplicate) result.duplicates++;
          else {
            result.stored++;
            if (d.review) result.selected++;
          }
        }
        break;
      } catch (error) {
        if (!(error instanceof HttpProblem) || error.status !== 409) throw error;
        const index = /^body\.outputs\.(\d+)\.clientId$/.exec(error.errors?.[0]?.path ?? '')?.[1];
        if (index === undefined) {
          // The workflow cannot take outputs (no quality standard yet): each of its spans is refused.
          for (const input of inputs)
            result.rejected.push(`span ${input.clientId.slice(33)}: ${error.detail}`);
          break;
        }
        const [refused] = inputs.splice(Number(index), 1);
        result.rejected.push(
          `span ${refused!.clientId.slice(33)} was received before with other content; the first stands`,
        );
      }
    }
  }
  return result;
}

/** One transaction per attempt; a concurrent export of the same spans makes the attempt retry at once. */
export async function receiveTracesInTransaction(
  db: Database,
  ctx: OrgContext,
  resources: OtlpResourceSpans[],
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.tenant(ctx.organizationId, (tx) => receiveTraces(tx, ctx, resources), {
        sortsOff: true,
      });
    } catch (error) {
      if (!(error instanceof ConcurrentOutputError) || attempt >= 3) throw error;
    }
  }
}
