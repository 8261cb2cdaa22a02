/**
 * Direction of travel: the change in the good direction, relative to |previous|, under the seed 001
 * key (better3) or Improving / Stable / Worsening (improving3).
 */
import type { PolarityKind, Reading, Target, Trend } from '../model';
import type { TrendRules } from '../rules/types';
import { shown } from './status';

const EPS = 1e-9;

function distanceFromBand(v: number, low: number, high: number): number {
  if (v < low) return low - v;
  if (v > high) return v - high;
  return 0;
}

/** The change in the good direction (positive = better); null when it cannot be judged. */
export function improvement(
  current: Reading,
  previous: Reading,
  polarity: PolarityKind,
  target: Target | null,
): number | null {
  const c = shown(current);
  const p = shown(previous);
  if (polarity === 'higher') return c - p;
  if (polarity === 'lower') return p - c;
  // Band: better means closer to the band.
  if (!target) return null;
  const low = target.kind === 'band' ? shown(target.low) : shown(target.value);
  const high = target.kind === 'band' ? shown(target.high) : shown(target.value);
  return distanceFromBand(p, low, high) - distanceFromBand(c, low, high);
}

/** Relative improvement (0.05 = 5% better). A previous of 0 makes any improvement infinitely large. */
export function relativeImprovement(change: number, previous: Reading): number {
  const base = Math.abs(shown(previous));
  if (base < EPS) {
    if (change > EPS) return Number.POSITIVE_INFINITY;
    if (change < -EPS) return Number.NEGATIVE_INFINITY;
    return 0;
  }
  return change / base;
}

export function scoreTrend(
  current: Reading,
  previous: Reading | null,
  polarity: PolarityKind | null,
  target: Target | null,
  rules: TrendRules,
): Trend | null {
  if (!previous || !polarity) return null;
  const change = improvement(current, previous, polarity, target);
  if (change === null || !Number.isFinite(change)) return null;
  const rel = relativeImprovement(change, previous);
  if (rules.scheme === 'improving3') {
    if (rel > rules.stableBand + EPS) return 'IMPROVING';
    if (rel < -rules.stableBand - EPS) return 'WORSENING';
    return 'STABLE';
  }
  if (change <= EPS) return 'NOT_BETTER';
  return rel >= rules.muchBetterThreshold - EPS ? 'MUCH_BETTER' : 'BIT_BETTER';
}
