import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeHeatmap, createRng, type HeatmapImpact, type HeatmapUnit, monthRange } from '@trellis/core';
import { and, eq, gte, lte } from 'drizzle-orm';
import { changeImpacts, orgUnits } from '../../packages/server/src/capabilities/capacity/capacity-schema';
import {
  computeUnitHeatmap,
  IMPACT_COLUMNS,
  windowOf,
} from '../../packages/server/src/capabilities/capacity/services/capacity';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import type { OrgContext } from '../../packages/server/src/platform/auth/request-auth';
import { openDatabase } from '../../packages/server/src/platform/db/client';

/**
 * `npm run bench:capacity`: the heatmap of 500 units × 24 months (the service: both SELECTs +
 * core's load, roll-up and status) against a same-process baseline, the plain SELECT of the same rows
 * (units and the impacts in the window) in the same kind of transaction. PGlite in memory.
 */
const UNITS = { divisions: 10, departmentsPerDivision: 4, teamsPerDepartment: 11.25 };
const IMPACTS_PER_TEAM = 6;
const MONTHS = 24;
const WARMUP = 5;
const RUNS = 30;
const here = path.dirname(fileURLToPath(import.meta.url));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1]!;

/** Runs the measures alternately (a, b, a, b, …) so drift in a shared machine's load hits both alike. */
async function timePaired(fns: Array<() => Promise<unknown>>) {
  for (let i = 0; i < WARMUP; i++) for (const fn of fns) await fn();
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (const [k, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      samples[k]!.push(performance.now() - t0);
    }
  }
  return samples.map((xs) => ({ medianMs: median(xs), p95Ms: p95(xs) }));
}

async function main() {
  const db = await openDatabase({ memory: true });
  const actor = { type: 'system' as const, id: null, name: 'bench' };
  const org = await db.system(async (tx) => {
    const user = await createUser(tx, {
      email: 'bench@example.com',
      name: 'Bench',
      password: 'a long enough password',
    });
    return createOrganization(tx, { name: 'Bench', ownerId: user.id, actor });
  });
  const ctx: OrgContext = { organizationId: org.id, role: 'owner', actor, requestId: 'bench' };
  const rng = createRng(7);
  const months = monthRange('2027-01', MONTHS);
  const { from, to } = windowOf(months);

  const counts = await db.tenant(org.id, async (tx) => {
    const unit = (
      name: string,
      kind: 'division' | 'department' | 'team',
      parentId: string | null,
      headcount: number,
    ) => ({
      organizationId: org.id,
      name,
      kind,
      parentId,
      headcount,
    });
    const divisions = await tx
      .insert(orgUnits)
      .values(Array.from({ length: UNITS.divisions }, (_, i) => unit(`Division ${i}`, 'division', null, 0)))
      .returning({ id: orgUnits.id });
    const departments = await tx
      .insert(orgUnits)
      .values(
        divisions.flatMap((d, i) =>
          Array.from({ length: UNITS.departmentsPerDivision }, (_, j) =>
            unit(`Dept ${i}.${j}`, 'department', d.id, 5),
          ),
        ),
      )
      .returning({ id: orgUnits.id });
    const teamCount = 500 - divisions.length - departments.length;
    const teams = await tx
      .insert(orgUnits)
      .values(
        Array.from({ length: teamCount }, (_, k) =>
          unit(`Team ${k}`, 'team', departments[k % departments.length]!.id, 4 + Math.floor(rng() * 12)),
        ),
      )
      .returning({ id: orgUnits.id, headcount: orgUnits.headcount });
    const impacts = teams.flatMap((t) =>
      Array.from({ length: IMPACTS_PER_TEAM }, (_, n) => {
        const startMonth = months[Math.floor(rng() * (MONTHS - 2))]!;
        const start = `${startMonth}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}`;
        const lengthDays = 20 + Math.floor(rng() * 120);
        const end = new Date(Date.parse(start) + lengthDays * 86_400_000).toISOString().slice(0, 10);
        const aspects = {
          process: Math.floor(rng() * 6),
          tools: Math.floor(rng() * 6),
          skills: Math.floor(rng() * 6),
        };
        return {
          organizationId: org.id,
          orgUnitId: t.id,
          title: `Change ${n}`,
          source: 'import' as const,
          aspects,
          points: aspects.process + aspects.tools + aspects.skills,
          peopleAffected: 1 + Math.floor(rng() * t.headcount),
          startDate: start,
          endDate: end,
        };
      }),
    );
    for (let i = 0; i < impacts.length; i += 1000)
      await tx.insert(changeImpacts).values(impacts.slice(i, i + 1000));
    return { units: divisions.length + departments.length + teams.length, impacts: impacts.length };
  });

  let cells = 0;
  let inputs: { units: HeatmapUnit[]; impacts: HeatmapImpact[] } = { units: [], impacts: [] };
  const [baseline, heatmap] = await timePaired([
    () =>
      db.tenant(org.id, async (tx) => {
        await Promise.all([
          tx.select().from(orgUnits).where(eq(orgUnits.organizationId, org.id)),
          tx
            .select(IMPACT_COLUMNS)
            .from(changeImpacts)
            .where(
              and(
                eq(changeImpacts.organizationId, org.id),
                lte(changeImpacts.startDate, to),
                gte(changeImpacts.endDate, from),
              ),
            ),
        ]).then(([units, impacts]) => {
          inputs = { units, impacts };
        });
      }),
    async () => {
      const result = await db.tenant(org.id, (tx) => computeUnitHeatmap(tx, ctx, months));
      cells = result.rows.length * result.months.length;
    },
  ]);
  const [core] = await timePaired([async () => computeHeatmap(inputs.units, inputs.impacts, months)]);
  await db.close();

  if (!baseline || !heatmap || !core) throw new Error('missing measure');
  const ratio = heatmap.medianMs / baseline.medianMs;
  const rows = [
    ['baseline: plain SELECT of the same rows', baseline.medianMs, baseline.p95Ms],
    ['heatmap (SELECTs + core load, roll-up, status)', heatmap.medianMs, heatmap.p95Ms],
    ['core computeHeatmap alone (no I/O)', core.medianMs, core.p95Ms],
  ] as const;
  console.log(
    `\nCapacity heatmap: ${counts.units} units × ${MONTHS} months (${cells} cells), ${counts.impacts} impacts, PGlite in memory, median of ${RUNS} after ${WARMUP} warm-up\n`,
  );
  console.log('| measure | median ms | p95 ms |');
  console.log('|---|---:|---:|');
  for (const [name, m, p] of rows) console.log(`| ${name} | ${m.toFixed(2)} | ${p.toFixed(2)} |`);
  console.log(`\nheatmap ÷ baseline (medians): ${ratio.toFixed(2)}×\n`);
  const out = path.join(here, '../results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, 'capacity.json');
  writeFileSync(
    file,
    `${JSON.stringify({ engine: 'pglite', ...counts, months: MONTHS, cells, runs: RUNS, baseline, heatmap, core, ratio }, null, 2)}\n`,
  );
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}

await main();
