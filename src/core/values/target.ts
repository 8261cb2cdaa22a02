/**
 * Reading a target cell: one number ("£125k", "8 days"), a band ("between 5% and 7%", "5%-7%"), or
 * a bound ("keep under 20", "<= 3%", "at least 95%", "20 or less") whose wording tells which way is
 * good. Anything else is not a target, and the reason says why.
 *
 * Every parse here is linear: text longer than MAX_TARGET_TEXT is refused before any pattern runs,
 * the one number is found by a single left-to-right scan, and the wording patterns are anchored
 * alternations with no nested repetition (issue 12 item 2).
 */
import { withoutAnnotations } from './annotations';
import type { PolarityKind, Reading, SourceCell, Target } from '../model';
import { parsePeriodText } from '../periods/parse';
import { parseNumberText, quote, readValue, type ReadOptions } from './read';

export type TargetRead =
  | {
      kind: 'target';
      target: Target;
      /** Which way is good, as the target's wording says ("under 20" -> lower). */
      polarityHint?: PolarityKind;
      /** The wording that gave the hint, for notes. */
      wording?: string;
    }
  | { kind: 'blank' }
  | { kind: 'not-number'; reason: string };

/** A target is a short phrase: longer text is a sentence, and is not examined further. */
export const MAX_TARGET_TEXT = 120;

/**
 * One figure as typed: optional currency, digits with optional groups and decimals, then %/k/m or a
 * unit word (the units parseNumberText reads: "<= 30 minutes" is a bound as "<= 30 days" is).
 */
const FIGURE =
  /[£$€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|k\b|m\b|bn\b|million\b|thousand\b))?(?:\s*(?:(?:working |calendar )?(?:days?|hours?|hrs?|weeks?|wks?|months?|mins?|minutes?|seconds?|secs?|years?|yrs?)|people|persons?|pupils|children|households|cases|visits|beds|homes)\b)?/gi;

/** Words before a single figure, and the way they point. Each is matched against the whole prefix. */
const BEFORE: { re: RegExp; hint: PolarityKind }[] = [
  {
    re: /^(?:.*\s)?(?:under|below|less than|fewer than|lower than|no more than|not more than|at most|maximum(?: of)?|max\.?|up to|not to exceed|<=?|=<|≤|⩽)$/i,
    hint: 'lower',
  },
  {
    re: /^(?:.*\s)?(?:over|above|more than|greater than|higher than|at least|no less than|not less than|no fewer than|minimum(?: of)?|min\.?|>=?|=>|≥|⩾)$/i,
    hint: 'higher',
  },
  {
    re: /^(?:.*\s)?(?:maintain(?:ed)?(?: at)?|keep(?: it)? at|stay at|remain at|around|about|approximately|c\.)$/i,
    hint: 'band',
  },
  // An aim stated as a change to a level ("Reduce to 5%", "Increase to 60%"): the level is the
  // target, and the verb says which way is good. "Reduce by 10%" is a change, not a level: no match.
  {
    re: /^(?:reduc(?:e|ed|ing)|decreas(?:e|ed|ing)|cut|lower(?:ed)?|fall(?:ing)?|drop|bring (?:it )?down|get (?:it )?down) to$/i,
    hint: 'lower',
  },
  {
    re: /^(?:increas(?:e|ed|ing)|rais(?:e|ed|ing)|grow(?:ing)?|improv(?:e|ed|ing)|rise|rising|lift|get (?:it )?up|bring (?:it )?up) to$/i,
    hint: 'higher',
  },
];

/** Words before a single figure that name it as the level aimed at, without a way ("Reach 75%", "Target: 40"). */
const AIM = /^(?:reach|achieve|attain|hit|deliver|meet|aim(?: for)?|target(?: of)?:?|goal:?)$/i;

/**
 * What a target says beside its figure about when or how often, not how much: a deadline ("10% by
 * 2025", "by March 2026", "by the end of 2025/26", the clause read as a period) and a rate's time
 * ("300 per year", "12 a month", "p.a."), the period in brackets ("90% (2023/24)"), the measure's
 * time limit repeated ("100% within 10 days"), and the scale a score is out of ("4.5 out of 5").
 * Dropped before the figure is read.
 */
