import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { benchOutput } from './rows';

/**
 * The OTLP bench's request bodies, made as an instrumented application's exporter makes them: GenAI spans
 * recorded by the stock OpenTelemetry SDK and serialized by the protobuf exporter's own serializer, `size`
 * spans a request (the BatchSpanProcessor sends at most 512). Each span carries the bench output's text as
 * its completion (~600 B) and `bench.loop` for the routing rule that sends the loop to its workflow.
 */
export function otlpBodies(prefix: string, loop: string, batches: number, size: number): Uint8Array[] {
  const memory = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'bench', 'deployment.environment': prefix }),
    spanProcessors: [new SimpleSpanProcessor(memory)],
  });
  const tracer = provider.getTracer('bench');
  const bodies: Uint8Array[] = [];
  for (let b = 0; b < batches; b++) {
    memory.reset();
    for (let k = 0; k < size; k++) {
      const output = benchOutput(prefix, b * size + k);
      const span = tracer.startSpan('chat bench-model', {
        attributes: {
          'gen_ai.operation.name': 'chat',
          'gen_ai.request.model': 'bench-model',
          'gen_ai.usage.input_tokens': 40,
          'gen_ai.usage.output_tokens': 120,
          'gen_ai.completion': output.content,
          'bench.loop': loop,
        },
      });
      span.end();
    }
    bodies.push(ProtobufTraceSerializer.serializeRequest(memory.getFinishedSpans())!);
  }
  return bodies;
}
