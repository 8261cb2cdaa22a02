/**
 * Evidence 4: the measure's own wording. Verbs ("Reduce ...", "Increase ...", "maintained at") first,
 * then a measure that is itself a reduction ("% reduction in antisocial behaviour": bigger is
 * better), then domain words whose good direction is not in doubt, the "worse" words before the
 * "better" ones so "unallocated" or "outside timescale" never read as their positive stems.
 * Linear: the name is capped and every gap is bounded ("keep ... under" looks at most 80 characters on).
 */
import type { IndicatorSource, PolarityKind } from '../../model';
import { MAX_POLARITY_TEXT, type PolarityEvidence } from './types';

interface Wording {
  re: RegExp;
  polarity: PolarityKind;
  word: string;
}

const VERBS: Wording[] = [
  { re: /\bmaintain(?:ed)?\b[^.]{0,80}\b(?:at|current level)\b/i, polarity: 'band', word: 'maintained at' },
  { re: /\bkeep\b[^.]{0,80}\b(?:under|below|less than)\b/i, polarity: 'lower', word: 'keep under' },
  { re: /\bkeep\b[^.]{0,80}\b(?:over|above|at least)\b/i, polarity: 'higher', word: 'keep above' },
  {
    re: /^\s{0,5}(?:%|percent(?:age)?|per cent)\s{0,3}(?:of\s)?(?:reduction|decrease|fall|drop)\b|\b(?:%|percent(?:age)?|per cent)\s(?:reduction|decrease)\b/i,
    polarity: 'higher',
    word: '% reduction',
  },
  { re: /^\s{0,5}(?:to\s)?reduc(?:e|ing|tion)\b/i, polarity: 'lower', word: 'Reduce' },
  { re: /^\s{0,5}(?:to\s)?(?:decrease|lower|minimi[sz]e|cut)\b/i, polarity: 'lower', word: 'Reduce' },
  { re: /^\s{0,5}(?:to\s)?contain\b/i, polarity: 'lower', word: 'Contain' },
  {
    re: /^\s{0,5}(?:to\s)?(?:increas(?:e|ing)|improv(?:e|ing)|raise|maximi[sz]e|grow)\b/i,
    polarity: 'higher',
    word: 'Increase',
  },
];

const SMALLER: Wording[] = [
  { re: /\bre-?referrals?\b/i, polarity: 'lower', word: 're-referrals' },
  { re: /\bunallocated\b/i, polarity: 'lower', word: 'unallocated' },
  {
    re: /\b(?:outside|out of)\s(?:the\s)?timescales?\b|\boverdue\b|\bdelay(?:s|ed)?\b/i,
    polarity: 'lower',
    word: 'outside timescale',
  },
  { re: /\bmissed\b/i, polarity: 'lower', word: 'missed' },
  { re: /\bnot sent for\b/i, polarity: 'lower', word: 'not sent for' },
  {
    re: /\btime\b.{0,20}\btaken\b|\b(?:average|mean) time\b|\b(?:waiting|wait) times?\b/i,
    polarity: 'lower',
    word: 'time taken',
  },
  { re: /\bdays lost\b|\bdays\b.{0,20}\blost\b/i, polarity: 'lower', word: 'days lost' },
  { re: /\bcomplaints?\b/i, polarity: 'lower', word: 'complaints' },
  { re: /\bsickness\b|\babsence\b/i, polarity: 'lower', word: 'sickness' },
  { re: /\bvacanc(?:y|ies)\b/i, polarity: 'lower', word: 'vacancies' },
  { re: /\bagency (?:workers|staff)\b/i, polarity: 'lower', word: 'agency workers' },
  { re: /(?<!care )\bleavers\b/i, polarity: 'lower', word: 'leavers' },
  { re: /\bsecond or subsequent\b|\brepeat\b|\bre-?offend\w{0,6}\b/i, polarity: 'lower', word: 'second or subsequent' },
  { re: /\bmissing\b/i, polarity: 'lower', word: 'missing' },
  { re: /\bcaseloads? over\b/i, polarity: 'lower', word: 'caseloads over' },
  { re: /\binactive\b|\binactivity\b/i, polarity: 'lower', word: 'inactive' },
  { re: /\bobes(?:e|ity)\b|\boverweight\b/i, polarity: 'lower', word: 'obesity' },
  { re: /\blow income\b|\bpoverty\b|\bdeprivation\b/i, polarity: 'lower', word: 'low income' },
  { re: /\bdecay\b|\bdepression\b|\bprevalence\b/i, polarity: 'lower', word: 'prevalence' },
  { re: /\barrears\b|\boverspend\b/i, polarity: 'lower', word: 'arrears' },
  { re: /\bfly[- ]?tipping\b|\banti-?social\b|\bre-?admissions?\b/i, polarity: 'lower', word: 'antisocial behaviour' },
  { re: /\btemporary accommodation\b|\bneet\b/i, polarity: 'lower', word: 'temporary accommodation' },
];

const BIGGER: Wording[] = [
  {
    re: /\b(?:in|within)\s(?:the\s)?(?:required\s|agreed\s)?timescales?\b|\btimel(?:y|iness)\b/i,
    polarity: 'higher',
    word: 'in timescale',
  },
  {
    re: /\bwithin\s(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty)\s(?:working\s|calendar\s)?(?:days?|hours?|weeks?|months?|seconds|minutes)\b|\bwithin time\b/i,
    polarity: 'higher',
    word: 'within N days',
  },
  { re: /\bup[- ]to[- ]date\b/i, polarity: 'higher', word: 'up-to-date' },
  { re: /\b(?:seen|visited)\b/i, polarity: 'higher', word: 'seen' },
  { re: /\bcompliments?\b/i, polarity: 'higher', word: 'compliments' },
  { re: /\bstability\b/i, polarity: 'higher', word: 'stability' },
  { re: /\bparticipation\b/i, polarity: 'higher', word: 'participation' },
  { re: /\bsuitable accommodation\b/i, polarity: 'higher', word: 'suitable accommodation' },
  { re: /\banswered\b|\bresolved\b/i, polarity: 'higher', word: 'answered' },
  { re: /\baccura(?:cy|te|tely)\b/i, polarity: 'higher', word: 'accuracy' },
  { re: /\buptime\b/i, polarity: 'higher', word: 'uptime' },
  { re: /\bsatisf(?:ied|action)\b/i, polarity: 'higher', word: 'satisfaction' },
  { re: /\brecycl\w{0,5}\b|\bcompost\w{0,3}\b/i, polarity: 'higher', word: 'recycling' },
  { re: /\bphysically active\b|\bexpected standard\b/i, polarity: 'higher', word: 'expected standard' },
];

/** Verbs, then smaller-is-better words, then bigger-is-better words: built once. */
const ALL: Wording[] = [...VERBS, ...SMALLER, ...BIGGER];

export function polarityFromWording(source: IndicatorSource): PolarityEvidence | null {
  const name = typeof source.name === 'string' ? source.name.slice(0, MAX_POLARITY_TEXT) : '';
  if (!name) return null;
  for (const w of ALL) {
    if (w.re.test(name)) return { kind: 'wording', polarity: w.polarity, says: `'${w.word}' in the name` };
  }
  return null;
}