const DEADLINE = /\s+(?:by|before|in|during)\s+(?:the\s+)?(?:end\s+(?:of\s+)?)?([^\s].{0,30})$/i;
const PER_TIME = /\s+(?:(?:per|a|an|each|every)\s+(?:year|annum|month|quarter|week|day)|p\.?a\.?|annually|yearly)$/i;

/** The period a target is for, in brackets after it ("90% (2023/24)", "12 (Q4)"). */
const PERIOD_NOTE = /\s*\(([^()]{1,24})\)$/;
/** The measure's own time limit repeated after the figure ("100% within 10 days"). */
const WITHIN_LIMIT =
  /\s+within\s+\d{1,3}\s+(?:working |calendar )?(?:days?|hours?|hrs?|weeks?|wks?|months?|minutes?|mins?)$/i;

/**
 * The scale a score is out of, after its figure ("> 4.5 out of 5", "at least 7 (out of 10)"): what
 * the score is measured on, not a second figure of the target. Only in words: "80/85" stays two.
 */
const OUT_OF_SCALE = /\s*\(?\s*out of \d{1,3}(?:\.\d+)?\s*\)?$/i;

function withoutTimeWords(text: string): string {
  let t = text.replace(PER_TIME, '').replace(WITHIN_LIMIT, '').replace(OUT_OF_SCALE, '');
  const note = PERIOD_NOTE.exec(t);
  if (note && parsePeriodText(note[1].trim(), true) !== null) t = t.slice(0, note.index);
  const deadline = DEADLINE.exec(t);
  if (deadline && parsePeriodText(deadline[1], true) !== null) t = t.slice(0, deadline.index);
  // Only where a figure is left: "by 2025" alone is not a target.
  return t !== text && /\d/.test(t) ? t.trim() : text;
}

/** Words after a single figure ("20 or less", "95% or more", "95%+"). */
const AFTER: { re: RegExp; hint: PolarityKind }[] = [
  { re: /^(?:or (?:less|fewer|below|lower|under)|max(?:imum)?\.?|and (?:below|under)|-)$/i, hint: 'lower' },
  { re: /^(?:or (?:more|above|higher|over|greater)|min(?:imum)?\.?|and above|\+|plus)$/i, hint: 'higher' },
];

function reading(text: string, opts: ReadOptions): Reading | null {
  const p = parseNumberText(text);
  if (!p) return null;
  return { value: p.value, percent: p.percent || !!opts.percentUnit, decimals: p.decimals, grouping: p.grouping };
}

interface Figure {
  text: string;
  start: number;
  end: number;
}

/** The figures in a short text, left to right, in one scan. */
function figures(text: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (out.length > 3) break;
  }
  return out;
}

const BAND_LEAD = /^(?:between|from)?$/i;
const BAND_JOIN = /^(?:-|–|—|to|and)$/i;

/** "5%-7%", "between 5% and 7%", "from 5 to 7". */
function readBand(text: string, figs: Figure[], opts: ReadOptions): Target | null {
  if (figs.length !== 2) return null;
  const lead = text.slice(0, figs[0].start).trim();
  const join = text.slice(figs[0].end, figs[1].start).trim();
  const tail = text.slice(figs[1].end).trim();
  if (!BAND_LEAD.test(lead) || !BAND_JOIN.test(join) || tail !== '') return null;
  let low = reading(figs[0].text, opts);
  let high = reading(figs[1].text, opts);
  if (!low || !high) return null;
  // "5-7%" means 5% to 7%: a percent sign on either end makes both percentages.
  if (low.percent !== high.percent) {
    low = { ...low, percent: true };
    high = { ...high, percent: true };
  }
  return low.value <= high.value ? { kind: 'band', low, high } : { kind: 'band', low: high, high: low };
}

