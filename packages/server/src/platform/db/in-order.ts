/**
 * Maps over items one at a time. Queries inside one transaction share one connection, and node-postgres
 * (from version 9) refuses a query issued while another is running on it — so code inside `db.tenant(…)`
 * awaits its queries in turn instead of `Promise.all`.
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (const [index, item] of items.entries()) out.push(await fn(item, index));
  return out;
}
