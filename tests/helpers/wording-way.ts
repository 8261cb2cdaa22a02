/**
 * The direction a measure's name alone says ('higher' / 'lower'), or null when its words do not
 * decide: how the wording tests ask the polarity chain's wording step.
 */
import { polarityFromWording } from '../../src/core/scoring/evidence/polarity-from-wording';
import { nameOnly } from '../../scripts/bench/polarity';

export function wordingWay(name: string): string | null {
  return polarityFromWording(nameOnly(name))?.polarity ?? null;
}
