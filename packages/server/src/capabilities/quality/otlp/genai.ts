import type { OutputInput } from '../services/outputs';
import type { Attributes, AttributeValue, OtlpSpan } from './decode';

/**
 * Reading a span that follows the OpenTelemetry GenAI semantic conventions as an AI output. The prompt and
 * completion come from whichever form the instrumentation used:
 * - span attributes `gen_ai.prompt` / `gen_ai.completion` (also indexed, `gen_ai.completion.0.content`), or
 *   `gen_ai.input.messages` / `gen_ai.output.messages` (JSON or structured messages with text parts);
 * - span events `gen_ai.content.prompt` / `gen_ai.content.completion`, or the per-message events
 *   `gen_ai.system.message`, `gen_ai.user.message`, `gen_ai.assistant.message`, `gen_ai.tool.message` and
 *   `gen_ai.choice`.
 * An evaluator's score is `gen_ai.evaluation.score.value` (on a `gen_ai.evaluation.result` event or the span)
 * or `trellis.judge.score`; it must lie in [0, 1].
 */

/** Whether a span is a GenAI span at all: a `gen_ai.*` attribute or event. Others are ignored. */
export function isGenAiSpan(span: OtlpSpan): boolean {
  return (
    Object.keys(span.attributes).some((key) => key.startsWith('gen_ai.')) ||
    span.events.some((event) => event.name.startsWith('gen_ai.'))
  );
}

/** Text of a message content: a string, a list of parts (`{type: 'text', content}`), or an object with content. */
function textOf(value: AttributeValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('\n');
  if ('parts' in value) return textOf(value.parts);
  if ('content' in value) return textOf(value.content);
  if ('text' in value) return textOf(value.text);
  if ('message' in value) return textOf(value.message);
  return '';
}

/** Messages (`[{role, parts|content}]`, as JSON text or structured) as `role: text` lines. */
function messagesText(value: AttributeValue | undefined): string {
  let messages = value;
  if (typeof value === 'string') {
    try {
      messages = JSON.parse(value) as AttributeValue;
    } catch {
      return value;
    }
  }
  const list = Array.isArray(messages) ? messages : [messages];
  return list
    .map((message) => {
      const text = textOf(message);
      const role =
        message && typeof message === 'object' && !Array.isArray(message) && typeof message.role === 'string'
          ? message.role
          : '';
      return text && role ? `${role}: ${text}` : text;
    })
    .filter(Boolean)
    .join('\n\n');
}

/** `gen_ai.completion.0.content`, `gen_ai.completion.1.content`, … in index order. */
const INDEXED = /^(gen_ai\.(?:prompt|completion))\.(\d+)\.content$/;
function indexedText(attributes: Attributes, prefix: string): string {
  const parts: Array<[number, string]> = [];
  for (const key in attributes) {
    if (!key.startsWith(prefix) || key.length === prefix.length) continue;
    const match = INDEXED.exec(key);
    if (match && match[1] === prefix) parts.push([Number(match[2]), textOf(attributes[key])]);
  }
  return parts
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .filter(Boolean)
    .join('\n\n');
}

const INPUT_EVENTS: Record<string, string> = {
  'gen_ai.system.message': 'system',
  'gen_ai.user.message': 'user',
  'gen_ai.assistant.message': 'assistant',
  'gen_ai.tool.message': 'tool',
};

function promptOf(span: OtlpSpan): string {
  const a = span.attributes;
  const fromAttributes = [textOf(a['gen_ai.prompt']), messagesText(a['gen_ai.input.messages'])]
    .concat(indexedText(a, 'gen_ai.prompt'))
    .filter(Boolean);
  if (fromAttributes.length) return fromAttributes.join('\n\n');
  const fromEvents: string[] = [];
  for (const event of span.events) {
    if (event.name === 'gen_ai.content.prompt') fromEvents.push(textOf(event.attributes['gen_ai.prompt']));
    const role = INPUT_EVENTS[event.name];
    if (role) {
      const text = textOf(event.attributes.content ?? event.attributes.message);
      if (text) fromEvents.push(`${role}: ${text}`);
    }
  }
  return fromEvents.filter(Boolean).join('\n\n');
}

