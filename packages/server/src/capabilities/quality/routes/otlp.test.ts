import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Attributes as SpanAttributes } from '@opentelemetry/api';
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as ProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { descriptorModule } from '../otlp/descriptor-source';
import { createWorkflowWithStandard } from '../test/quality';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Listed {
  clientId: string;
  review: boolean;
  status: string;
  pi: number;
  segment: string;
}

/** Spans as the stock SDK records them: a tracer whose processor keeps them in memory until we export them. */
function recordSpans(service: string, make: (tracer: ReturnType<BasicTracerProvider['getTracer']>) => void) {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'deployment.environment': 'production' }),
    spanProcessors: [new SimpleSpanProcessor(memory)],
  });
  make(provider.getTracer('otlp-test'));
  return memory.getFinishedSpans();
}

function genAiSpan(
  tracer: ReturnType<BasicTracerProvider['getTracer']>,
  name: string,
  attributes: SpanAttributes,
  events: Array<[string, SpanAttributes]> = [],
) {
  const span = tracer.startSpan(name, { attributes });
  for (const [event, attrs] of events) span.addEvent(event, attrs);
  span.end();
}

/** Sends spans through a real OTLP exporter; resolves with its export result. */
function exportSpans(exporter: SpanExporter, spans: ReadableSpan[]) {
  return new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(spans, resolve));
}

