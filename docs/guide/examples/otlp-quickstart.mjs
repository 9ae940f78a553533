// npm install @opentelemetry/api @opentelemetry/sdk-trace-base @opentelemetry/resources \
//   @opentelemetry/exporter-trace-otlp-proto — then: TRELLIS_URL=… TRELLIS_TOKEN=… node otlp-quickstart.mjs
import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

const exporter = new OTLPTraceExporter({
  url: `${process.env.TRELLIS_URL}/v1/traces`,
  headers: { Authorization: `Bearer ${process.env.TRELLIS_TOKEN}` },
  compression: 'gzip',
});
const provider = new BasicTracerProvider({
  // Resource attributes become each output's metadata: a standard can segment on them.
  resource: resourceFromAttributes({ 'service.name': 'support-bot', 'deployment.environment': 'production' }),
  spanProcessors: [new BatchSpanProcessor(exporter)],
});
trace.setGlobalTracerProvider(provider);
const tracer = trace.getTracer('support-bot');

// A GenAI span as an instrumented LLM call records it (OpenTelemetry GenAI semantic conventions).
tracer.startActiveSpan('chat gpt-4o-mini', (span) => {
  span.setAttributes({
    'gen_ai.operation.name': 'chat',
    'gen_ai.request.model': 'gpt-4o-mini',
    'gen_ai.usage.input_tokens': 24,
    'gen_ai.usage.output_tokens': 12,
    'gen_ai.input.messages': JSON.stringify([
      { role: 'user', parts: [{ type: 'text', content: 'Where is my refund?' }] },
    ]),
    'gen_ai.output.messages': JSON.stringify([
      { role: 'assistant', parts: [{ type: 'text', content: 'Your refund of €42 is on its way.' }] },
    ]),
  });
  // An automatic evaluator's score in [0, 1], used by Trellis to stratify its sample.
  span.addEvent('gen_ai.evaluation.result', { 'gen_ai.evaluation.score.value': 0.92 });
  span.end();
});

await provider.shutdown(); // flushes the batch: Trellis stores the output and decides on its review
console.log('sent');
