import { sql } from 'drizzle-orm';
import type { Tx } from './types';

/** Matches ranked per query: beyond this many, the best are chosen among the first this many found. */
export const SEARCH_CANDIDATES = 1000;

/**
 * `trellis_search(...)`: learning search as a SECURITY DEFINER function scoped to the organization the
 * transaction is set to (the same `trellis_current_org()` the tenant policy uses). Under row-level
 * security PostgreSQL cannot use the GIN index for `@@` (the operator is not leakproof), so a search
 * read every row of the organization; inside the function, owned by the tables' owner, the index is used
 * and the organization filter is written out. `p_headline` names the match markers; the whole title
 * comes back marked, the body as its best two fragments. Runs after every migration, like rls.ts.
 */
export async function applySearchFunction(tx: Tx, appRole: string): Promise<void> {
  await tx.execute(
    sql.raw(`CREATE OR REPLACE FUNCTION trellis_search(
      p_query text, p_kinds text[], p_tag text, p_from timestamptz, p_to timestamptz, p_limit int, p_headline text)
    RETURNS TABLE (kind text, entity_id text, title text, snippet text, tags text[], link text, rank real,
                   updated_at timestamptz)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $f$
    DECLARE
      v_org uuid := trellis_current_org();
      v_query tsquery := websearch_to_tsquery('english', p_query);
    BEGIN
      IF v_org IS NULL THEN RETURN; END IF;
      RETURN QUERY
      WITH matches AS MATERIALIZED (
        SELECT d.kind AS k, d.entity_id AS e, d.title AS ti, d.body AS b, d.tags AS tg, d.link AS l,
               d.updated_at AS u, d.document AS doc
        FROM search_documents d
        WHERE d.organization_id = v_org AND d.document @@ v_query
          AND (p_kinds IS NULL OR d.kind = ANY (p_kinds))
          AND (p_tag IS NULL OR d.tags @> ARRAY[p_tag])
          AND (p_from IS NULL OR d.updated_at >= p_from)
          AND (p_to IS NULL OR d.updated_at < p_to)
        LIMIT ${SEARCH_CANDIDATES}
      ), top AS (
        SELECT m.*, ts_rank(m.doc, v_query) AS r FROM matches m ORDER BY r DESC, m.u DESC LIMIT p_limit
      )
      SELECT t.k, t.e, ts_headline('english', t.ti, v_query, p_headline || ', HighlightAll=true'),
             ts_headline('english', t.b, v_query,
               p_headline || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "'),
             t.tg, t.l, t.r, t.u
      FROM top t ORDER BY t.r DESC, t.u DESC;
    END $f$`),
  );
  await tx.execute(
    sql.raw(
      `REVOKE ALL ON FUNCTION trellis_search(text, text[], text, timestamptz, timestamptz, int, text) FROM PUBLIC`,
    ),
  );
  await tx.execute(
    sql.raw(
      `GRANT EXECUTE ON FUNCTION trellis_search(text, text[], text, timestamptz, timestamptz, int, text) TO ${appRole}`,
    ),
  );
}
