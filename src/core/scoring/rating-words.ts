/**
 * Reading a rating an author already wrote ("GREEN", "Amber", "R", "Above target", "Off target",
 * "Favourable") as one of our statuses, so the sheet's own ratings can be kept, explained and
 * re-written in the sheet's own words. Linear: short text only, exact phrases after normalising.
 */
import type { Status } from '../model';

export type RatingStatus = 'GREEN' | 'AMBER' | 'RED' | 'BLUE';

/** Longest status cell text read as a rating: longer text is commentary. */
const MAX_RATING_TEXT = 40;

const PHRASES: Record<string, RatingStatus> = {
  g: 'GREEN',
  green: 'GREEN',
  'on target': 'GREEN',
  'above target': 'GREEN',
  'better than target': 'GREEN',
  // Ahead / behind say better / worse, whichever way is good.
  'ahead of target': 'GREEN',
  'target met': 'GREEN',
  'target achieved': 'GREEN',
  'achieved target': 'GREEN',
  'met target': 'GREEN',
  'target exceeded': 'GREEN',
  'exceeded target': 'GREEN',
  exceeded: 'GREEN',
  achieved: 'GREEN',
  met: 'GREEN',
  'on track': 'GREEN',
  favourable: 'GREEN',
  // North American variance reports: "Favorable / Unfavorable" against plan or budget.
  favorable: 'GREEN',
  good: 'GREEN',
  // status_color columns of public results tables: success / failure.
  success: 'GREEN',
  successful: 'GREEN',
  a: 'AMBER',
  amber: 'AMBER',
  // Green / Yellow / Red registers: yellow is amber.
  yellow: 'AMBER',
  'close to target': 'AMBER',
  'near target': 'AMBER',
  'within tolerance': 'AMBER',
  'slightly below target': 'AMBER',
  'slightly off target': 'AMBER',
  'at risk': 'AMBER',
  // Outcome delivery plans: On track / Some risk / Off track.
  'some risk': 'AMBER',
  'target partially met': 'AMBER',
  'on track/neutral': 'AMBER',
  neutral: 'AMBER',
  'just off target': 'AMBER',
  // Three-word keys of annual reports: met / partially met / not met; achieved / partially achieved.
  'partially met': 'AMBER',
  'partly met': 'AMBER',
  'partially achieved': 'AMBER',
  'partly achieved': 'AMBER',
  'substantially achieved': 'AMBER',
  'substantially met': 'AMBER',
  'nearly achieved': 'AMBER',
  'nearly met': 'AMBER',
  r: 'RED',
  red: 'RED',
  'below target': 'RED',
  'off target': 'RED',
  'worse than target': 'RED',
  'behind target': 'RED',
  'not met': 'RED',
  'target not met': 'RED',
  'not on target': 'RED',
  'off track': 'RED',
  'not on track': 'RED',
  'not achieved': 'RED',
  'target not achieved': 'RED',
  'missed target': 'RED',
  'target missed': 'RED',
  missed: 'RED',
  unfavourable: 'RED',
  unfavorable: 'RED',
  failure: 'RED',
  failed: 'RED',
  b: 'BLUE',
  blue: 'BLUE',
  exceeding: 'BLUE',
  'exceeding target': 'BLUE',
  'well above target': 'BLUE',
};

