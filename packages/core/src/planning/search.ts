import type { Rng } from '../random';
import { ledgerValue } from './heuristics';
import type { UnitLedger } from './ledger';
import type { PreparedProblem } from './prepare';

/** One change to the schedule, so a rejected move can be undone in reverse order. */
type Change = { step: number; from: number; to: number };

/**
 * Simulated annealing with ejection: a move puts one step (deferred or scheduled) at another of its start
 * months, ejecting whatever stands in its way (steps over a unit's capacity or concurrency in its months,
 * dependents that would start too early, and their dependents in turn), then tries the ejected steps, and
 * the other deferred steps on the moved step's units, again at their earliest fit. Better moves are kept,
 * worse ones with probability e^(Δ/T), T cooling to near zero by the end. The best schedule seen is left
 * in `ledger`. Runs until `until.deadline` (milliseconds of `until.now`, `performance.now` unless given; read
 * once per 32 moves) or, when given, `until.moves` moves (then the cooling follows the moves, and a seeded run
 * is repeatable); returns the moves tried.
 */
export function improveByAnnealing(
  prepared: PreparedProblem,
  ledger: UnitLedger,
  until: { deadline: number; moves?: number; now?: () => number },
  rng: Rng,
): number {
  const { steps, discount, units } = prepared;
  const movable = steps.filter((s) => s.weight > 0 && s.starts.length > 0).map((s) => s.index);
  if (movable.length === 0) return 0;
  const dependents: number[][] = steps.map(() => []);
  for (const step of steps) for (const d of step.deps) dependents[d]!.push(step.index);
  const onUnit: number[][] = units.map(() => []);
  for (const step of steps) for (const { unit } of step.loads) onUnit[unit]!.push(step.index);
  const worth = (s: number, t: number) => (t < 0 ? 0 : steps[s]!.weight * discount[t]!);

  let value = ledgerValue(prepared, ledger);
  let bestValue = value;
  let best = Int32Array.from(ledger.start);
  const meanWeight = movable.reduce((sum, s) => sum + steps[s]!.weight, 0) / movable.length;
  const startTemperature = 0.3 * meanWeight;
  const clock = until.now ?? (() => performance.now());
  const began = clock();
  const span = Math.max(until.deadline - began, 1);
  const maxMoves = until.moves ?? Number.POSITIVE_INFINITY;
  let temperature = startTemperature;
  let moves = 0;
  const changes: Change[] = [];
  const ejected: number[] = [];

  const set = (s: number, t: number) => {
    const from = ledger.start[s]!;
    if (from === t) return;
    if (from >= 0) ledger.remove(s);
    if (t >= 0) ledger.add(s, t);
    changes.push({ step: s, from, to: t });
    value += worth(s, t) - worth(s, from);
  };
  /** Removes a step and every scheduled step that depends on it. */
  const eject = (s: number) => {
    if (ledger.start[s]! < 0) return;
    set(s, -1);
    ejected.push(s);
    for (const d of dependents[s]!) eject(d);
  };
  const prerequisitesEndBefore = (s: number, t: number) =>
    steps[s]!.deps.every((d) => {
      const start = ledger.start[d]!;
      return start >= 0 && start + steps[d]!.duration <= t;
    });
  /** Ejects occupants of the step's units until it fits at t; false if it cannot. */
  const makeRoom = (s: number, t: number) => {
    const step = steps[s]!;
    for (const d of dependents[s]!) {
      const start = ledger.start[d]!;
      if (start >= 0 && start < t + step.duration) eject(d);
    }
    for (const { unit, load, concurrent } of step.loads) {
      const { capacity, maxConcurrent } = units[unit]!;
      const over = (m: number) =>
        ledger.load[unit]![m]! + load > capacity[m]! + 1e-9 * Math.max(1, capacity[m]!) ||
        (concurrent && ledger.active[unit]![m]! + 1 > maxConcurrent);
      for (let m = t; m < t + step.duration; m++) {
        while (over(m)) {
          const occupants = onUnit[unit]!.filter((o) => {
            const start = ledger.start[o]!;
            return o !== s && start >= 0 && start <= m && m < start + steps[o]!.duration;
          });
          if (occupants.length === 0) break;
          let pick = occupants[Math.floor(rng() * occupants.length)]!;
          if (rng() < 0.5) {
            for (const o of occupants)
              if (worth(o, ledger.start[o]!) < worth(pick, ledger.start[pick]!)) pick = o;
          }
          eject(pick);
        }
      }
    }
    return ledger.fits(s, t);
  };

  while (true) {
    if ((moves & 31) === 0) {
      const now = clock();
      if (now >= until.deadline || moves >= maxMoves) break;
      const progress = Math.max((now - began) / span, moves / maxMoves);
      temperature = startTemperature * 0.001 ** progress;
    }
    moves++;
    const s = movable[Math.floor(rng() * movable.length)]!;
    const step = steps[s]!;
    const t = step.starts[Math.floor(rng() * step.starts.length)]!;
    if (t === ledger.start[s]! || !prerequisitesEndBefore(s, t)) continue;
    changes.length = 0;
    ejected.length = 0;
    const before = value;
    if (ledger.start[s]! >= 0) set(s, -1);
    if (makeRoom(s, t)) {
      set(s, t);
      ejected.sort((a, b) => steps[b]!.weight - steps[a]!.weight);
      for (const e of ejected) {
        if (ledger.start[e]! >= 0) continue;
        const again = steps[e]!.starts.find((m) => prerequisitesEndBefore(e, m) && ledger.fits(e, m));
        if (again !== undefined) set(e, again);
      }
      // What the move freed may fit other deferred steps on the same units.
      for (const { unit } of step.loads) {
        for (const o of onUnit[unit]!) {
          if (ledger.start[o]! >= 0 || steps[o]!.weight === 0) continue;
          const again = steps[o]!.starts.find((m) => prerequisitesEndBefore(o, m) && ledger.fits(o, m));
          if (again !== undefined) set(o, again);
        }
      }
    }
    const delta = value - before;
    if (delta >= 0 || rng() < Math.exp(delta / temperature)) {
      if (value > bestValue + 1e-9) {
        bestValue = value;
        best = Int32Array.from(ledger.start);
      }
      continue;
    }
    for (let i = changes.length - 1; i >= 0; i--) {
      const { step: c, from, to } = changes[i]!;
      if (to >= 0) ledger.remove(c);
      if (from >= 0) ledger.add(c, from);
    }
    value = before;
  }
  for (const s of steps) if (ledger.start[s.index]! >= 0) ledger.remove(s.index);
  best.forEach((t, s) => {
    if (t >= 0) ledger.add(s, t);
  });
  return moves;
}