function completionOf(span: OtlpSpan): string {
  const a = span.attributes;
  const fromAttributes = [textOf(a['gen_ai.completion']), messagesText(a['gen_ai.output.messages'])]
    .concat(indexedText(a, 'gen_ai.completion'))
    .filter(Boolean);
  if (fromAttributes.length) return fromAttributes.join('\n\n');
  const fromEvents: string[] = [];
  for (const event of span.events) {
    if (event.name === 'gen_ai.content.completion')
      fromEvents.push(textOf(event.attributes['gen_ai.completion']));
    if (event.name === 'gen_ai.choice')
      fromEvents.push(messagesText(event.attributes.message ?? event.attributes.content));
  }
  return fromEvents.filter(Boolean).join('\n\n');
}

const SCORE_KEYS = ['trellis.judge.score', 'gen_ai.evaluation.score.value'];

function judgeScoreOf(span: OtlpSpan): number | undefined | 'out-of-range' {
  let score: AttributeValue | undefined;
  for (const key of SCORE_KEYS) score ??= span.attributes[key];
  for (const event of span.events)
    if (event.name === 'gen_ai.evaluation.result')
      score ??= event.attributes['gen_ai.evaluation.score.value'];
  if (score === undefined || score === null) return undefined;
  const value = typeof score === 'string' ? Number(score) : score;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) return 'out-of-range';
  return value;
}

/** Span attributes copied into the output's metadata (before the resource's), when present. */
const SPAN_METADATA = [
  'gen_ai.operation.name',
  'gen_ai.provider.name',
  'gen_ai.system',
  'gen_ai.request.model',
  'gen_ai.response.model',
  'gen_ai.agent.name',
  'gen_ai.usage.input_tokens',
  'gen_ai.usage.output_tokens',
];
const MAX_METADATA_KEYS = 30;
const MAX_KEY = 64;
const MAX_VALUE = 500;
/** Largest content stored per output (as the outputs API accepts). */
const MAX_CONTENT = 100_000;

type Scalar = string | number | boolean;
const scalar = (value: AttributeValue | undefined): Scalar | undefined => {
  if (typeof value === 'string') return value.slice(0, MAX_VALUE);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  return undefined;
};

/**
 * The output's metadata: the span's trace and span ids and name, its GenAI attributes, then its resource's
 * attributes (`service.name`, `deployment.environment`, … : usable as the standard's segment keys), at most
 * 30 keys, values cut to 500 characters, in that order so a resend gives the same metadata.
 */
function metadataOf(span: OtlpSpan, resource: Attributes): Record<string, Scalar> {
  const metadata: Record<string, Scalar> = { 'trace.id': span.traceId, 'span.id': span.spanId };
  if (span.name) metadata['span.name'] = span.name.slice(0, MAX_VALUE);
  const add = (key: string, value: AttributeValue | undefined) => {
    const v = scalar(value);
    if (v === undefined || key.length > MAX_KEY || key in metadata) return;
    if (Object.keys(metadata).length >= MAX_METADATA_KEYS) return;
    metadata[key] = v;
  };
  for (const key of SPAN_METADATA) add(key, span.attributes[key]);
  for (const [key, value] of Object.entries(resource)) add(key, value);
  return metadata;
}

export type SpanReading = { ok: true; output: OutputInput } | { ok: false; reason: string };

/** The output a GenAI span becomes, or why it cannot become one. Its client id is `<trace id>-<span id>`. */
export function readGenAiSpan(span: OtlpSpan, resource: Attributes): SpanReading {
  const completion = completionOf(span);
  const where = `span ${span.spanId} ("${span.name}")`;
  if (!completion) return { ok: false, reason: `${where} has no completion (output) content` };
  const judgeScore = judgeScoreOf(span);
  if (judgeScore === 'out-of-range')
    return { ok: false, reason: `${where} has an evaluation score outside [0, 1]` };
  const prompt = promptOf(span);
  const content = (prompt ? `Prompt:\n${prompt}\n\nCompletion:\n${completion}` : completion).slice(
    0,
    MAX_CONTENT,
  );
  return {
    ok: true,
    output: {
      clientId: `${span.traceId}-${span.spanId}`,
      content,
      metadata: metadataOf(span, resource),
      ...(judgeScore !== undefined ? { judgeScore } : {}),
    },
  };
}
