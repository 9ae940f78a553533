/** SCIM list responses (RFC 7644 §3.4.2), written once for Users, Groups, ResourceTypes and Schemas. */

export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** A ListResponse: `resources` is the page that starts at `startIndex` (1-based) of `totalResults`. */
export function listResponse<R>(resources: R[], totalResults = resources.length, startIndex = 1) {
  return {
    schemas: [LIST_SCHEMA],
    totalResults,
    startIndex,
    itemsPerPage: resources.length,
    Resources: resources,
  };
}

/**
 * One page of a SCIM list: how many rows match (`total`), the `count` rows from `startIndex` (`rows` is given
 * the offset and limit), each rendered in turn — the request's transaction runs one query at a time.
 */
export async function scimListPage<Row, R>(
  page: { startIndex: number; count: number },
  query: {
    total: PromiseLike<{ n: number }[]>;
    rows: (offset: number, limit: number) => PromiseLike<Row[]>;
  },
  render: (row: Row) => Promise<R>,
) {
  const [total] = await query.total;
  const rows = await query.rows(page.startIndex - 1, page.count);
  const resources: R[] = [];
  for (const row of rows) resources.push(await render(row));
  return listResponse(resources, Number(total?.n ?? 0), page.startIndex);
}
