/**
 * The target an OKR key result states in its own words ("Increase NPS from 30 to 45", "Reduce
 * churn to below 5%", "Grow MRR to $50k", "Achieve 95% uptime"). An OKR sheet has no target
 * column: the key result is the target. SCORING.md reads a target typed as words ("keep this
 * number under 20", "at least 95%": a bound that tells polarity) and a baseline-to-target
 * direction; a key result is read the same way, only where it names one figure to reach and a way
 * to reach it:
 * - "from A to B": B is the target and A the baseline it was set from (the direction, SCORING.md
 *   evidence 3, and the trend's reference where no earlier period exists);
 * - one figure with a bound ("below 5%", "at least 95%", "1,000+"): the bound, as a target cell
 *   would give it;
 * - one figure and a direction the measure's wording gives ("Grow ...", "Reduce ...", "uptime"):
 *   the figure, and the wording decides the direction as it does for any name.
 * No figure, several figures ("Hire 3 to 5 engineers"), a change by an amount ("by 20%") or no
 * direction: no target, and the note says why. Years and time frames ("by 2025", "in 6 months")
 * are not the figure. Linear: short text only, one left-to-right scan for figures.
 */
import type { IndicatorSource, SourceCell } from '../model';
import { classify } from '../scoring/evidence/wording/combine';
import type { Grid } from './grid';

export type KeyResultReading =
  | {
      kind: 'target';
      /** The target as a target cell would hold it: "45", "below 5%", "at least 95%", "$50k". */
      target: string;
      /** The figure the key result starts from ("from 30"), where it names one. */
      baseline?: string;
      note: string;
    }
  /** A change by an amount ("Increase revenue by 20%"): relative to an earlier figure, read as a target cell would. */
  | { kind: 'relative'; target: string; note: string }
  | { kind: 'none'; note: string };

/** Longest key result read: longer text is a description, not a statement of a figure to reach. */
const MAX_TEXT = 160;

/** A "KR1:", "KR 2.", "2.1" in front of the key result. */
const LEAD_CODE = /^\s*(?:kr\s*\d*(?:\.\d+)?|\d+(?:\.\d+)+)\s*[:.)\-–]?\s+/i;

/** One figure as typed: optional currency, digits with groups and decimals, then %, k, m, bn or x. */
const FIGURE = /[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|k\b|m\b|bn\b|million\b|thousand\b|x\b))?\+?/gi;

/** Words right before a figure that make it an upper or a lower bound. */
const LOWER_BOUND =
  /(?:^|\s)(?:below|under|less than|fewer than|lower than|no more than|not more than|at most|max(?:imum)?(?: of)?|<=?|≤)$/i;
const HIGHER_BOUND =
  /(?:^|\s)(?:above|over|more than|greater than|higher than|at least|no less than|no fewer than|min(?:imum)?(?: of)?|>=?|≥|exceed(?:ing)?)$/i;

/** Words before a figure that make it a time frame or a date, not the figure to reach. */
const TIME_BEFORE = /(?:^|\s)(?:by|in|within|before|during|after|for|over the next|next|end of|eo|fy|q[1-4]|h[12])$/i;
const TIME_AFTER = /^\s*(?:days?|weeks?|months?|quarters?|years?|yrs?|sprints?)\b/i;

interface Figure {
  text: string;
  start: number;
  end: number;
}

/** The figures of the key result, time frames and years left out. */
function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // Part of a word or code ("Q3", "H1", "FY25", "B2B", "KR2"): not a figure.
    if (start > 0 && /[A-Za-z]/.test(text[start - 1])) continue;
    const raw = m[0].trim();
    const before = text.slice(0, start).trimEnd();
    const after = text.slice(end);
    if (/^(?:19|20)\d{2}$/.test(raw)) continue;
    if (TIME_AFTER.test(after) && (TIME_BEFORE.test(before) || !/%|[£$€]/.test(raw))) continue;
    out.push({ text: raw, start, end });
    if (out.length > 4) break;
  }
  return out;
}

