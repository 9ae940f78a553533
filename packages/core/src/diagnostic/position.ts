import { requireParameter } from '../errors';
import { type DiagnosticSide, INDICATORS, type IndicatorKey } from './indicators';

/** An indicator's measured value (null when its data does not exist yet) and its trend, oldest first. */
export interface IndicatorReading {
  key: IndicatorKey;
  value: number | null;
  trend: Array<number | null>;
}

/**
 * Pressure in [0, 1]: 0 at or better than `healthy`, 1 at or past `alarm`, linear in between. Works for both
 * directions (alarm above or below healthy). Null when there is no value.
 */
export function indicatorPressure(key: IndicatorKey, value: number | null): number | null {
  if (value === null) return null;
  requireParameter(Number.isFinite(value), 'value', 'must be a finite number');
  const { healthy, alarm } = INDICATORS[key];
  const p = (value - healthy) / (alarm - healthy);
  return Math.min(1, Math.max(0, p));
}

export type DiagnosticZone = 'scale_everything' | 'strategic_expansion' | 'governance_first';

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
  withoutData: IndicatorKey[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/**
 * The two-sided position: governance pressure minus scale pressure, each the mean pressure of that side's
 * indicators that have data, so an indicator without data does not move it. Each indicator's pull is its
 * pressure divided by the number of indicators with data on its side (its share of the difference).
 */
export function diagnosticPosition(readings: readonly IndicatorReading[]): DiagnosticPosition {
  const seen = new Set<IndicatorKey>();
  const withData: Array<{ key: IndicatorKey; side: DiagnosticSide; pressure: number }> = [];
  const withoutData: IndicatorKey[] = [];
  for (const r of readings) {
    requireParameter(!seen.has(r.key), 'readings', `indicator ${r.key} appears twice`);
    seen.add(r.key);
    const pressure = indicatorPressure(r.key, r.value);
    if (pressure === null) withoutData.push(r.key);
    else withData.push({ key: r.key, side: INDICATORS[r.key].side, pressure });
  }
  const bySide = (side: DiagnosticSide) => withData.filter((x) => x.side === side);
  const scale = bySide('scale_everything');
  const governance = bySide('governance_first');
  const scalePressure = mean(scale.map((x) => x.pressure));
  const governancePressure = mean(governance.map((x) => x.pressure));
  const position = (governancePressure ?? 0) - (scalePressure ?? 0);
  const contributions = withData
    .map((x) => ({
      ...x,
      pull: x.side === 'scale_everything' ? -x.pressure / scale.length : x.pressure / governance.length,
    }))
    .sort((a, b) => Math.abs(b.pull) - Math.abs(a.pull) || a.key.localeCompare(b.key));
  const zone: DiagnosticZone =
    position < -MIDDLE_BAND
      ? 'scale_everything'
      : position > MIDDLE_BAND
        ? 'governance_first'
        : 'strategic_expansion';
  return {
    position,
    zone,
    scalePressure,
    governancePressure,
    strainedBothWays: (scalePressure ?? 0) >= 0.5 && (governancePressure ?? 0) >= 0.5,
    contributions,
    drivers: contributions.filter((c) => c.pressure > 0).slice(0, 3),
    withoutData,
  };
}

export const ZONE_LABELS: Record<DiagnosticZone, string> = {
  scale_everything: 'Toward scale-everything',
  strategic_expansion: 'Strategic expansion',
  governance_first: 'Toward governance-first',
};
