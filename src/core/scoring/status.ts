/**
 * Status against target under the four schemes. Values are compared as the sheet displays them,
 * so 94.999999 shown as 95% meets a 95% target.
 */
import { roundTo } from '../format/number-text';
import type { PolarityKind, Reading, Status, Target } from '../model';
import type { StatusScheme, Tolerance } from '../rules/types';

/** Float noise allowance for comparisons of displayed values (never a real difference). */
const EPS = 1e-9;

export function shown(r: Reading): number {
  return roundTo(r.value, r.decimals);
}

/** The tolerance (or exceeding margin) in the indicator's unit, for a target value. */
export function toleranceAmount(t: Tolerance, targetValue: number): number {
  const v = Number.isFinite(t.value) && t.value > 0 ? t.value : 0;
  return t.kind === 'absolute' ? v : (v / 100) * Math.abs(targetValue);
}

export interface Gap {
  /** How much better than target (positive) or worse (negative); for a band, 0 inside it. */
  gap: number;
  /** The target value the tolerance is a percentage of (the nearer band edge for a band). */
  reference: number;
  /** Inside the band, for band targets. */
  inBand?: boolean;
}

/**
 * The gap for any target and polarity. A band target (or band polarity) scores as a band; a single
 * target with band polarity is a band of one value.
 */
export function gapOf(actual: Reading, target: Target, polarity: PolarityKind): Gap {
  const a = shown(actual);
  const decimals = Math.max(
    actual.decimals,
    target.kind === 'band' ? Math.max(target.low.decimals, target.high.decimals) : target.value.decimals,
  );
  // Differences tidied to six places past the figures' own (no closure made per call for it).
  const places = Math.min(15, decimals + 6);
  if (target.kind === 'band' || polarity === 'band') {
    const low = target.kind === 'band' ? shown(target.low) : shown(target.value);
    const high = target.kind === 'band' ? shown(target.high) : shown(target.value);
    if (a < low - EPS) return { gap: roundTo(a - low, places), reference: low, inBand: false };
    if (a > high + EPS) return { gap: roundTo(high - a, places), reference: high, inBand: false };
    return { gap: 0, reference: a, inBand: true };
  }
  const t = shown(target.value);
  return { gap: roundTo(polarity === 'higher' ? a - t : t - a, places), reference: t };
}

export interface StatusInput {
  actual: Reading;
  target: Target;
  polarity: PolarityKind;
  scheme: StatusScheme;
  tolerance: Tolerance;
  exceedMargin: Tolerance;
  /** amber-if-improving: did the actual improve on the same period last year? null = not known. */
  improvedOnLastYear?: boolean | null;
}

export function scoreStatus(input: StatusInput): Status {
  const { gap, reference, inBand } = gapOf(input.actual, input.target, input.polarity);
  const tol = toleranceAmount(input.tolerance, reference);
  const band = inBand !== undefined;
  const withinTolerance = -gap <= tol + EPS;
  switch (input.scheme) {
    case 'tolerance-on-track':
      // Seed 003: only clearly better than target is Green; near it either side is Amber.
      if (band) return inBand ? 'GREEN' : withinTolerance ? 'AMBER' : 'RED';
      if (gap > tol + EPS) return 'GREEN';
      return withinTolerance ? 'AMBER' : 'RED';
    case 'brag': {
      if (!band && gap > 0) {
        const margin = toleranceAmount(input.exceedMargin, reference);
        if (gap >= margin - EPS) return 'BLUE';
      }
      return ragStatus(gap, withinTolerance);
    }
    case 'amber-if-improving':
      if (gap >= -EPS || withinTolerance) return ragStatus(gap, withinTolerance);
      return input.improvedOnLastYear === true ? 'AMBER' : 'RED';
    case 'rag':
    default:
      return ragStatus(gap, withinTolerance);
  }
}

function ragStatus(gap: number, withinTolerance: boolean): Status {
  if (gap >= -EPS) return 'GREEN';
  return withinTolerance ? 'AMBER' : 'RED';
}
