/**
 * Evidence 5: the sheet's own rating. Where the author rated a row Green with the actual above the
 * target, bigger is better; Red with the actual above the target, smaller is better. Amber says
 * nothing either way (it is near the target on either side).
 *
 * "Above target" / "Below target" are read as ratings (seed 001's key: "Above target" is green),
 * but they are also where the figure stands: an author who writes "Above target" for 10 sick days
 * against a target of 8 may say where 10 is, not that more is better. Where the word names the
 * side of the target the actual is on, the evidence is marked `alsoSide`: it still speaks where
 * nothing stronger does, but stronger evidence the other way is no disagreement with it. A word
 * against the figure ("Above target" for 450 against 500) can only be the rating.
 *
 * Two kinds of rating may judge the year's outcome rather than the figure against the target: a
 * forecast ("On track": an OKR's 41 of 45 is on track to reach 45), and a rating of a figure that
 * accumulates over the year ("Number of digital transactions (cumulative)": 955,870 at Q3 rated
 * Green against the year's 1,200,000). A good rating of such a figure short of its target says
 * nothing of which way is good (read as evidence, it made bigger-is-better measures
 * smaller-is-better). Its other ratings still speak: "Off track" at 4 of 10, or "below target" for
 * a cumulative 5 against 15, say bigger is better whichever target they judge against.
 */
import type { IndicatorSource, LetterKey, Reading, SourceCell, Target } from '../../model';
import { readValue, type ReadOptions } from '../../values/read';
import { readTarget } from '../../values/target';
import { normaliseRating, ratingOf } from '../rating-words';

/** Rating words that also name a side of the target: true for above, false for below. */
const SIDE: Record<string, boolean> = {
  above: true,
  'above target': true,
  'well above target': true,
  below: false,
  'below target': false,
};
import type { PolarityEvidence } from './types';

/** Ratings that forecast the year's outcome rather than judge the figure against the target. */
const FORECAST = new Set(['on track', 'off track', 'not on track']);

/** A figure that accumulates through the year, by its name or its column ("YTD", "Cumulative"). */
const CUMULATIVE = /\b(?:cumulative|cumulatively|ytd|year[ -]to[ -]date)\b/i;

/** The name or the actual's column says the figure accumulates through the year. */
export function accumulates(...texts: readonly (string | undefined)[]): boolean {
  return texts.some((t) => typeof t === 'string' && CUMULATIVE.test(t.slice(0, 300)));
}

export function polarityFromRatings(
  rating: SourceCell | undefined,
  actual: Reading | null,
  target: Target | null,
  context: readonly string[] = [],
  cumulative = false,
  letters?: LetterKey,
): PolarityEvidence | null {
  if (!rating || !actual || target?.kind !== 'value') return null;
  // The sheet's key says what its letters mean ("B = Behind target"), before the usual reading.
  const r =
    (letters && typeof rating.value === 'string' ? letters[rating.value.trim()] : undefined) ??
    ratingOf(rating.value, context);
  if (!r || r === 'AMBER') return null;
  const a = actual.value;
  const t = target.value.value;
  if (a === t) return null;
  const words = normaliseRating(String(rating.value));
  const side = SIDE[words];
  const good = r === 'GREEN' || r === 'BLUE';
  const above = a > t;
  if (good && !above && (cumulative || FORECAST.has(words))) return null;
  const found: PolarityEvidence = {
    kind: 'ratings',
    polarity: good === above ? 'higher' : 'lower',
    says: `the sheet's own rating '${String(rating.value).trim()}' for ${a} against a target of ${t}`,
  };
  if (side === above) found.alsoSide = true;
  return found;
}

/**
 * The author's ratings of earlier periods, where the current period is not rated yet: each read as
 * the current rating is, against its own period's figure and target. The newest that speaks decides;
 * ratings that disagree among themselves say nothing.
 */
export function polarityFromEarlierRatings(
  rated: IndicatorSource['earlierRatings'],
  opts: ReadOptions,
  sheetWords: readonly string[] = [],
): PolarityEvidence | null {
  if (!rated) return null;
  // The row's ratings read with the sheet's own status words: a system's "Alert" is a rating where
  // the sheet's scale is "Warning" / "Alert", though this row was only ever rated "Alert".
  const context = [...rated.map((e) => String(e.rating.value)), ...sheetWords];
  let found: PolarityEvidence | null = null;
  for (const e of rated) {
    const actual = readValue(e.actual, opts);
    const target = readTarget(e.target, opts);
    if (actual.kind !== 'number' || target.kind !== 'target') continue;
    const one = polarityFromRatings(e.rating, actual.reading, target.target, context);
    if (!one || one.alsoSide) continue;
    if (found && found.polarity !== one.polarity) return null;
    found ??= { ...one, says: `${one.says} in ${e.period}` };
  }
  return found;
}