const quoteText = (t: string): string => `'${t.length > 60 ? `${t.slice(0, 57)}...` : t}'`;

/**
 * What the key result says its target is, or why it names none. `what` names the text in the notes
 * ("key result", "objective"): the same reading serves a plan's objective sentence.
 */
export function readKeyResult(written: string, what = 'key result'): KeyResultReading {
  const text = written.replace(/\s+/g, ' ').trim();
  const said = quoteText(text);
  if (text.length > MAX_TEXT)
    return { kind: 'none', note: `No target: the ${what} ${said} is too long to read a target from.` };
  const body = text.replace(LEAD_CODE, '');
  const figs = figuresOf(body);
  if (figs.length === 0) return { kind: 'none', note: `No target: the ${what} ${said} names no figure to reach.` };
  // "from A to B": the target B, set from the baseline A.
  if (figs.length === 2) {
    const lead = body.slice(0, figs[0].start).trimEnd();
    const join = body.slice(figs[0].end, figs[1].start).trim().toLowerCase();
    if (/(?:^|\s)from$/i.test(lead) && join === 'to') {
      const [a, b] = figs;
      return {
        kind: 'target',
        target: b.text,
        baseline: a.text,
        note: `Target read from the ${what} text ${said}: ${b.text}, from a baseline of ${a.text}.`,
      };
    }
  }
  if (figs.length > 1) {
    const listed = figs.map((f) => f.text).join(', ');
    return {
      kind: 'none',
      note: `No target: the ${what} ${said} names several figures (${listed}), not one to reach.`,
    };
  }
  const fig = figs[0];
  const before = body.slice(0, fig.start).trimEnd();
  if (/(?:^|\s)by$/i.test(before))
    return {
      kind: 'relative',
      target: body,
      note: `Target read from the ${what} text ${said}: a change by ${fig.text} on the figure before.`,
    };
  const plus = fig.text.endsWith('+');
  const figure = plus ? fig.text.slice(0, -1) : fig.text;
  const bound = LOWER_BOUND.exec(before) ?? HIGHER_BOUND.exec(before);
  if (bound || plus) {
    const target = plus ? `at least ${figure}` : `${bound![0].trim()} ${figure}`;
    return { kind: 'target', target, note: `Target read from the ${what} text ${said}: ${target}.` };
  }
  // One figure with no bound: the measure's wording must say which way is good, as for any name.
  if (!classify(body))
    return {
      kind: 'none',
      note: `No target: the ${what} ${said} names ${figure} but not which way is good, so it is not taken as the target.`,
    };
  return { kind: 'target', target: figure, note: `Target read from the ${what} text ${said}: ${figure}.` };
}

/** A key result written as such in its cell ("KR1: ...", "KR 2 - ..."), whatever its column's header. */
export function isKeyResultText(text: string): boolean {
  return /^\s*kr\s*\d+(?:\.\d+)?\s*[:.)\-–]\s*\S/i.test(text);
}

/**
 * The row's target (and baseline) from its key result, as cells at the key result's own address
 * holding what it states ("below 5%", "45" from "30"), so the target reader reads a bound, a
 * figure or a change as it would in a target column; the note says the target came from the text.
 */
export function targetFromKeyResult(grid: Grid, r: number, nameCol: number, ind: IndicatorSource): void {
  if (!grid.isString(r, nameCol)) return;
  const read = readKeyResult(grid.trimmed(r, nameCol));
  ind.targetNote = read.note;
  if (read.kind === 'none') return;
  const at = (value: string): SourceCell => ({
    cell: grid.ref(r, nameCol),
    value,
    numberFormat: 'General',
    text: value,
  });
  ind.target = at(read.target);
  if (read.kind === 'target' && read.baseline !== undefined && !ind.baseline)
    ind.baseline = { period: { kind: 'baseline', label: 'Key result baseline', order: -1 }, source: at(read.baseline) };
}
