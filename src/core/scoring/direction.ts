/**
 * Rating a target-less indicator by direction of travel (SCORING.md "Tables without targets"):
 * better than the previous value by more than the band is GREEN (Favourable), within the band
 * either way AMBER (On track), worse beyond it RED (Unfavourable). Null when it cannot be judged.
 */
import type { PolarityKind, Reading, Status } from '../model';
import { improvement, relativeImprovement } from './trend';

const EPS = 1e-9;

export function directionStatus(
  actual: Reading,
  previous: Reading | null,
  polarity: PolarityKind,
  band: number,
): Status | null {
  if (!previous || polarity === 'band') return null;
  const change = improvement(actual, previous, polarity, null);
  if (change === null || !Number.isFinite(change)) return null;
  // No change at the precision shown is On track, whatever the band.
  if (Math.abs(change) <= EPS) return 'AMBER';
  const rel = relativeImprovement(change, previous);
  if (rel > band + EPS) return 'GREEN';
  if (rel < -band - EPS) return 'RED';
  return 'AMBER';
}

/** Whether this indicator is rated by direction: no target, and a direction key on the sheet or the rule. */
export function usesDirection(directionKey: boolean | undefined, ruleEnabled: boolean | undefined): boolean {
  return directionKey === true || ruleEnabled === true;
}
