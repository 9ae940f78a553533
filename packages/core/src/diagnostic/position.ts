import { requireParameter } from '../errors';
import { displayedIndicatorValue } from './format';
import { type DiagnosticSide, INDICATORS, type IndicatorKey } from './indicators';

/** How much lies behind a value: the count of what it is computed from, and the days of history it covers. */
export interface IndicatorEvidence {
  count: number;
  days: number;
}

/** An indicator's measured value (null when its data does not exist yet) and its trend, oldest first. */
export interface IndicatorReading {
  key: IndicatorKey;
  value: number | null;
  trend: Array<number | null>;
  /** What the value rests on; without it the value is taken as resting on enough. */
  evidence?: IndicatorEvidence;
}

/**
 * Pressure in [0, 1]: 0 at or better than `healthy`, 1 at or past `alarm`, linear in between. Works for both
 * directions (alarm above or below healthy). Null when there is no value. Judged on the value as it is shown
 * (`displayedIndicatorValue`), so the status and the numbers beside it never disagree.
 */
export function indicatorPressure(key: IndicatorKey, value: number | null): number | null {
  if (value === null) return null;
  requireParameter(Number.isFinite(value), 'value', 'must be a finite number');
  const { healthy, alarm, unit } = INDICATORS[key];
  const p = (displayedIndicatorValue(unit, value) - healthy) / (alarm - healthy);
  return Math.min(1, Math.max(0, p));
}

/** Whether the evidence reaches the indicator's minimum (count and days of history). */
export function hasEnoughEvidence(key: IndicatorKey, evidence: IndicatorEvidence | undefined): boolean {
  if (!evidence) return true;
  const { minimum } = INDICATORS[key];
  return evidence.count >= minimum.count && evidence.days >= minimum.days;
}

export const indicatorStatuses = ['no_data', 'too_early', 'healthy', 'watch', 'alarm'] as const;
export type IndicatorStatus = (typeof indicatorStatuses)[number];

export const STATUS_LABELS: Record<IndicatorStatus, string> = {
  no_data: 'No data',
  too_early: 'Too early to tell',
  healthy: 'Healthy',
  watch: 'Watch',
  alarm: 'Alarm',
};

/**
 * The one status rule: no value → no data; a value on less than the minimum evidence → too early to tell;
 * else healthy at or better than `healthy`, alarm at or past `alarm` (both as shown), watch in between.
 */
export function indicatorStatus(reading: Omit<IndicatorReading, 'trend'>): IndicatorStatus {
  const pressure = indicatorPressure(reading.key, reading.value);
  if (pressure === null) return 'no_data';
  if (!hasEnoughEvidence(reading.key, reading.evidence)) return 'too_early';
  if (pressure >= 1) return 'alarm';
  return pressure > 0 ? 'watch' : 'healthy';
}

/** The pressure an indicator puts on the position: null unless it has a status (data and enough evidence). */
export function judgedPressure(reading: Omit<IndicatorReading, 'trend'>): number | null {
  return hasEnoughEvidence(reading.key, reading.evidence)
    ? indicatorPressure(reading.key, reading.value)
    : null;
}

/** Fewer indicators with a status than this and the position is "too early to tell". */
export const MIN_INDICATORS_FOR_POSITION = 4;

export type DiagnosticZone = 'scale_everything' | 'strategic_expansion' | 'governance_first' | 'too_early';

/** Within this distance of 0 the position counts as strategic expansion. */
export const MIDDLE_BAND = 0.2;

export interface PositionContribution {
  key: IndicatorKey;
  side: DiagnosticSide;
  pressure: number;
  /** Signed pull on the position: negative toward scale-everything, positive toward governance-first. */
  pull: number;
}

export interface DiagnosticPosition {
  /** −1 (scale-everything) … 0 (strategic expansion) … +1 (governance-first). */
  position: number;
  zone: DiagnosticZone;
  /** Mean pressure of each side's indicators with data (null when a side has none). */
  scalePressure: number | null;
  governancePressure: number | null;
  /** Both sides under pressure at once: the middle is then a tug of war, not balance. */
  strainedBothWays: boolean;
  /** Indicators with data, largest pull first. */
  contributions: PositionContribution[];
  /** The three indicators that move the position most (pressure above 0). */
  drivers: PositionContribution[];
  /** Indicators with no value, and (apart) those with a value on less than their minimum evidence. */
  withoutData: IndicatorKey[];
  tooEarly: IndicatorKey[];
  /** Indicators with a status, and how many the position needs (below it the zone is too_early). */
  judged: number;
  needed: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * The two-sided position: governance pressure minus scale pressure, each the mean pressure of that side's
 * indicators that have a status (a value on enough evidence), so an indicator without one does not move it.
 * With fewer than MIN_INDICATORS_FOR_POSITION indicators judged the zone is `too_early` and nothing drives it. Each indicator's pull is its
 * pressure divided by the number of indicators with data on its side (its share of the difference).
 */
export function diagnosticPosition(readings: readonly IndicatorReading[]): DiagnosticPosition {
  const seen = new Set<IndicatorKey>();
  const withData: Array<{ key: IndicatorKey; side: DiagnosticSide; pressure: number }> = [];
  const withoutData: IndicatorKey[] = [];
  const tooEarly: IndicatorKey[] = [];
  for (const r of readings) {
    requireParameter(!seen.has(r.key), 'readings', `indicator ${r.key} appears twice`);
    seen.add(r.key);
    const status = indicatorStatus(r);
    if (status === 'no_data') withoutData.push(r.key);
    else if (status === 'too_early') tooEarly.push(r.key);
    else
      withData.push({
        key: r.key,
        side: INDICATORS[r.key].side,
        pressure: indicatorPressure(r.key, r.value)!,
      });
  }
  const enough = withData.length >= MIN_INDICATORS_FOR_POSITION;
  const bySide = (side: DiagnosticSide) => withData.filter((x) => x.side === side);
  const scale = bySide('scale_everything');
  const governance = bySide('governance_first');
  const scalePressure = mean(scale.map((x) => x.pressure));
  const governancePressure = mean(governance.map((x) => x.pressure));
  const position = enough ? (governancePressure ?? 0) - (scalePressure ?? 0) : 0;
  const contributions = withData
    .map((x) => ({
      ...x,
      pull: x.side === 'scale_everything' ? -x.pressure / scale.length : x.pressure / governance.length,
    }))
    .sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull) || a.key.localeCompare(b.key));
  const zone: DiagnosticZone = !enough
    ? 'too_early'
    : position < -MIDDLE_BAND
      ? 'scale_everything'
      : position > MIDDLE_BAND
        ? 'governance_first'
        : 'strategic_expansion';
  return {
    position,
    zone,
    scalePressure,
    governancePressure,
    strainedBothWays: enough && (scalePressure ?? 0) >= 0.5 && (governancePressure ?? 0) >= 0.5,
    contributions,
    drivers: enough ? contributions.filter((c) => c.pressure > 0).slice(0, 3) : [],
    withoutData,
    tooEarly,
    judged: withData.length,
    needed: MIN_INDICATORS_FOR_POSITION,
  };
}

export const ZONE_LABELS: Record<DiagnosticZone, string> = {
  scale_everything: 'Toward scale-everything',
  strategic_expansion: 'Strategic expansion',
  governance_first: 'Toward governance-first',
  too_early: 'Too early to tell',
};
