/** Evidence 1: an explicit polarity field ("Polarity: Smaller is Better", a Polarity column). */
import type { IndicatorSource, PolarityKind } from '../../model';
import { MAX_POLARITY_TEXT, type PolarityEvidence } from './types';

/** Field wordings ("Smaller is Better", "Low value is good", "High is good"). Bounded gaps: linear. */
const FIELD_WORDS: { re: RegExp; polarity: PolarityKind }[] = [
  {
    re: /\b(?:smaller|lower|low|less|fewer|decreas\w{0,10}|down(?:ward)?)\b.{0,40}\b(?:better|good|best)\b/i,
    polarity: 'lower',
  },
  {
    re: /\b(?:bigger|higher|high|greater|larger|more|increas\w{0,10}|up(?:ward)?)\b.{0,40}\b(?:better|good|best)\b/i,
    polarity: 'higher',
  },
  {
    re: /\b(?:in|within)\s(?:the\s)?(?:band|range)\b|\bbanded\b|\bmaintain\w{0,5}\b|\btarget range\b/i,
    polarity: 'band',
  },
  { re: /^\s{0,5}(?:lower|low|down|smaller|minimi[sz]e|decrease|reduce)\s{0,5}$/i, polarity: 'lower' },
  { re: /^\s{0,5}(?:higher|high|up|bigger|maximi[sz]e|increase)\s{0,5}$/i, polarity: 'higher' },
];

/** The field's polarity, or null; `unknownWording` is set when the field says something we cannot read. */
export function polarityFromField(source: IndicatorSource): PolarityEvidence | null {
  const field = typeof source.polarityText === 'string' ? source.polarityText.trim() : '';
  if (!field || field.length > MAX_POLARITY_TEXT) return null;
  for (const w of FIELD_WORDS) {
    if (w.re.test(field)) return { kind: 'field', polarity: w.polarity, says: `the polarity field '${field}'` };
  }
  return null;
}
