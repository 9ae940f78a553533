import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAPISampler from 'openapi-sampler';

/**
 * Request bodies an attacker would send: valid by the documented schema (Redocly's openapi-sampler, which
 * takes a documented example when there is one), so a cross-tenant write gets past validation and reaches
 * the code that must refuse it. `withIds` puts a victim's id in every uuid-shaped field of the body, so a
 * route that stores a reference to another organization's row without checking it shows up too.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Spec = { paths: Record<string, Record<string, { requestBody?: RequestBody }>> };
interface RequestBody {
  content?: Record<string, { schema?: object; example?: unknown }>;
}

let spec: Spec | undefined;
const openapi = (): Spec => {
  spec ??= JSON.parse(readFileSync(path.join(here, '../../packages/server/openapi.json'), 'utf8')) as Spec;
  return spec;
};

/** A body the schema of `method path` accepts, or undefined when the operation takes none. */
export function sampleBody(method: string, routePath: string): unknown {
  const media = openapi().paths[routePath]?.[method]?.requestBody?.content?.['application/json'];
  if (!media?.schema) return undefined;
  if (media.example !== undefined) return structuredClone(media.example);
  return OpenAPISampler.sample(
    media.schema as never,
    { skipReadOnly: true, quiet: true },
    openapi() as never,
  );
}

/**
 * The body with `id` in every field that holds a uuid (the sampler writes one for each `format: uuid`) or
 * whose name says it refers to something (`…Id`, `…Ids`).
 */
export function withIds(body: unknown, id: string, key = ''): unknown {
  const refers = /Ids?$/.test(key);
  if (typeof body === 'string') return UUID_SHAPE.test(body) || refers ? id : body;
  if (Array.isArray(body)) return body.map((x) => withIds(x, id, key));
  if (body && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, withIds(v, id, k)]));
  return body;
}

/** Whether the body holds a uuid-shaped field at all (else `withIds` changes nothing). */
export function hasIds(body: unknown): boolean {
  return JSON.stringify(withIds(body, '\u0000')) !== JSON.stringify(body);
}
