/** Evidence 2: the target's own wording or band ("keep under 20", "at least 95%", "between 5% and 7%"). */
import type { PolarityKind, Target } from '../../model';
import type { PolarityEvidence } from './types';

export function polarityFromTarget(
  target: Target | null,
  hint: PolarityKind | undefined,
  wording: string | undefined,
): PolarityEvidence | null {
  if (hint) return { kind: 'target', polarity: hint, says: `the target wording '${wording ?? ''}'` };
  if (target?.kind === 'band') return { kind: 'target', polarity: 'band', says: 'the target band' };
  return null;
}
