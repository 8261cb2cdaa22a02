/** Evidence 3: the baseline-to-target direction (a target set above its baseline means bigger is better). */
import type { Reading, Target } from '../../model';
import type { PolarityEvidence } from './types';

export function polarityFromBaseline(baseline: Reading | null, target: Target | null): PolarityEvidence | null {
  if (!baseline || target?.kind !== 'value') return null;
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
