/**
 * Evidence 5: the sheet's own rating. Where the author rated a row Green with the actual above the
 * target, bigger is better; Red with the actual above the target, smaller is better. Amber says
 * nothing either way (it is near the target on either side).
 */
import type { Reading, SourceCell, Target } from '../../model';
import { ratingOf } from '../rating-words';
import type { PolarityEvidence } from './types';

export function polarityFromRatings(
  rating: SourceCell | undefined,
  actual: Reading | null,
  target: Target | null,
  context: readonly string[] = [],
): PolarityEvidence | null {
  if (!rating || !actual || target?.kind !== 'value') return null;
  const r = ratingOf(rating.value, context);
  if (!r || r === 'AMBER') return null;
  const a = actual.value;
  const t = target.value.value;
  if (a === t) return null;
  const good = r === 'GREEN' || r === 'BLUE';
  const above = a > t;
  return {
    kind: 'ratings',
    polarity: good === above ? 'higher' : 'lower',
    says: `the sheet's own rating '${String(rating.value).trim()}' for ${a} against a target of ${t}`,
  };
}
