import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs';
import { z } from 'zod';
import { type FieldError, HttpProblem } from '../../../platform/http/problem';
import { otlpDescriptor } from './descriptor.gen';

/** Largest OTLP request, compressed or not: larger ones answer 413 and nothing is read. */
export const OTLP_BODY_LIMIT = 50 * 1024 * 1024;

/** An attribute value as OTLP carries it, flattened: scalars, arrays and key-value lists. */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | Attributes;
export interface Attributes {
  [key: string]: AttributeValue;
}
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  attributes: Attributes;
  events: Array<{ name: string; attributes: Attributes }>;
}
export interface OtlpResourceSpans {
  resource: Attributes;
  spans: OtlpSpan[];
}

/* The OTLP JSON encoding (lowerCamelCase, hex ids, 64-bit integers as strings or numbers). Unknown fields
   are ignored, as the OTLP specification asks of receivers. */
interface AnyValueJson {
  stringValue?: string | undefined;
  boolValue?: boolean | undefined;
  intValue?: string | number | undefined;
  doubleValue?: number | string | undefined;
  bytesValue?: string | undefined;
  arrayValue?: { values?: AnyValueJson[] | undefined } | undefined;
  kvlistValue?: { values?: KeyValueJson[] | undefined } | undefined;
}
interface KeyValueJson {
  key: string;
  value?: AnyValueJson | undefined;
}
const AnyValue: z.ZodType<AnyValueJson> = z.lazy(() =>
  z.object({
    stringValue: z.string().optional(),
    boolValue: z.boolean().optional(),
    intValue: z
      .union([z.string().regex(/^-?\d{1,19}$/, 'must be a 64-bit integer'), z.number().int()])
      .optional(),
    doubleValue: z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]).optional(),
    bytesValue: z.string().optional(),
    arrayValue: z.object({ values: z.array(AnyValue).optional() }).optional(),
    kvlistValue: z.object({ values: z.array(KeyValue).optional() }).optional(),
  }),
);
const KeyValue: z.ZodType<KeyValueJson> = z.lazy(() =>
  z.object({ key: z.string(), value: AnyValue.optional() }),
);
const AttributeList = z.array(KeyValue).optional();
const ExportRequest = z.object({
  resourceSpans: z
    .array(
      z.object({
        resource: z.object({ attributes: AttributeList }).optional(),
        scopeSpans: z
          .array(
            z.object({
              spans: z
                .array(
                  z.object({
                    traceId: z.string().regex(/^[0-9a-fA-F]{32}$/, 'must be 32 hex digits'),
                    spanId: z.string().regex(/^[0-9a-fA-F]{16}$/, 'must be 16 hex digits'),
                    name: z.string().optional(),
                    attributes: AttributeList,
                    events: z
                      .array(z.object({ name: z.string().optional(), attributes: AttributeList }))
                      .optional(),
                  }),
                )
                .optional(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
});

const root = protobuf.Root.fromJSON(otlpDescriptor as protobuf.INamespace);
const RequestType = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest');
const ResponseType = root.lookupType('opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse');

/** An ExportTraceServiceResponse (`{ partialSuccess: { rejectedSpans, errorMessage } }` or `{}`) as protobuf. */
export function encodeTraceResponse(response: object): Uint8Array {
  return ResponseType.encode(ResponseType.fromObject(response)).finish();
}

export type OtlpEncoding = 'json' | 'protobuf';

/** `application/x-protobuf` or `application/json` (parameters such as charset ignored); anything else is 415. */
export function encodingOf(contentType: string | undefined): OtlpEncoding {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/x-protobuf') return 'protobuf';
  if (type === 'application/json') return 'json';
  throw new HttpProblem(
    415,
    'unsupported-media-type',
    'Send OTLP traces as application/x-protobuf or application/json.',
  );
}

/** The body as sent, inflated when `Content-Encoding: gzip`; never more than OTLP_BODY_LIMIT bytes. */
export function inflate(body: Buffer, contentEncoding: string | undefined): Buffer {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return body;
  if (encoding !== 'gzip') {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      `Content-Encoding ${encoding} is not supported; use gzip.`,
    );
  }
  try {
    return gunzipSync(body, { maxOutputLength: OTLP_BODY_LIMIT });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpProblem(
        413,
        'payload-too-large',
        `The inflated body is larger than ${OTLP_BODY_LIMIT} bytes.`,
      );
    }
    throw new HttpProblem(400, 'malformed-request', 'The body is not valid gzip (Content-Encoding: gzip).');
  }
}

interface PbAnyValue {
  value?: string;
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | { toString(): string };
  doubleValue?: number;
  bytesValue?: Uint8Array;
  arrayValue?: { values?: PbAnyValue[] };
  kvlistValue?: { values?: PbKeyValue[] };
}
interface PbKeyValue {
  key: string;
  value?: PbAnyValue | null;
}
interface PbSpan {
  traceId?: Uint8Array;
  spanId?: Uint8Array;
  name?: string;
  attributes?: PbKeyValue[];
  events?: Array<{ name?: string; attributes?: PbKeyValue[] }>;
}
interface PbRequest {
  resourceSpans?: Array<{
    resource?: { attributes?: PbKeyValue[] } | null;
    scopeSpans?: Array<{ spans?: PbSpan[] }>;
  }>;
}

const hex = (bytes: Uint8Array | undefined) =>
  bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex') : '';

/** A decoded AnyValue by its oneof (the protobuf runtime names the field that is set). */
function pbValue(value: PbAnyValue | null | undefined): AttributeValue {
  switch (value?.value) {
    case 'stringValue':
      return value.stringValue!;
    case 'boolValue':
      return value.boolValue!;
    case 'intValue':
      return Number(value.intValue!.toString());
    case 'doubleValue':
      return value.doubleValue!;
    case 'bytesValue':
      return Buffer.from(value.bytesValue!).toString('base64');
    case 'arrayValue':
      return (value.arrayValue!.values ?? []).map(pbValue);
    case 'kvlistValue':
      return pbAttributes(value.kvlistValue!.values);
    default:
      return null;
  }
}

function pbAttributes(list: PbKeyValue[] | undefined): Attributes {
  const attributes: Attributes = {};
  for (const { key, value } of list ?? []) attributes[key] = pbValue(value);
  return attributes;
}

/**
 * The protobuf request read straight from the decoded message (its types are the schema's already); only
 * the ids are checked, as the JSON encoding's are, and named by the same paths.
 */
function decodeProtobuf(bytes: Buffer): OtlpResourceSpans[] {
  let message: PbRequest;
  try {
    message = RequestType.decode(bytes) as unknown as PbRequest;
  } catch (error) {
    throw new HttpProblem(
      400,
      'malformed-request',
      `The body is not a valid OTLP ExportTraceServiceRequest (protobuf): ${(error as Error).message}.`,
    );
  }
  const errors: FieldError[] = [];
  const resources = (message.resourceSpans ?? []).map((rs, r) => ({
    resource: pbAttributes(rs.resource?.attributes),
    spans: (rs.scopeSpans ?? []).flatMap((ss, s) =>
      (ss.spans ?? []).map((span, k) => {
        const traceId = hex(span.traceId);
        const spanId = hex(span.spanId);
        const at = `body.resourceSpans.${r}.scopeSpans.${s}.spans.${k}`;
        if (traceId.length !== 32) errors.push({ path: `${at}.traceId`, message: 'must be 16 bytes' });
        if (spanId.length !== 16) errors.push({ path: `${at}.spanId`, message: 'must be 8 bytes' });
        return {
          traceId,
          spanId,
          name: span.name ?? '',
          attributes: pbAttributes(span.attributes),
          events: (span.events ?? []).map((e) => ({
            name: e.name ?? '',
            attributes: pbAttributes(e.attributes),
          })),
        };
      }),
    ),
  }));
  if (errors.length) {
    throw new HttpProblem(
      400,
      'validation-error',
      `Not an OTLP ExportTraceServiceRequest: ${errors[0]!.path}: ${errors[0]!.message}`,
      errors.slice(0, 20),
    );
  }
  return resources;
}

function anyValue(value: AnyValueJson | undefined): AttributeValue {
  if (!value) return null;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return Number(value.doubleValue);
  if (value.bytesValue !== undefined) return value.bytesValue;
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(anyValue);
  if (value.kvlistValue) return attributesOf(value.kvlistValue.values);
  return null;
}

function attributesOf(list: KeyValueJson[] | undefined): Attributes {
  const attributes: Attributes = {};
  for (const { key, value } of list ?? []) attributes[key] = anyValue(value);
  return attributes;
}

/**
 * Reads an OTLP/HTTP trace export (protobuf or JSON, after inflating) into resources and their spans. A body
 * that is not an ExportTraceServiceRequest answers 400 naming the first fields at fault; nothing is stored.
 */
export function decodeTraces(body: Buffer, encoding: OtlpEncoding): OtlpResourceSpans[] {
  if (encoding === 'protobuf') return decodeProtobuf(body);
  let raw: unknown;
  try {
    raw = JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpProblem(400, 'malformed-request', 'The body is not valid JSON.');
  }
  const parsed = ExportRequest.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues
      .slice(0, 20)
      .map((issue) => ({ path: ['body', ...issue.path].join('.'), message: issue.message }));
    throw new HttpProblem(
      400,
      'validation-error',
      `Not an OTLP ExportTraceServiceRequest: ${errors[0]!.path}: ${errors[0]!.message}`,
      errors,
    );
  }
  return (parsed.data.resourceSpans ?? []).map((rs) => ({
    resource: attributesOf(rs.resource?.attributes),
    spans: (rs.scopeSpans ?? []).flatMap((ss) =>
      (ss.spans ?? []).map((span) => ({
        traceId: span.traceId.toLowerCase(),
        spanId: span.spanId.toLowerCase(),
        name: span.name ?? '',
        attributes: attributesOf(span.attributes),
        events: (span.events ?? []).map((e) => ({
          name: e.name ?? '',
          attributes: attributesOf(e.attributes),
        })),
      })),
    ),
  }));
}
