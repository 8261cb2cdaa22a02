/**
 * A target written relative to an earlier figure ("reduce by 5%", "increase by 10 on last year",
 * "a 3% reduction"): the number the row must reach, from the table's previous value (or the same
 * period last year where the wording says so). The wording also says which way is good. Linear: one
 * anchored pattern over short text, no nested repetition.
 */
import type { PolarityKind, Reading } from '../model';
import type { Dated } from './pick-values';

/** Longest text read as a relative target. */
const MAX_TEXT = 80;

const DOWN = /^(?:reduce|reduced|reducing|reduction|decrease|decreased|decreasing|cut|lower|fall|drop)$/i;
const UP = /^(?:increase|increased|increasing|raise|improve|improvement|grow|growth|rise)$/i;
const VERB_FIRST =
  /^(?:to\s)?(reduce|reduced|decrease|cut|lower|increase|raise|improve|grow)\s(?:by\s)?(?:a\s)?(\d{1,9}(?:\.\d{1,6})?)\s?(%|per ?cent|percentage points?|pp|points?)?(?:\s(?:on|from|against|over|than|compared (?:with|to))\s(?:the\s)?([a-z0-9/ ]{2,30}))?\.?$/i;
const NOUN_FIRST =
  /^(?:an?\s)?(\d{1,9}(?:\.\d{1,6})?)\s?(%|per ?cent|percentage points?|pp|points?)?\s(reduction|decrease|cut|fall|drop|increase|rise|improvement|growth)(?:\s(?:on|from|against|over|compared (?:with|to))\s(?:the\s)?([a-z0-9/ ]{2,30}))?\.?$/i;

/**
 * "Maintain", "Maintain or improve", "At least maintain", "Maintain current performance", "Same as
 * last year", "No worse than last year": the earlier figure is the target. The words say nothing of
 * which way is good (the measure's other evidence does), only that the row must hold its level.
 */
