import type { CapacityStatus, OrgUnit } from '../../api/capacity';
import { formatMonth } from '../../format';

export const STATUS_COLOR: Record<CapacityStatus, string> = { green: 'teal', amber: 'yellow', red: 'red' };
export const STATUS_LABEL: Record<CapacityStatus, string> = {
  green: 'Within capacity',
  amber: 'Near capacity',
  red: 'Over capacity',
};

export const formatRatio = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)}%`);
export const formatPoints = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

export const ASPECT_LABEL: Record<string, string> = {
  process: 'Process',
  tools: 'Tools',
  roles: 'Roles',
  skills: 'Skills',
  behaviours: 'Behaviours',
  performance_measures: 'Performance measures',
  reporting_lines: 'Reporting lines',
  location: 'Location',
};

/** `YYYY-MM` of a date, and a readable label for it. */
export const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
export const monthLabel = formatMonth;

/** Units in tree order (each parent followed by its children), with their depth. */
export function treeOrder(units: OrgUnit[]): Array<{ unit: OrgUnit; depth: number }> {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, OrgUnit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: Array<{ unit: OrgUnit; depth: number }> = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      out.push({ unit: u, depth });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export const unitOptions = (units: OrgUnit[]) =>
  treeOrder(units).map(({ unit, depth }) => ({ value: unit.id, label: `${'· '.repeat(depth)}${unit.name}` }));
