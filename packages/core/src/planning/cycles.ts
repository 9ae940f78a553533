/**
 * A dependency cycle among steps, as the ids along it (a → b → … → back to the first), or null.
 * Iterative depth-first search with three colours; every `dependsOn` id must name a step.
 */
export function findDependencyCycle(steps: { id: string; dependsOn: string[] }[]): string[] | null {
  const deps = new Map(steps.map((s) => [s.id, s.dependsOn]));
  const state = new Map<string, 'open' | 'done'>();
  for (const root of steps) {
    if (state.has(root.id)) continue;
    const path: string[] = [root.id];
    const next: number[] = [0];
    state.set(root.id, 'open');
    while (path.length > 0) {
      const id = path[path.length - 1]!;
      const list = deps.get(id)!;
      const k = next[next.length - 1]!;
      if (k === list.length) {
        state.set(id, 'done');
        path.pop();
        next.pop();
        continue;
      }
      next[next.length - 1] = k + 1;
      const dep = list[k]!;
      const seen = state.get(dep);
      if (seen === 'open') return path.slice(path.indexOf(dep)).reverse();
      if (seen === undefined) {
        state.set(dep, 'open');
        path.push(dep);
        next.push(0);
      }
    }
  }
  return null;
}