/** Lower case, symbols and punctuation round the words dropped ("● GREEN" -> "green"). */
export function normaliseRating(text: string): string {
  if (text.length > MAX_RATING_TEXT * 2) return '';
  return text
    .toLowerCase()
    .replace(/[^a-z/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The status an author's rating means, or null when the text is not a rating. `context` is the other
 * words of the same status column or key: seed 001's key "Off target / target / Above target" makes a
 * bare "target" the middle (Amber) rating.
 */
export function ratingOf(text: unknown, context: readonly string[] = []): RatingStatus | null {
  if (typeof text !== 'string' || text.length > MAX_RATING_TEXT) return null;
  const n = normaliseRating(text);
  if (n === '') return TICKS[text.trim()] ?? null;
  if (n === 'target' || n === 'on target') {
    const scale = context.map(normaliseRating);
    if (scale.includes('above target') && (scale.includes('off target') || scale.includes('below target')))
      return n === 'target' ? 'AMBER' : 'GREEN';
    return 'GREEN';
  }
  // "ABOVE / ON TARGET / BELOW": a bare "above" or "below" is a rating only where the column or key
  // also says "on target" (or "target"); read as the seed 001 key reads "Above target" (green) and
  // as "below target" (red). Alone, "above" could be anything.
  if (n === 'above' || n === 'below') {
    const scale = context.map(normaliseRating);
    if (!scale.includes('on target') && !scale.includes('target')) return null;
    return n === 'above' ? 'GREEN' : 'RED';
  }
  const answer = yesNoAnswer(n, context) ?? favourableLetter(n, context);
  if (answer) return answer;
  const sign = signWord(n, context);
  if (sign) return sign;
  const phrase = PHRASES[n];
  if (phrase) return phrase;
  // "Green - on track", "RED: off target", "Amber (slightly off)": the colour said first decides.
  const lead = colourLead(text);
  return lead ? PHRASES[lead.toLowerCase()] : null;
}

/**
 * The colour word that opens a rating with its explanation after a dash, colon or bracket ("Green -
 * on track", "RED: off target", "G (met)"), as the author spelled it; null for anything else.
 */
export function colourLead(text: string): string | null {
  const m = /^\s*(green|amber|red|blue|yellow|g|a|r|b)\s*(?:[-–—:(]|\s-\s)\s*[a-z]/i.exec(text);
  return m ? m[1] : null;
}

/** A performance system's icons written as words (Pentana / Covalent exports: OK, Warning, Alert). */
const SIGNS: Record<string, RatingStatus> = { ok: 'GREEN', warning: 'AMBER', alert: 'RED' };

/**
 * "OK", "Warning" and "Alert" are ratings only together: a column (or the columns of earlier
 * periods) that uses two of them is that system's scale; one alone could be any word.
 */
function signWord(n: string, context: readonly string[]): RatingStatus | null {
  const status = SIGNS[n];
  if (!status) return null;
  const scale = new Set(context.map(normaliseRating));
  return Object.keys(SIGNS).filter((w) => scale.has(w)).length >= 2 ? status : null;
}

/** A tick or a cross in a "Met?" column: met (green) or not (red); the sheet has no amber mark. */
const TICKS: Record<string, RatingStatus> = {
  '\u2713': 'GREEN',
  '\u2714': 'GREEN',
  '\u2611': 'GREEN',
  '\u2705': 'GREEN',
  '\u2717': 'RED',
  '\u2718': 'RED',
  '\u2612': 'RED',
  '\u274c': 'RED',
  '\u00d7': 'RED',
};

const YES = new Set(['yes', 'y']);
const NO = new Set(['no', 'n']);
const PARTLY = new Set(['partly', 'partially', 'part', 'in part']);

/**
 * An answer to the column's question ("On track?", "Target met?"): yes is met (green), no is not
 * (red), partly between (amber). Only where the column answers both ways: a "Yes" among other
 * words, or a column of "Yes" alone, is no rating.
 */
function yesNoAnswer(n: string, context: readonly string[]): RatingStatus | null {
  if (!YES.has(n) && !NO.has(n) && !PARTLY.has(n)) return null;
  const scale = new Set(context.map(normaliseRating));
  const hasYes = [...YES].some((w) => scale.has(w));
  const hasNo = [...NO].some((w) => scale.has(w));
  if (!hasYes || !hasNo) return null;
  return YES.has(n) ? 'GREEN' : NO.has(n) ? 'RED' : 'AMBER';
}

/**
 * Budget variance letters: F favourable (green), U unfavourable (red), only where the column holds
 * both (alone, "F" or "U" could be anything).
 */
function favourableLetter(n: string, context: readonly string[]): RatingStatus | null {
  if (n !== 'f' && n !== 'u') return null;
  const scale = new Set(context.map(normaliseRating));
  if (!scale.has('f') || !scale.has('u')) return null;
  return n === 'f' ? 'GREEN' : 'RED';
}

/** Status words for what is not a rating ("No Target Set", "for info only", "not_avail"). */
const NOT_RATED: Record<string, Status> = {
  'no target set': 'NO_TARGET',
  'no target': 'NO_TARGET',
  'target not set': 'NO_TARGET',
  'for info only': 'NO_TARGET',
  'for information only': 'NO_TARGET',
  'info only': 'NO_TARGET',
  // Pentana's "Data Only" icon: a measure tracked without a target.
  'data only': 'NO_TARGET',
  'for info': 'NO_TARGET',
  'for information': 'NO_TARGET',
  'no data': 'NO_DATA',
  'no data yet': 'NO_DATA',
  'awaiting data': 'NO_DATA',
  'not avail': 'NO_DATA',
  'not available': 'NO_DATA',
  'not scored': 'NOT_SCORED',
};

/** The status a non-rating status word means (NO_TARGET, NO_DATA, NOT_SCORED), or null. */
export function notRatedOf(text: unknown): Status | null {
  if (typeof text !== 'string' || text.length > MAX_RATING_TEXT) return null;
  return NOT_RATED[normaliseRating(text)] ?? null;
}

/** A status that is a rating (what may replace an author's rating). */
export function isRating(status: Status): status is RatingStatus {
  return status === 'GREEN' || status === 'AMBER' || status === 'RED' || status === 'BLUE';
}
