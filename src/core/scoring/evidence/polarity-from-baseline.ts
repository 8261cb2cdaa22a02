/**
 * Evidence 3: the baseline-to-target direction (a target set above its baseline means bigger is
 * better). Only a column called a baseline is the figure a target was set from: a "Prev. 6 months
 * average" is the trend's reference, not evidence of which way is good.
 */
import type { Reading, Target } from '../../model';
import type { PolarityEvidence } from './types';

/** "baseline" as a word of the header: "Baseline 2019", "result_indicator_baseline_value", "BaselineValue". */
const BASELINE_WORD = /(^|[^a-z])baseline([^a-z]|$)/i;

/** The header with camelCase and snake_case words apart ("BaselineValue" -> "Baseline Value"). */
function wordsOf(label: string): string {
  return label.slice(0, 100).replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function polarityFromBaseline(
  baseline: Reading | null,
  target: Target | null,
  label = 'Baseline',
): PolarityEvidence | null {
  if (!baseline || target?.kind !== 'value' || !BASELINE_WORD.test(wordsOf(label))) return null;
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