describe.each(testEngines())('OTLP/HTTP trace receiver on %s', (engine) => {
  let t: TestApp;
  let baseUrl: string;
  let lead: TestPerson;
  let token: string;
  let replies: string;
  let summaries: string;
  let other: TestPerson;
  let otherToken: string;
  let otherWorkflow: string;

  const proto = (auth = token) =>
    new ProtoExporter({
      url: `${baseUrl}/v1/traces`,
      headers: { Authorization: `Bearer ${auth}` },
      compression: 'gzip' as never,
    });
  const json = (auth = token) =>
    new JsonExporter({ url: `${baseUrl}/v1/traces`, headers: { Authorization: `Bearer ${auth}` } });
  const outputsOf = async (workflowId: string, headers = lead.headers) => {
    const res = await t.app.inject({ url: `/api/v1/workflows/${workflowId}/outputs?limit=200`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as { items: Listed[] }).items;
  };
  const postTraces = (payload: string | Buffer, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/v1/traces',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      payload,
    });

  beforeAll(async () => {
    t = await createTestApp(engine);
    lead = await createOrganizationWithOwner(t.db);
    replies = await createWorkflowWithStandard(t.app, lead.headers, 'Support replies', {
      outgoingLimit: 0.02,
      segmentKeys: ['deployment.environment'],
    });
    summaries = await createWorkflowWithStandard(t.app, lead.headers, 'Ticket summaries', {
      outgoingLimit: 0.02,
      policy: 'full',
    });
    const rules = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/otlp/routing-rules',
      headers: lead.headers,
      payload: {
        rules: [
          { workflowId: summaries, attributeKey: 'gen_ai.operation.name', attributeValue: 'summarize' },
          { workflowId: replies, serviceName: 'support-bot', spanName: 'chat *' },
        ],
      },
    });
    expect(rules.statusCode, rules.body).toBe(200);
    token = (await createTokenHeaders(t.db, lead.organizationId, 'contributor')).headers.authorization.slice(
      7,
    );
    other = await createOrganizationWithOwner(t.db);
    otherWorkflow = await createWorkflowWithStandard(t.app, other.headers, 'Their replies', {
      outgoingLimit: 0.02,
    });
    otherToken = (
      await createTokenHeaders(t.db, other.organizationId, 'contributor')
    ).headers.authorization.slice(7);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  const chatSpans = () =>
    recordSpans('support-bot', (tracer) => {
      genAiSpan(tracer, 'chat gpt-4o-mini', {
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': 'gpt-4o-mini',
        'gen_ai.usage.input_tokens': 31,
        'gen_ai.input.messages': JSON.stringify([
          { role: 'user', parts: [{ type: 'text', content: 'Refund?' }] },
        ]),
        'gen_ai.output.messages': JSON.stringify([
          { role: 'assistant', parts: [{ type: 'text', content: 'Your refund is on its way.' }] },
        ]),
        'trellis.judge.score': 0.25,
      });
      // The older event form: prompt and completion as span events, the evaluator's score as its event.
      genAiSpan(tracer, 'chat claude', { 'gen_ai.operation.name': 'chat' }, [
        ['gen_ai.content.prompt', { 'gen_ai.prompt': 'Cancel my order' }],
        ['gen_ai.content.completion', { 'gen_ai.completion': 'Your order is cancelled.' }],
        ['gen_ai.evaluation.result', { 'gen_ai.evaluation.score.value': 0.9 }],
      ]);
      genAiSpan(tracer, 'summarize ticket', {
        'gen_ai.operation.name': 'summarize',
        'gen_ai.prompt': 'Summarize ticket 7',
        'gen_ai.completion': 'Customer asks for a refund.',
      });
      // Not a GenAI span: ignored.
      const http = tracer.startSpan('GET /orders', { attributes: { 'http.request.method': 'GET' } });
      http.end();
    });

  it('stores the GenAI spans the stock protobuf exporter sends (gzip) as outputs of the routed workflows, with decisions', async () => {
    const spans = chatSpans();
    const result = await exportSpans(proto(), spans);
    expect(result.error).toBeUndefined();
    expect(result.code).toBe(0);

    const stored = await outputsOf(replies);
    const ids = spans
      .filter((s) => s.name.startsWith('chat'))
      .map((s) => `${s.spanContext().traceId}-${s.spanContext().spanId}`);
    expect(stored.map((o) => o.clientId).sort()).toEqual([...ids].sort());
    for (const o of stored) {
      // Each output has the sampling decision the outputs API would give it: π in (0, 1], a status to match.
      expect(o.pi).toBeGreaterThan(0);
      expect(o.pi).toBeLessThanOrEqual(1);
      expect(o.status).toBe(o.review ? 'queued' : 'released');
      expect(o.segment).toContain('production');
    }
    const full = await outputsOf(summaries);
    expect(full).toHaveLength(1);
    expect(full[0]!.review).toBe(true); // the summaries standard reviews everything

    const first = stored.find((o) => o.clientId === ids[0])!;
    const detail = (
      await t.app.inject({
        url: `/api/v1/outputs/${(first as unknown as { id: string }).id}`,
        headers: lead.headers,
      })
    ).json() as {
      content: string;
      metadata: Record<string, unknown>;
      judgeScore: number | null;
    };
    expect(detail.content).toBe(
      'Prompt:\nuser: Refund?\n\nCompletion:\nassistant: Your refund is on its way.',
    );
    expect(detail.judgeScore).toBe(0.25);
    expect(detail.metadata).toMatchObject({
      'service.name': 'support-bot',
      'deployment.environment': 'production',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': 31,
      'span.name': 'chat gpt-4o-mini',
    });
    const second = stored.find((o) => o.clientId === ids[1])! as unknown as { id: string };
    const secondDetail = (
      await t.app.inject({ url: `/api/v1/outputs/${second.id}`, headers: lead.headers })
    ).json() as {
      content: string;
      judgeScore: number;
    };
    expect(secondDetail.content).toBe('Prompt:\nCancel my order\n\nCompletion:\nYour order is cancelled.');
    expect(secondDetail.judgeScore).toBe(0.9);

    // A resend (here through the JSON exporter) stores nothing twice.
    const before = await databaseDigest(t.db);
    const again = await exportSpans(json(), spans);
    expect(again.code).toBe(0);
    const after = await databaseDigest(t.db);
    expect(after.outputs).toBe(before.outputs);
    expect(await outputsOf(replies)).toHaveLength(2);
  });

  it('answers a bad span with OTLP partial success and stores the others', async () => {
    const spans = recordSpans('support-bot', (tracer) => {
      genAiSpan(tracer, 'chat no-answer', { 'gen_ai.operation.name': 'chat', 'gen_ai.prompt': 'Hello?' });
      genAiSpan(tracer, 'embeddings', { 'gen_ai.operation.name': 'embeddings', 'gen_ai.completion': 'x' });
      genAiSpan(tracer, 'chat ok', { 'gen_ai.operation.name': 'chat', 'gen_ai.completion': 'Fine answer.' });
    });
    const count = (await outputsOf(replies)).length;
    // The stock exporter takes partial success as success (it logs the message).
    expect((await exportSpans(json(), spans)).code).toBe(0);
    expect(await outputsOf(replies)).toHaveLength(count + 1);

    const body = JSON.stringify({
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'support-bot' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId: '5b8efff798038103d269b633813fc60c',
                  spanId: 'eee19b7ec3c1b174',
                  name: 'chat empty',
                  attributes: [{ key: 'gen_ai.operation.name', value: { stringValue: 'chat' } }],
                },
                {
                  traceId: '5b8efff798038103d269b633813fc60c',
                  spanId: 'eee19b7ec3c1b175',
                  name: 'translate',
                  attributes: [
                    { key: 'gen_ai.operation.name', value: { stringValue: 'translate' } },
                    { key: 'gen_ai.completion', value: { stringValue: 'Bonjour' } },
                  ],
                },
                {
                  traceId: '5b8efff798038103d269b633813fc60c',
                  spanId: 'eee19b7ec3c1b176',
                  name: 'chat scored',
                  attributes: [
                    { key: 'gen_ai.completion', value: { stringValue: 'Hi' } },
                    { key: 'trellis.judge.score', value: { intValue: '7' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    const res = await postTraces(body);
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json() as { partialSuccess: { rejectedSpans: number; errorMessage: string } };
    expect(answer.partialSuccess.rejectedSpans).toBe(3);
    expect(answer.partialSuccess.errorMessage).toContain('eee19b7ec3c1b174 ("chat empty") has no completion');
    expect(answer.partialSuccess.errorMessage).toContain(
      'eee19b7ec3c1b175 ("translate", service support-bot) matches no routing rule',
    );
    expect(answer.partialSuccess.errorMessage).toContain('evaluation score outside [0, 1]');
    expect(res.headers['x-trellis-otlp']).toBe('stored=0; duplicates=0; ignored=0; rejected=3; selected=0');

    // Protobuf in, protobuf out: the ExportTraceServiceResponse carries the same partial success.
    const root = protobuf.Root.fromJSON(
      (await import('../otlp/descriptor.gen')).otlpDescriptor as protobuf.INamespace,
    );
    const Request = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
    const Response = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse');
    const message = Request.fromObject({
      resourceSpans: [
        {
          scopeSpans: [
            {
              spans: [
                {
                  traceId: Buffer.from('5b8efff798038103d269b633813fc60d', 'hex'),
                  spanId: Buffer.from('eee19b7ec3c1b177', 'hex'),
                  name: 'chat unrouted',
                  attributes: [{ key: 'gen_ai.completion', value: { stringValue: 'Hi' } }],
                },
              ],
            },
          ],
        },
      ],
    });
    const pb = await postTraces(Buffer.from(Request.encode(message).finish()), {
      'content-type': 'application/x-protobuf',
    });
    expect(pb.statusCode, pb.body).toBe(200);
    expect(pb.headers['content-type']).toBe('application/x-protobuf');
    const decoded = Response.toObject(Response.decode(pb.rawPayload), { longs: Number }) as {
      partialSuccess: { rejectedSpans: number; errorMessage: string };
    };
    expect(decoded.partialSuccess.rejectedSpans).toBe(1);
    expect(decoded.partialSuccess.errorMessage).toContain('matches no routing rule');
  });

  it('refuses a malformed, oversized or unauthenticated body with nothing stored', async () => {
    const before = await databaseDigest(t.db);
    const garbage = await postTraces(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]), {
      'content-type': 'application/x-protobuf',
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.headers['content-type']).toContain('application/problem+json');
    expect(garbage.json().detail).toContain('not a valid OTLP ExportTraceServiceRequest (protobuf)');

    const badId = await postTraces(
      JSON.stringify({
        resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 'xyz', spanId: 'eee19b7ec3c1b174' }] }] }],
      }),
    );
    expect(badId.statusCode).toBe(400);
    expect(badId.json().errors[0]).toEqual({
      path: 'body.resourceSpans.0.scopeSpans.0.spans.0.traceId',
      message: 'must be 32 hex digits',
    });
    expect((await postTraces('{"resourceSpans": [')).statusCode).toBe(400);
    const notGzip = await postTraces('{}', { 'content-encoding': 'gzip' });
    expect(notGzip.statusCode).toBe(400);
    expect((await postTraces('{}', { 'content-type': 'text/csv' })).statusCode).toBe(415);

    // Over 50 MB: refused as sent, and as inflated (a small gzip body that expands past the limit).
    const huge = await postTraces(Buffer.alloc(50 * 1024 * 1024 + 1, 0x20));
    expect(huge.statusCode).toBe(413);
    const bomb = await postTraces(gzipSync(Buffer.alloc(50 * 1024 * 1024 + 1, 0x20)), {
      'content-encoding': 'gzip',
    });
    expect(bomb.statusCode).toBe(413);

    expect((await postTraces('{}', { authorization: 'Bearer trl_not-a-token' })).statusCode).toBe(401);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('keeps organizations apart: another organization’s token and rules never reach this workflow', async () => {
    const count = (await outputsOf(replies)).length;
    // Their rules cannot name our workflow.
    const steal = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/otlp/routing-rules',
      headers: other.headers,
      payload: { rules: [{ workflowId: replies, serviceName: 'support-bot' }] },
    });
    expect(steal.statusCode).toBe(400);
    expect(steal.json().errors[0].path).toBe('body.rules.0.workflowId');
    // Their spans, same service and span names, are routed by their rules only (none yet): all rejected.
    const spans = recordSpans('support-bot', (tracer) =>
      genAiSpan(tracer, 'chat gpt-4o-mini', {
        'gen_ai.operation.name': 'chat',
        'gen_ai.completion': 'Hello',
      }),
    );
    expect((await exportSpans(proto(otherToken), spans)).code).toBe(0);
    expect(await outputsOf(replies)).toHaveLength(count);
    expect(await outputsOf(otherWorkflow, other.headers)).toHaveLength(0);
    // With their own rule, their spans land in their workflow.
    const own = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/otlp/routing-rules',
      headers: other.headers,
      payload: { rules: [{ workflowId: otherWorkflow }] },
    });
    expect(own.statusCode, own.body).toBe(200);
    expect((await exportSpans(proto(otherToken), spans)).code).toBe(0);
    expect(await outputsOf(otherWorkflow, other.headers)).toHaveLength(1);
    expect(await outputsOf(replies)).toHaveLength(count);
  });

  it('lets leads, not contributors, set the rules; lists them in order', async () => {
    const contributor = await createMember(t.db, lead.organizationId, 'contributor');
    const refused = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/otlp/routing-rules',
      headers: contributor.headers,
      payload: { rules: [] },
    });
    expect(refused.statusCode).toBe(403);
    const half = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/otlp/routing-rules',
      headers: lead.headers,
      payload: { rules: [{ workflowId: replies, attributeKey: 'gen_ai.system' }] },
    });
    expect(half.statusCode).toBe(400);
    expect(half.json().errors[0].path).toBe('body.rules.0.attributeValue');
    const listed = await t.app.inject({ url: '/api/v1/otlp/routing-rules', headers: contributor.headers });
    const items = (listed.json() as { items: Array<{ workflowId: string; position: number }> }).items;
    expect(items.map((r) => [r.position, r.workflowId])).toEqual([
      [0, summaries],
      [1, replies],
    ]);
  });
});

