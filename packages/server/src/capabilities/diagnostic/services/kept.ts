import type { OrgContext } from '../../../platform/auth/request-auth';

/**
 * Reads kept per organization and role for `KEPT_TTL_MS`, for the expensive ones that change only when the
 * organization's data does (the diagnostic is some 80 queries over every capability's tables; the executive
 * summary is the diagnostic and the evidence of every application in use). Every kept read of an organization
 * is forgotten as soon as this process answers a successful write for it (app.ts calls `forgetKeptReads`);
 * writes no request makes here (another instance, a scheduler) show within the TTL. A value computed while a
 * write was answered is not kept, nor is a failed one.
 */
export const KEPT_TTL_MS = 60_000;

export interface KeptReads<T> {
  /** The kept value for the member's organization and role, or `compute()`'s (then kept), at `now`. */
  read(ctx: OrgContext, now: Date, compute: () => Promise<T>): Promise<T>;
  forget(organizationId: string): void;
}

const all: KeptReads<unknown>[] = [];

/**
 * A kept read. `sameSpan(keptAt, now)`: whether a value kept at `keptAt` may still answer at `now` within the
 * TTL (e.g. only in the same month, when reading it records something once a month).
 */
export function keptReads<T>(sameSpan: (keptAt: Date, now: Date) => boolean = () => true): KeptReads<T> {
  const kept = new Map<string, { at: Date; value: Promise<T> }>();
  const generations = new Map<string, number>();
  const reads: KeptReads<T> = {
    forget(organizationId) {
      generations.set(organizationId, (generations.get(organizationId) ?? 0) + 1);
      for (const key of kept.keys()) if (key.startsWith(`${organizationId}:`)) kept.delete(key);
    },
    async read(ctx, now, compute) {
      const key = `${ctx.organizationId}:${ctx.role}`;
      const hit = kept.get(key);
      const age = hit ? now.getTime() - hit.at.getTime() : -1;
      if (hit && age >= 0 && age < KEPT_TTL_MS && sameSpan(hit.at, now)) return hit.value;
      const generation = generations.get(ctx.organizationId) ?? 0;
      const value = compute();
      kept.set(key, { at: now, value });
      try {
        await value;
      } catch (error) {
        if (kept.get(key)?.value === value) kept.delete(key);
        throw error;
      }
      if ((generations.get(ctx.organizationId) ?? 0) !== generation && kept.get(key)?.value === value)
        kept.delete(key);
      return value;
    },
  };
  all.push(reads as KeptReads<unknown>);
  return reads;
}

/** The organization wrote: every kept read of it is stale. */
export function forgetKeptReads(organizationId: string): void {
  for (const reads of all) reads.forget(organizationId);
}
