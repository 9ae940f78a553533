import { type SnippetPart, splitHighlights } from '@trellis/core';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { searchDocuments } from '../learning-schema';

/** The kinds indexed today; any service may index another kind with `indexSearchDocument`. */
export const searchKinds = ['insight', 'experiment', 'idea', 'review_comment', 'retrospective'] as const;
export type SearchKind = (typeof searchKinds)[number];

export interface SearchDocumentInput {
  kind: SearchKind;
  entityId: string;
  title: string;
  body: string;
  tags?: readonly string[];
  /** Where the web app shows the object. */
  link: string;
}

// Markers ts_headline wraps matches in; removed from indexed text so only the server's marks remain.
const START = '\u0002';
const STOP = '\u0003';
const clean = (text: string) => text.replaceAll('\u0000', '').replaceAll(START, '').replaceAll(STOP, '');

/** Creates or replaces the search document of one object, in the caller's transaction. */
export async function indexSearchDocument(tx: Tx, organizationId: string, doc: SearchDocumentInput) {
  const values = {
    title: clean(doc.title),
    body: clean(doc.body),
    tags: [...(doc.tags ?? [])],
    link: doc.link,
    updatedAt: new Date(),
  };
  await tx
    .insert(searchDocuments)
    .values({ organizationId, kind: doc.kind, entityId: doc.entityId, ...values })
    .onConflictDoUpdate({
      target: [searchDocuments.organizationId, searchDocuments.kind, searchDocuments.entityId],
      set: values,
    });
}

export async function removeSearchDocument(
  tx: Tx,
  organizationId: string,
  kind: SearchKind,
  entityId: string,
) {
  await tx
    .delete(searchDocuments)
    .where(
      and(
        eq(searchDocuments.organizationId, organizationId),
        eq(searchDocuments.kind, kind),
        eq(searchDocuments.entityId, entityId),
      ),
    );
}

export interface SearchFilters {
  q: string;
  kinds?: readonly string[] | undefined;
  tag?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
}

export interface SearchHit {
  kind: string;
  entityId: string;
  title: SnippetPart[];
  snippet: SnippetPart[];
  tags: string[];
  link: string;
  rank: number;
  updatedAt: Date;
}

const HEADLINE = `StartSel=${START}, StopSel=${STOP}`;

/**
 * Full-text search over the organization's documents (websearch syntax: words, "phrases", -not, or),
 * best first by ts_rank (title weighted above body), through `trellis_search` (db/search-function.ts) so
 * the GIN index serves it under row-level security. Snippets come back as parts marked matched or not,
 * never as markup.
 */
export async function search(tx: Tx, _ctx: OrgContext, f: SearchFilters): Promise<SearchHit[]> {
  const kinds = f.kinds?.length
    ? sql`ARRAY[${sql.join(
        f.kinds.map((k) => sql`${k}`),
        sql`, `,
      )}]::text[]`
    : sql`NULL::text[]`;
  const rows = await selectRows<{
    kind: string;
    entity_id: string;
    title: string;
    snippet: string;
    tags: string[];
    link: string;
    rank: number;
    updated_at: string | Date;
  }>(
    tx,
    sql`SELECT * FROM trellis_search(${f.q}, ${kinds}, ${f.tag ?? null}::text, ${f.from?.toISOString() ?? null}::timestamptz,
      ${f.to?.toISOString() ?? null}::timestamptz, ${f.limit}::int, ${HEADLINE})`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    entityId: r.entity_id,
    title: splitHighlights(r.title, START, STOP),
    snippet: splitHighlights(r.snippet, START, STOP),
    tags: r.tags,
    link: r.link,
    rank: Number(r.rank),
    updatedAt: new Date(r.updated_at),
  }));
}

/** Documents of one kind that share words with `text` (any of them), best first: "similar ideas". */
export async function similarDocuments(
  tx: Tx,
  ctx: OrgContext,
  kind: SearchKind,
  text: string,
  opts: { limit: number; exclude?: string | undefined },
) {
  const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].slice(0, 16);
  if (words.length === 0) return [];
  return selectRows<{ entity_id: string; title: string; rank: number }>(
    tx,
    sql`WITH q AS (SELECT websearch_to_tsquery('english', ${words.join(' or ')}) AS query)
      SELECT d.entity_id, d.title, ts_rank(d.document, q.query)::float8 AS rank
      FROM search_documents d, q
      WHERE d.organization_id = ${ctx.organizationId} AND d.kind = ${kind} AND d.document @@ q.query
        ${opts.exclude ? sql`AND d.entity_id <> ${opts.exclude}` : sql``}
      ORDER BY rank DESC LIMIT ${opts.limit}`,
  );
}
