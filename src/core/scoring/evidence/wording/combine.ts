/**
 * The measure as a whole: find every frame and subject in the name, let the longer phrase hide the
 * words inside it ("drinking water" hides "drinking"), let modifiers turn subjects round, then the
 * heaviest cue decides. Cues of equal weight that disagree answer nothing: unsure is "assumed".
 */
import type { PolarityKind } from '../../../model';
import { findCues, WEIGHT, type Found } from './cue';
import { FRAMES, OPENING_VERBS, WEAK_FRAMES } from './frames';
import { BIGGER, NEUTRAL } from './lexicon-bigger';
import { SMALLER } from './lexicon-smaller';
import { govern } from './modifiers';
import { normalise, withoutCode } from './normalise';

export interface WordingVerdict {
  polarity: PolarityKind;
  /** The words that decided, as the name has them (or the frame's name: "Reduce"). */
  phrase: string;
}

const CUES = [...FRAMES, ...WEAK_FRAMES, ...SMALLER, ...BIGGER, ...NEUTRAL];

/**
 * Keep a frame over anything it overlaps, then the longest of overlapping hits (the heavier on a
 * tie): a phrase speaks for its words ("care leavers" hides "leavers").
 */
function longestFirst(hits: Found[]): Found[] {
  const isFrame = (h: Found): number => (h.weight >= WEIGHT.frame ? 1 : 0);
  const sorted = [...hits].sort(
    (a, b) =>
      isFrame(b) - isFrame(a) ||
      b.end - b.start - (a.end - a.start) ||
      // A word in the lexicon as written beats a shorter word read with a prefix ("dismissed", not "dis-missed").
      (a.prefix ? 1 : 0) - (b.prefix ? 1 : 0) ||
      b.weight - a.weight ||
      a.start - b.start,
  );
  const kept: Found[] = [];
  for (const h of sorted) {
    if (kept.every((k) => h.end <= k.start || h.start >= k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Brackets that name the denominator ("(% of total employment)", "(per 100 patients receiving ...)"),
 * and the second term of an "X-to-Y ratio" ("cost-to-income ratio": income is what the cost is
 * divided by): what they count is not the measure.
 */
const DENOMINATOR =
  /\((?:% of|as a? ?% of|percentage of|share of|per|number per|rate per|of total)(?!\w)[^()]{0,120}\)|\bas (?:a )?(?:%|percentage|proportion|share) of [^()]{0,120}|\bto[- ][a-z]+(?:[- ][a-z]+)?(?=[- ]ratios?\b)/g;

/**
 * Any bracket: an aside ("(according to rapid diagnostic testing)") counts for less than the name.
 * Square brackets too: performance frameworks write the calculation after the measure ("Cost of
 * aquatic facilities [Direct cost less income / Number of visits]"), and the words of the formula
 * (income, visits) are not what the measure is.
 */
const BRACKET = /\([^()]{0,160}\)|\[[^[\]]{0,200}\]/g;

function spans(text: string, re: RegExp): [number, number][] {
  // An exec loop: EdgeHTML 18 has no String.prototype.matchAll.
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

const within = (hit: Found, [from, to]: [number, number]): boolean => hit.start >= from && hit.end <= to;

export function classify(name: string): WordingVerdict | null {
  const text = normalise(name);
  if (!text) return null;
  const opening = withoutCode(text);
  for (const verb of OPENING_VERBS) {
    if (verb.re.test(opening)) return { polarity: verb.polarity, phrase: verb.label ?? '' };
  }
  const ignored = spans(text, DENOMINATOR);
  const asides = spans(text, BRACKET);
  const best = new Map<PolarityKind, { weight: number; phrase: string; start: number }>();
  const alone = new Map<PolarityKind, number>();
  let previous: Found | null = null;
  for (const hit of longestFirst(findCues(text, CUES))) {
    if (hit.weight === 0 || ignored.some((s) => within(hit, s))) continue;
    const aside = asides.find((s) => within(hit, s));
    if (aside && hit.cue.outsideBrackets) continue;
    // An abbreviation right after its phrase ("female genital mutilation (fgm)") is the same cue.
    if (aside && previous && aside[0] - previous.end <= 1 && aside[1] - aside[0] <= 14) continue;
    const g =
      hit.polarity === 'band'
        ? { polarity: 'band' as const, weight: hit.weight, base: hit.weight, phrase: hit.phrase, start: hit.start }
        : govern(text, hit, previous !== null);
    previous = hit;
    if (!g) continue;
    if (aside) g.weight = Math.max(1, g.weight - 1);
    alone.set(g.polarity, Math.max(alone.get(g.polarity) ?? 0, g.base));
    const prev = best.get(g.polarity);
    // The heaviest cue of a side speaks for it; of two as heavy, the first in the name, and of two
    // starting together the longer ("unable to access", not "unable").
    const better =
      !prev ||
      g.weight > prev.weight ||
      (g.weight === prev.weight &&
        (g.start < prev.start || (g.start === prev.start && g.phrase.length > prev.phrase.length)));
    if (better) best.set(g.polarity, { weight: g.weight, phrase: g.phrase, start: g.start });
  }
  const ranked = [...best.entries()].sort((a, b) => b[1].weight - a[1].weight);
  // Weak words alone ("received", "qualified") are not enough to say which way is good; a cue that
  // only a qualifier lowered still is ("Persons with diabetes").
  if (ranked.length === 0 || (alone.get(ranked[0][0]) ?? 0) < WEIGHT.noun) return null;
  if (ranked.length > 1 && ranked[1][1].weight === ranked[0][1].weight) return null;
  return { polarity: ranked[0][0], phrase: ranked[0][1].phrase };
}
