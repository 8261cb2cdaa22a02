/**
 * Evidence 4: the measure's own wording, read as a whole (wording/combine.ts): what is counted
 * (deaths, uptake, complaints, satisfaction), how it is framed ("within 14 days", "% reduction in",
 * "Reduce ..."), and the words that turn a subject round ("not vaccinated", "smoke-free"). The frame
 * wins over the subject where it decides; conflicting or absent cues answer nothing.
 */
import type { IndicatorSource } from '../../model';
import type { PolarityEvidence } from './types';
import { classify } from './wording/combine';

export function polarityFromWording(source: IndicatorSource): PolarityEvidence | null {
  // Where the names are units and the measure repeats in its own column, the measure's words decide.
  if (typeof source.measure === 'string' && source.measure) {
    const verdict = classify(source.measure);
    if (verdict) return { kind: 'wording', polarity: verdict.polarity, says: `'${verdict.phrase}' in the measure` };
  }
  if (typeof source.name !== 'string' || !source.name) return null;
  const verdict = classify(source.name);
  if (!verdict) return null;
  return { kind: 'wording', polarity: verdict.polarity, says: `'${verdict.phrase}' in the name` };
}