const MAINTAIN =
  /^(?:to\s)?(?:at least\s)?(?:maintain(?:ed)?|sustain(?:ed)?|hold|keep)(?:\s(?:or\s(?:improve|better|exceed|increase|reduce)(?:\s(?:on|upon))?))?(?:\s(?:at\s)?(?:the\s)?(?:current|existing|present|same|previous|last year'?s?|2\d{3}(?:\/\d{2})?)?(?:\s?(?:level|levels|performance|position|rate|outturn|figure))?)?(?:\s(?:on|as|from)\s(?:the\s)?(?:last year|previous (?:year|quarter|month|period)|20\d{2}(?:\/\d{2})?))?\.?$|^(?:same as|no worse than|in line with)\s(?:the\s)?(?:last year|previous (?:year|quarter|month|period)|20\d{2}(?:\/\d{2})?)\.?$/i;

/** The earlier figure a wording names: "last year", "the previous year's result", "2021/22". */
const BASIS =
  "(?:the\\s)?(?:(?:previous|prior|last|preceding)\\s(?:financial\\s)?(?:year|yr|quarter|period|month)(?:'s)?|20\\d\\d(?:\\s?[/-]\\s?\\d{2,4})?)(?:\\s(?:result|results|figure|performance|level|outturn|actual))?";

/**
 * "Maintain or improve", "Same or better than last year", "No worse than last year", "At least last
 * year's result", "Improve on 2021/22": the earlier figure itself is the target, met when the figure
 * is as good or better. The words do not say which way is better (the other evidence does).
 */
const HOLD_OR_BETTER = new RegExp(
  `^(?:to\\s)?(?:(?:maintain|sustain|hold)(?:ed)?(?:\\s(?:or|and/or|/)\\s|\\s?/\\s?)(?:improve|improved|better|exceed|increase)(?:\\s(?:on|from|against)\\s${BASIS})?|(?:(?:the\\s)?same\\s(?:as\\s)?or\\sbetter\\sthan|equal\\sto\\sor\\sbetter\\sthan|as\\sgood\\sas\\sor\\sbetter\\sthan|no\\sworse\\sthan|not\\sworse\\sthan|at\\sleast|improve(?:d|ment)?\\s(?:on|from)|better\\sthan)\\s${BASIS})\\.?$`,
  'i',
);

/** "Higher than last year", "Fewer than the previous year": the earlier figure, with the way to go. */
const WAY_ON_BASIS = new RegExp(
  `^(?:to\\s(?:be\\s)?)?(higher|more|greater|above|increase(?:d)?\\son|up\\son|lower|fewer|less|below|reduce(?:d)?\\son|down\\son)(?:\\sthan)?\\s${BASIS}\\.?$`,
  'i',
);

export interface RelativeWording {
  /** Null where the wording only holds the level or says "as good or better" (MAINTAIN, HOLD_OR_BETTER). */
  polarity: PolarityKind | null;
  amount: number;
  /** "5%": a share of the earlier figure; "5" or "5 percentage points": an amount in its unit. */
  share: boolean;
  /** The wording names last year ("on last year", "from 2019/20"). */
  lastYear: boolean;
}

/** The relative wording of a target cell, or null when it is not one. */
export function readRelativeWording(text: string): RelativeWording | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '' || t.length > MAX_TEXT) return null;
  if (MAINTAIN.test(t)) return { polarity: null, amount: 0, share: false, lastYear: /\b(?:year|yr)\b|\d{4}/i.test(t) };
  let verb: string;
  let amount: string;
  let unit: string | undefined;
  let basis: string | undefined;
  const v = VERB_FIRST.exec(t);
  const n = v ? null : NOUN_FIRST.exec(t);
  if (v) [, verb, amount, unit, basis] = v;
  else if (n) [, amount, unit, verb, basis] = n;
  else return onBasis(t);
  const polarity: PolarityKind | null = DOWN.test(verb) ? 'lower' : UP.test(verb) ? 'higher' : null;
  const value = Number(amount);
  if (!polarity || !Number.isFinite(value)) return null;
  const u = (unit ?? '').toLowerCase();
  return {
    polarity,
    amount: value,
    share: u === '%' || u.startsWith('per'),
    lastYear: /\b(?:year|yr)\b|\d{4}/i.test(basis ?? ''),
  };
}

/** The earlier figure as the target, without an amount: "Maintain or improve", "Higher than last year". */
function onBasis(t: string): RelativeWording | null {
  const lastYear = /\b(?:year|yr|year's)\b|\d{4}/i.test(t);
  if (HOLD_OR_BETTER.test(t)) return { polarity: null, amount: 0, share: false, lastYear };
  const w = WAY_ON_BASIS.exec(t);
  if (!w) return null;
  const polarity = /^(?:higher|more|greater|above|increase|up)/i.test(w[1]) ? 'higher' : 'lower';
  return { polarity, amount: 0, share: false, lastYear };
}

/** Decimal places needed for `v`, at most `max`. */
function decimalsNeeded(v: number, max: number): number {
  for (let d = 0; d < max; d++) if (Math.abs(v - Number(v.toFixed(d))) < 1e-9) return d;
  return max;
}

/** The target reached from the earlier figure, and which figure that was, for the note. */
export function relativeTarget(w: RelativeWording, from: Dated): { value: Reading; says: string } {
  const base = from.reading;
  const sign = w.polarity === 'lower' ? -1 : 1;
  const raw = w.share ? base.value * (1 + (sign * w.amount) / 100) : base.value + sign * w.amount;
  const value = Number(raw.toFixed(Math.min(15, base.decimals + 2)));
  const reading: Reading = {
    value,
    percent: base.percent,
    decimals: Math.max(base.decimals, decimalsNeeded(value, base.decimals + 2)),
    grouping: base.grouping,
  };
  return { value: reading, says: `${from.period.label} (${base.value})` };
}
