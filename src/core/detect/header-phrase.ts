/**
 * A header read as a phrase: the period it names ("2016/17 end of year target", "Target 2022-30"),
 * the part before a preposition ("Target Status towards 2022-30 Plan" is a status), and the head
 * word of a compound ("result_indicator_target_value" is a target, "target_year" is a year,
 * "Standard met" is a count, "status_color" a status). Real tables name columns with field names
 * and period prefixes as often as with the plain words of SCORING.md; the role is in the last word
 * that names one, not the first.
 */
import type { ColumnRole } from './headers';

/**
 * Financial years, plan ranges, bare years and the part of the year they name ("Q3 23/24": a quarter
 * with a short financial year). Linear: no nested repeats.
 */
const PERIOD_WORDS =
  /\b(?:(?:q|qtr\s*|quarter\s*)[1-4]\s+\d{2}\s*[/-]\s*\d{2}|(?:19|20)\d{2}\s*[/-]\s*\d{2,4}|(?:19|20)\d{2}|q[1-4]|quarter\s*[1-4]|[1-4](?:st|nd|rd|th)\s+quarter|h[12]|half[\s-]?year(?:ly)?|mid[\s-]?year|end\s+of\s+(?:the\s+)?year|year[\s-]?end|full[\s-]?year|provisional)\b/g;

/** Words after which the rest of a header qualifies the head ("Status towards 2022-30 Plan"). */
const PREPOSITION = /\s(?:towards|against|versus|vs\.?|compared\s+(?:to|with))\s/;

/** The role each head word gives; `null` = a word that names something that is not a figure role. */
const HEAD_WORDS: Record<string, ColumnRole | 'not-role'> = {
  target: 'target',
  targets: 'target',
  tgt: 'target',
  plan: 'target',
  planned: 'target',
  goal: 'target',
  standard: 'target',
  actual: 'actual',
  actuals: 'actual',
  outturn: 'actual',
  result: 'actual',
  results: 'actual',
  achieved: 'not-role',
  met: 'not-role',
  missed: 'not-role',
  exceeded: 'not-role',
  latest: 'actual',
  score: 'actual',
  status: 'status',
  rating: 'status',
  rag: 'status',
  trend: 'trend',
  travel: 'trend',
  variance: 'variance',
  baseline: 'baseline',
  name: 'name',
  title: 'name',
  label: 'name',
  indicator: 'name',
  measure: 'name',
  kpi: 'name',
  metric: 'name',
  description: 'name',
  id: 'code',
  identifier: 'code',
  code: 'code',
  ref: 'code',
  reference: 'code',
  polarity: 'polarity',
  ascending: 'polarity',
  descending: 'polarity',
  directionality: 'polarity',
  frequency: 'frequency',
  tolerance: 'tolerance',
  unit: 'unit',
  units: 'unit',
  comment: 'narrative',
  comments: 'narrative',
  commentary: 'narrative',
  narrative: 'narrative',
  explanation: 'narrative',
  methodology: 'narrative',
  rationale: 'narrative',
  objective: 'narrative',
  desc: 'narrative',
  details: 'narrative',
  definition: 'narrative',
  notes: 'narrative',
  note: 'narrative',
  source: 'narrative',
  owner: 'narrative',
  year: 'not-role',
  month: 'not-role',
  date: 'not-role',
  day: 'not-role',
  period: 'not-role',
  start: 'not-role',
  end: 'not-role',
  type: 'not-role',
  datatype: 'not-role',
  scope: 'not-role',
  dimension: 'not-role',
  location: 'not-role',
  uri: 'not-role',
  url: 'not-role',
  link: 'not-role',
  aggregation: 'not-role',
  vocabulary: 'not-role',
  count: 'not-role',
  doc: 'not-role',
  // Who or what set it ("target_set_by", "target setter"): about the target, not the target.
  set: 'not-role',
  setter: 'not-role',
};

/** Words that only qualify the head ("target value", "target_min", "name_en", "status_color", "value_1"). */
const QUALIFIERS = new Set([
  // "Target YTD": how far into the year, not the role ("YTD" alone is still an actual).
  'ytd',
  'value',
  'values',
  'min',
  'max',
  'minimum',
  'maximum',
  'figure',
  'amount',
  'color',
  'colour',
  'rounded',
  'en',
  'fr',
  'cy',
  'de',
  'es',
  'the',
  'of',
  'a',
  'for',
  'in',
  'to',
  'by',
  'and',
]);

/** Words before "target" that make the phrase a status ("off target", "above target", "on plan"). */
const STATUS_BEFORE_TARGET = new Set([
  'off',
  'on',
  'above',
  'below',
  'under',
  'over',
  'near',
  'beyond',
  'close',
  'meets',
  'met',
  'exceeds',
  'exceeded',
  'missed',
  'against',
  'behind',
  'ahead',
]);

/** Qualifiers that make the phrase a figure ("metric value"). */
const FIGURE_WORDS = new Set(['value', 'values', 'figure', 'amount']);

export interface HeaderPhrase {
  /** The header without its period words and without what follows a preposition. */
  rest: string;
  /** The period words found ("2016/17 end of year"), empty when none. */
  periodText: string;
  /** The role the head word gives, 'not-role' for a word that names a non-figure field, null when no word does. */
  head: ColumnRole | 'not-role' | null;
  /** Words in the rest. */
  words: number;
}

/**
 * "benchmarkLow" -> "benchmark Low", "lowerIsBetter" -> "lower Is Better": camelCase field names as
 * words. Only where a capital starts a word (a lowercase letter follows it): "DoT" (direction of
 * travel) is an abbreviation, not "Do T", which read as no role at all.
 */
export function splitCamelCase(text: string): string {
  if (!/[a-z][A-Z][a-z]/.test(text) || text.length > 80) return text;
  return text.replace(/([a-z])(?=[A-Z][a-z])/g, '$1 ');
}

/** Read a normalised lowercase header (see normaliseHeaderWords) as a phrase. */
export function readHeaderPhrase(lower: string): HeaderPhrase {
  const periods: string[] = [];
  let rest = lower.replace(PERIOD_WORDS, (m) => {
    periods.push(m);
    return ' ';
  });
  const prep = PREPOSITION.exec(` ${rest} `);
  if (prep && prep.index > 0) rest = ` ${rest} `.slice(0, prep.index);
  rest = rest
    .replace(/[^a-z0-9%#&/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = rest === '' ? [] : rest.split(' ');
  let head: HeaderPhrase['head'] = null;
  let figureWord = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (QUALIFIERS.has(t) || /^\d+$/.test(t)) {
      if (FIGURE_WORDS.has(t)) figureWord = true;
      continue;
    }
    // The last word that is not a qualifier is the head; a word we do not know leaves it to the chain.
    head = HEAD_WORDS[t] ?? null;
    // "Off target", "Above target", "Met standard": a status word of a key, not the target itself.
    if (head === 'target' && i > 0 && STATUS_BEFORE_TARGET.has(tokens[i - 1])) head = 'not-role';
    break;
  }
  // "metric value", "indicator figure": the figure of the thing named, not its name.
  if (figureWord && (head === 'name' || (head === null && tokens.every((t) => QUALIFIERS.has(t))))) head = 'actual';
  return { rest, periodText: periods.join(' ').trim(), head, words: tokens.length };
}
