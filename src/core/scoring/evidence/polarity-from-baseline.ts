/**
 * Evidence 3: the baseline-to-target direction (a target set above its baseline means bigger is
 * better). Only a column called a baseline is the figure a target was set from: a "Prev. 6 months
 * average" is the trend's reference, not evidence of which way is good.
 */
import type { Reading, Target } from '../../model';
import type { PolarityEvidence } from './types';

export function polarityFromBaseline(
  baseline: Reading | null,
  target: Target | null,
  label = 'Baseline',
): PolarityEvidence | null {
  if (!baseline || target?.kind !== 'value' || !/\bbaseline\b/i.test(label.slice(0, 100))) return null;
  const t = target.value.value;
  const b = baseline.value;
  if (t === b) return null;
  const polarity = t > b ? 'higher' : 'lower';
  return {
    kind: 'baseline',
    polarity,
    says: `the target (${t}) set ${t > b ? 'above' : 'below'} the baseline (${b})`,
  };
}