/** A single figure with a bound or band wording before or after it. */
function readWorded(text: string, figs: Figure[], opts: ReadOptions): TargetRead | null {
  if (figs.length !== 1) return null;
  const fig = figs[0];
  const before = text.slice(0, fig.start).trim();
  const after = text.slice(fig.end).trim().replace(/\.$/, '').trim();
  const r = reading(fig.text, opts);
  if (!r) return null;
  const hit = (hint: PolarityKind): TargetRead => ({
    kind: 'target',
    target: { kind: 'value', value: r },
    polarityHint: hint,
    wording: text,
  });
  if (after === '') {
    for (const w of BEFORE) if (w.re.test(before)) return hit(w.hint);
    if (AIM.test(before)) return { kind: 'target', target: { kind: 'value', value: r } };
    return null;
  }
  if (before === '') {
    for (const w of AFTER) if (w.re.test(after)) return hit(w.hint);
  }
  return null;
}

/**
 * A target cell that states only the way to go ("Increase", "Increase reporting", "Reduce",
 * "Minimise", "Fewer than last year" is left to the relative reader): no number to rate against,
 * but the author's own word on which way is good (SCORING.md polarity evidence 2). "Improve" and
 * "Maintain" say nothing of the direction of the figure.
 */
const WAY_UP = /^(?:to )?(?:increase|increasing|higher|up|rise|raise|maximi[sz]e|grow|more)\b/i;
const WAY_DOWN =
  /^(?:to )?(?:reduce|reducing|reduction|decrease|decreasing|lower|down|fall|cut|minimi[sz]e|fewer|less)\b/i;

export function targetDirectionWords(text: string): PolarityKind | null {
  // Arrows and a full stop after the word ("Increase ↑", "Reduce.") say no more than the word.
  const t = text.trim().replace(/[.!\u2191\u2193\s]+$/, '');
  if (t.length > 60 || /\d/.test(t)) return null;
  if (WAY_UP.test(t)) return 'higher';
  if (WAY_DOWN.test(t)) return 'lower';
  return null;
}

/**
 * Words a target cell uses to say the indicator has no target on purpose ("Monitor only",
 * "Contextual", "Data only", "No target", "Not set", "N/A"): a sheet that is right, not a cell to fix.
 */
const NO_TARGET_WORDS =
  /^(?:monitor(?:ing)?(?: only)?|for monitoring(?: only)?|context(?:ual)?(?: only| indicator)?|data only|trend only|info(?:rmation)? only|for info(?:rmation)?(?: only)?|no target(?: set)?|target not set|not set|none set|not applicable|n\/?a|baseline(?: year)?)$/;

/** True when the text says there is no target on purpose (NO_TARGET_WORDS). */
export function saysNoTarget(text: unknown): boolean {
  if (typeof text !== 'string' || text.length > 40) return false;
  const words = text
    .trim()
    .toLowerCase()
    .replace(/[.!()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Two ways of saying it, joined by a dash or colon ("N/A - monitoring only", "No target: context").
  return words.split(/ ?[:;,\u2013\u2014] | - /).every((part) => part !== '' && NO_TARGET_WORDS.test(part.trim()));
}

/** One target from a cell. Never throws. */
export function readTarget(src: SourceCell, opts: ReadOptions = {}): TargetRead {
  try {
    const plain = readValue(src, opts);
    if (plain.kind === 'number') return { kind: 'target', target: { kind: 'value', value: plain.reading } };
    if (plain.kind === 'blank') return plain;
    if (typeof src.value !== 'string') return plain;
    if (src.value.length > MAX_TARGET_TEXT * 4) return plain;
    const typed = withoutAnnotations(
      src.value
        .replace(/\u00a0/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (typed.length > MAX_TARGET_TEXT) return plain;
    const text = withoutTimeWords(typed);
    if (text !== typed) {
      const figure = readValue({ ...src, value: text }, opts);
      if (figure.kind === 'number') return { kind: 'target', target: { kind: 'value', value: figure.reading } };
    }
    const figs = figures(text);
    const band = readBand(text, figs, opts ?? {});
    if (band) return { kind: 'target', target: band };
    const worded = readWorded(text, figs, opts ?? {});
    if (worded) return worded;
    return plain.reason.startsWith("'")
      ? {
          kind: 'not-number',
          reason: plain.reason.replace(/, not one number$|, not a number$/, ', not a numeric target'),
        }
      : plain;
  } catch {
    return { kind: 'not-number', reason: `${quote(String(src?.value ?? ''))} could not be read as a target` };
  }
}
