import { type DecisionType, decisionTypes } from './risk';

export const raciLetters = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof raciLetters)[number];

/** One cell of the decision-rights grid: a role's part in a decision type, org-wide (scope null) or in one org unit. */
export interface RaciCell {
  decisionType: DecisionType;
  scope: string | null;
  role: string;
  letter: RaciLetter;
}

export interface RaciProblem {
  index: number | null;
  decisionType: DecisionType;
  scope: string | null;
  message: string;
}

/**
 * Validates a decision-rights matrix: one letter per role per decision type and scope, and exactly one
 * Accountable for every decision type and scope that has any cell. The org-wide scope must cover every
 * decision type so each request has someone accountable.
 */
export function validateRaci(cells: readonly RaciCell[]): RaciProblem[] {
  const problems: RaciProblem[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, { decisionType: DecisionType; scope: string | null; accountable: number }>();
  cells.forEach((cell, index) => {
    const key = `${cell.decisionType}|${cell.scope ?? ''}|${cell.role}`;
    if (seen.has(key))
      problems.push({
        index,
        decisionType: cell.decisionType,
        scope: cell.scope,
        message: `${cell.role} has two letters`,
      });
    seen.add(key);
    const g = `${cell.decisionType}|${cell.scope ?? ''}`;
    const group = groups.get(g) ?? { decisionType: cell.decisionType, scope: cell.scope, accountable: 0 };
    if (cell.letter === 'A') group.accountable++;
    groups.set(g, group);
  });
  for (const group of groups.values())
    if (group.accountable !== 1)
      problems.push({
        index: null,
        decisionType: group.decisionType,
        scope: group.scope,
        message: `needs exactly one Accountable role (has ${group.accountable})`,
      });
  for (const type of decisionTypes)
    if (!groups.has(`${type}|`))
      problems.push({
        index: null,
        decisionType: type,
        scope: null,
        message: 'needs an organization-wide Accountable role',
      });
  return problems;
}

/** The cells that apply to a request: the org unit's own, when it has any for the type, else the org-wide ones. */
export function applicableRaci(
  cells: readonly RaciCell[],
  decisionType: DecisionType,
  orgUnitId: string | null,
): RaciCell[] {
  const own = orgUnitId ? cells.filter((c) => c.decisionType === decisionType && c.scope === orgUnitId) : [];
  return own.length ? own : cells.filter((c) => c.decisionType === decisionType && c.scope === null);
}

/** The default matrix: owners accountable, admins and leads responsible, reviewers consulted, everyone else informed. */
export function defaultRaci(): RaciCell[] {
  return decisionTypes.flatMap((decisionType) => [
    { decisionType, scope: null, role: 'owner', letter: 'A' as const },
    { decisionType, scope: null, role: 'admin', letter: 'R' as const },
    { decisionType, scope: null, role: 'lead', letter: 'R' as const },
    { decisionType, scope: null, role: 'reviewer', letter: 'C' as const },
    { decisionType, scope: null, role: 'contributor', letter: 'I' as const },
  ]);
}

/**
 * A saved grid with the default cells added for every decision type it has no organization-wide cells
 * for, so a decision type added after the grid was saved still has someone accountable.
 */
export function completeRaci(cells: readonly RaciCell[]): RaciCell[] {
  const covered = new Set(cells.filter((c) => c.scope === null).map((c) => c.decisionType));
  return [...cells, ...defaultRaci().filter((c) => !covered.has(c.decisionType))];
}