describe('the OTLP guide example', () => {
  it('is shown on the clients page as it is, and its stock SDK program lands its span in the routed workflow', async () => {
    const example = fileURLToPath(
      new URL('../../../../../../docs/guide/examples/otlp-quickstart.mjs', import.meta.url),
    );
    const guide = readFileSync(new URL('../../../../../../docs/guide/clients.md', import.meta.url), 'utf8');
    expect(guide).toContain(readFileSync(example, 'utf8').trimEnd());

    const t = await createTestApp('pglite');
    try {
      const owner = await createOrganizationWithOwner(t.db);
      const workflowId = await createWorkflowWithStandard(t.app, owner.headers, 'Support replies', {
        outgoingLimit: 0.02,
      });
      await t.app.inject({
        method: 'PUT',
        url: '/api/v1/otlp/routing-rules',
        headers: owner.headers,
        payload: { rules: [{ workflowId, serviceName: 'support-bot' }] },
      });
      const token = (
        await createTokenHeaders(t.db, owner.organizationId, 'contributor')
      ).headers.authorization.slice(7);
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const { stdout } = await promisify(execFile)(process.execPath, [example], {
        env: { ...process.env, TRELLIS_URL: url, TRELLIS_TOKEN: token },
      });
      expect(stdout.trim()).toBe('sent');
      const listed = await t.app.inject({
        url: `/api/v1/workflows/${workflowId}/outputs`,
        headers: owner.headers,
      });
      const items = (listed.json() as { items: Array<{ id: string }> }).items;
      expect(items).toHaveLength(1);
      const detail = (
        await t.app.inject({ url: `/api/v1/outputs/${items[0]!.id}`, headers: owner.headers })
      ).json();
      expect(detail.content).toContain('Your refund of €42 is on its way.');
      expect(detail.judgeScore).toBe(0.92);
      expect(detail.metadata['deployment.environment']).toBe('production');
    } finally {
      await t.close();
    }
    // A second Node.js process loading the OpenTelemetry SDK: 19 s here at a load average of 8.
  }, 90_000);

  it('keeps the generated protobuf descriptor equal to the official .proto files', () => {
    const current = readFileSync(new URL('../otlp/descriptor.gen.ts', import.meta.url), 'utf8');
    expect(current).toBe(descriptorModule());
  });
});
