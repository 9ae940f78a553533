/**
 * Look-ups into the generated contract (packages/sdk/src/openapi.gen.ts, from openapi.json). Every API type
 * of the web client is one of these: a named schema, or what an operation takes or answers.
 */
import type { components, operations } from '@trellis/sdk';

/** The named schemas (`components.schemas`) of openapi.json. */
export type Schemas = components['schemas'];

/** The JSON body an operation takes. */
export type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

/** The JSON an operation answers with a status (200 unless given). */
export type Reply<
  Op extends keyof operations,
  Status extends number = 200,
> = operations[Op]['responses'] extends {
  [S in Status]: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** An operation's query parameters. */
export type QueryOf<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;
