import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The API's types are generated from packages/server/openapi.json (`npm run openapi` → openapi.gen.ts).
 * The web client and the SDK name them with aliases (`type X = Schemas['X']`, an operation's response, a
 * field of another alias); a hand-written shape (an `interface`, an object type literal, a union of string
 * literals) drifts from the server without a compiler error, so a new one fails here.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
/** The look-ups into the generated types, and nothing else (its helpers spell out the look-up, not a shape). */
const CONTRACT_HELPERS = 'packages/web/src/api/contract.ts';
const apiFiles = [
  'packages/web/src/api.ts',
  ...fs
    .readdirSync(path.join(root, 'packages/web/src/api'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.gen.ts'))
    .map((f) => `packages/web/src/api/${f}`)
    .filter((f) => f !== CONTRACT_HELPERS),
  'packages/sdk/src/types.ts',
];

const HOW_TO_NAME = [
  'Hand-written API types: name a generated one instead —',
  "Schemas['X'], Body<'operationId'>, Reply<'operationId', status>, QueryOf<'operationId'>,",
  "or a part of another alias (Foo['bar'][number], NonNullable<…>, Omit<…, 'key'>).",
  "A shape with no name in openapi.json gets one on the server's zod schema (`.meta({ id })`), then `npm run openapi`.",
].join(' ');

/** Exported type declarations that spell out a shape instead of naming a generated one. */
export function handWrittenTypes(file: string, source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^export (interface|type) (\w+)[^=\n{]*(=?)([^;]*;|[^\n]*)/gm)) {
    const [, kind, name, , rest = ''] = match;
    const rhs = rest
      // Indexing a generated type by a key: Schemas['X'], Foo['bar'].
      .replace(/\[['"][^'"]*['"]\]/g, '[]')
      // Naming an operation: Body<'createRole'>, Reply<'sendOutputFeedback', 201>, QueryOf<'search'>.
      .replace(/\b(Body|Reply|QueryOf)<'\w+'(,\s*\d+)?>/g, '$1<>')
      // Leaving out keys of a generated type: Omit<QueryOf<>, 'cursor' | 'limit'>.
      .replace(/\bOmit<([^'"]*?),\s*'\w+'(\s*\|\s*'\w+')*>/g, 'Omit<$1>');
    const spelledOut = kind === 'interface' || /[{'"]/.test(rhs.split(/\n(?=export )/)[0] ?? '');
    if (spelledOut) found.push(`${file}: ${name}`);
  }
  return found;
}

describe('API types', () => {
  it('are aliases of the generated OpenAPI types, not hand-written shapes', () => {
    const found = apiFiles.flatMap((file) =>
      handWrittenTypes(file, fs.readFileSync(path.join(root, file), 'utf8')),
    );
    expect(found, HOW_TO_NAME).toEqual([]);
  });

  it('keep their look-up helpers to the look-ups', () => {
    const source = fs.readFileSync(path.join(root, CONTRACT_HELPERS), 'utf8');
    const exported = [...source.matchAll(/^export (?:type|interface|const|function|class) (\w+)/gm)].map(
      (m) => m[1],
    );
    expect(exported.sort()).toEqual(['Body', 'QueryOf', 'Reply', 'Schemas']);
    expect(source).not.toMatch(/^export \{|^export \*/m);
  });

  it('recognizes a hand-written shape', () => {
    expect(
      handWrittenTypes(
        'x.ts',
        [
          'export interface A {\n  id: string;\n}',
          "export type B = 'a' | 'b';",
          "export type D = Omit<Schemas['X'], 'id'> & { extra: string };",
          "export type E = Record<'a' | 'b', number>;",
          "export type F = Exclude<Role, 'owner'>;",
          "export type G = Body<'x'> | 'other';",
          '',
        ].join('\n'),
      ),
    ).toEqual(['x.ts: A', 'x.ts: B', 'x.ts: D', 'x.ts: E', 'x.ts: F', 'x.ts: G']);
    expect(
      handWrittenTypes(
        'x.ts',
        [
          "export type A = Schemas['Application'];",
          "export type C = A['stage'];",
          "export type H = Reply<'getDecisionRequest'>['approvals'][number];",
          "export type I = Reply<'sendOutputFeedback', 201>;",
          "export type J = Omit<QueryOf<'listAuditEvents'>, 'cursor' | 'limit'>;",
          "export type K = NonNullable<Body<'createWorkflowStandard'>['policy']>;",
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
