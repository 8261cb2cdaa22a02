/**
 * Which way is good for an indicator: from a rule override, a polarity field, or clear wording in
 * its name. Never a guess: when nothing says, polarity is null and the note says so.
 */
import type { IndicatorSource, PolarityKind, PolaritySource } from '../model';
import type { IndicatorOverride } from '../rules/types';

export interface PolarityResult {
  polarity: PolarityKind | null;
  source: PolaritySource;
  note?: string;
}

/** Polarity field wordings ("Smaller is Better", "Low value is good", "High is good"). */
const FIELD_WORDS: { re: RegExp; polarity: PolarityKind }[] = [
  { re: /\b(smaller|lower|low|less|fewer|decreas\w*|down(?:ward)?)\b.*\b(better|good|best)\b/i, polarity: 'lower' },
  {
    re: /\b(bigger|higher|high|greater|larger|more|increas\w*|up(?:ward)?)\b.*\b(better|good|best)\b/i,
    polarity: 'higher',
  },
  { re: /\b(in|within)\s+(the\s+)?(band|range)\b|\bbanded\b|\bmaintain\w*\b|\btarget range\b/i, polarity: 'band' },
  { re: /^\s*(lower|low|down|smaller|minimi[sz]e)\s*$/i, polarity: 'lower' },
  { re: /^\s*(higher|high|up|bigger|maximi[sz]e)\s*$/i, polarity: 'higher' },
];

/** Name wordings that clearly say which way is good. The first match wins. */
const NAME_WORDS: { re: RegExp; polarity: PolarityKind; word: string }[] = [
  { re: /\bmaintain(?:ed)?\b[^.]*\b(?:at|current level)\b/i, polarity: 'band', word: 'maintained at' },
  { re: /\bkeep\b[^.]*\b(?:under|below|less than)\b/i, polarity: 'lower', word: 'keep under' },
  { re: /\bkeep\b[^.]*\b(?:over|above|at least)\b/i, polarity: 'higher', word: 'keep above' },
  { re: /^\s*(?:to\s+)?reduc(?:e|ing|tion)\b/i, polarity: 'lower', word: 'Reduce' },
  { re: /^\s*(?:to\s+)?(?:decrease|lower|minimi[sz]e|cut)\b/i, polarity: 'lower', word: 'Reduce' },
  { re: /^\s*(?:to\s+)?contain\b/i, polarity: 'lower', word: 'Contain' },
  {
    re: /^\s*(?:to\s+)?(?:increas(?:e|ing)|improv(?:e|ing)|raise|maximi[sz]e|grow)\b/i,
    polarity: 'higher',
    word: 'Increase',
  },
];

function fromField(text: string): PolarityKind | null {
  for (const w of FIELD_WORDS) if (w.re.test(text)) return w.polarity;
  return null;
}

export function resolvePolarity(source: IndicatorSource, override?: IndicatorOverride): PolarityResult {
  try {
    if (override?.polarity)
      return {
        polarity: override.polarity,
        source: 'rule',
        note: `polarity '${override.polarity}' set by a rule override`,
      };
    if (override?.band) return { polarity: 'band', source: 'rule', note: 'polarity is a band, from a rule override' };
    const field = typeof source.polarityText === 'string' ? source.polarityText.trim() : '';
    if (field) {
      const p = fromField(field);
      if (p) return { polarity: p, source: 'field' };
    }
    const name = typeof source.name === 'string' ? source.name : '';
    for (const w of NAME_WORDS) {
      if (w.re.test(name)) {
        return { polarity: w.polarity, source: 'inferred', note: `polarity inferred from '${w.word}' in the name` };
      }
    }
    const why = field ? `the polarity '${field}' is not a wording Scorelight knows` : 'no polarity is given';
    return {
      polarity: null,
      source: 'unknown',
      note: `${why} and the name does not say which way is good`,
    };
  } catch {
    return { polarity: null, source: 'unknown', note: 'the polarity could not be read' };
  }
}
