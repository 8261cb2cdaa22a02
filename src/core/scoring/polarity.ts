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

/**
 * Outcome words councils use in KPI names (seeds 001 and 004) whose good direction is not in doubt.
 * Checked after the verbs above; the "worse" words first, so "unallocated" or "outside timescale"
 * never read as their positive stems.
 */
const OUTCOME_WORDS: { re: RegExp; polarity: PolarityKind; word: string }[] = [
  { re: /\bre-?referrals?\b/i, polarity: 'lower', word: 're-referrals' },
  { re: /\bunallocated\b/i, polarity: 'lower', word: 'unallocated' },
  {
    re: /\b(?:outside|out of)\s+timescales?\b|\boverdue\b|\bdelay(?:s|ed)?\b/i,
    polarity: 'lower',
    word: 'outside timescale',
  },
  { re: /\bcomplaints?\b/i, polarity: 'lower', word: 'complaints' },
  { re: /\bsickness\b|\babsence\b/i, polarity: 'lower', word: 'sickness' },
  { re: /\bvacanc(?:y|ies)\b/i, polarity: 'lower', word: 'vacancies' },
  { re: /\bagency (?:workers|staff)\b/i, polarity: 'lower', word: 'agency workers' },
  { re: /(?<!care )\bleavers\b/i, polarity: 'lower', word: 'leavers' },
  { re: /\bsecond or subsequent\b|\brepeat\b/i, polarity: 'lower', word: 'second or subsequent' },
  { re: /\bmissing\b/i, polarity: 'lower', word: 'missing' },
  { re: /\bcaseloads? over\b/i, polarity: 'lower', word: 'caseloads over' },
  { re: /\b(?:in|within)\s+timescales?\b|\bon time\b|\btimel(?:y|iness)\b/i, polarity: 'higher', word: 'in timescale' },
  { re: /\bup[- ]to[- ]date\b/i, polarity: 'higher', word: 'up-to-date' },
  { re: /\b(?:seen|visited)\b/i, polarity: 'higher', word: 'seen' },
  { re: /\bcompliments?\b/i, polarity: 'higher', word: 'compliments' },
  { re: /\bstability\b/i, polarity: 'higher', word: 'stability' },
  { re: /\bparticipation\b/i, polarity: 'higher', word: 'participation' },
  { re: /\bsuitable accommodation\b/i, polarity: 'higher', word: 'suitable accommodation' },
];

/** Verbs first, then outcome words: built once, checked for every indicator. */
const ALL_NAME_WORDS = [...NAME_WORDS, ...OUTCOME_WORDS];

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
    for (const w of ALL_NAME_WORDS) {
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
