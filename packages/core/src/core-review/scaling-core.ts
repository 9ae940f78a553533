import { requireParameter } from '../errors';
import {
  type BoardPosition,
  type ElementKind,
  type Recommendation,
  recommendElement,
} from './recommendation';

export interface ReviewElement {
  id: string;
  kind: ElementKind;
  name: string;
  description: string;
  /** null while the element is not yet placed on the board. */
  position: BoardPosition | null;
  hiddenHoursPerWeek: number;
  carriedBy: string;
}

export interface CoreElement extends ReviewElement {
  position: BoardPosition;
  recommendation: Recommendation;
  borderline: boolean;
}

export interface ScalingCore {
  /** Valuable and systematizable: carries forward as it is. */
  carryForward: CoreElement[];
  /** Valuable but heroic: carries forward only once re-engineered. */
  reengineer: CoreElement[];
  /** Systematizable but only shown to work under pilot conditions. */
  retest: CoreElement[];
  leaveBehind: CoreElement[];
  /** Not placed yet: a package with unplaced elements is incomplete. */
  unplaced: ReviewElement[];
  /** Weekly hidden hours of the elements to re-engineer: the heroic effort a scaled version must replace. */
  heroicHoursToReplace: number;
  hiddenHoursTotal: number;
  /** Hidden hours per person or role who carries them, largest first. */
  hoursByCarrier: { carriedBy: string; hoursPerWeek: number }[];
  borderlineCount: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Sorts the review's elements into the core that carries forward and what stays behind. */
export function buildScalingCore(elements: ReviewElement[]): ScalingCore {
  const core: ScalingCore = {
    carryForward: [],
    reengineer: [],
    retest: [],
    leaveBehind: [],
    unplaced: [],
    heroicHoursToReplace: 0,
    hiddenHoursTotal: 0,
    hoursByCarrier: [],
    borderlineCount: 0,
  };
  const byCarrier = new Map<string, number>();
  for (const element of elements) {
    requireParameter(
      Number.isFinite(element.hiddenHoursPerWeek) && element.hiddenHoursPerWeek >= 0,
      'hiddenHoursPerWeek',
      `must be zero or more (element ${element.name})`,
    );
    core.hiddenHoursTotal += element.hiddenHoursPerWeek;
    if (element.hiddenHoursPerWeek > 0) {
      const who = element.carriedBy.trim() || 'Unassigned';
      byCarrier.set(who, (byCarrier.get(who) ?? 0) + element.hiddenHoursPerWeek);
    }
    if (!element.position) {
      core.unplaced.push(element);
      continue;
    }
    const { recommendation, borderline } = recommendElement(element.position);
    const placed: CoreElement = { ...element, position: element.position, recommendation, borderline };
    if (borderline) core.borderlineCount += 1;
    const bucket = {
      scale: core.carryForward,
      systematize_first: core.reengineer,
      retest: core.retest,
      leave_behind: core.leaveBehind,
    }[recommendation];
    bucket.push(placed);
    if (recommendation === 'systematize_first') core.heroicHoursToReplace += element.hiddenHoursPerWeek;
  }
  core.heroicHoursToReplace = round2(core.heroicHoursToReplace);
  core.hiddenHoursTotal = round2(core.hiddenHoursTotal);
  core.hoursByCarrier = [...byCarrier]
    .map(([carriedBy, hours]) => ({ carriedBy, hoursPerWeek: round2(hours) }))
    .sort((a, b) => b.hoursPerWeek - a.hoursPerWeek || a.carriedBy.localeCompare(b.carriedBy));
  return core;
}

/** Share of workflow-step elements the core carries forward (scaled as is, or after systematizing). */
export function workflowStepCoverage(core: ScalingCore): { covered: number; total: number } | null {
  const isStep = (e: ReviewElement) => e.kind === 'workflow_step';
  const covered = [...core.carryForward, ...core.reengineer].filter(isStep).length;
  const total = covered + [...core.retest, ...core.leaveBehind, ...core.unplaced].filter(isStep).length;
  return total === 0 ? null : { covered, total };
}
