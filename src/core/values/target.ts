/**
 * Reading a target cell: one number, a band ("between 5% and 7%", "5%-7%"), or a number with a
 * wording ("keep under 20") whose wording hints which way is good. Anything else is not a target.
 */
import type { PolarityKind, Reading, SourceCell, Target } from '../model';
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

const NUM = String.raw`£?\s*\d[\d,]*(?:\.\d+)?\s*%?`;
const BAND = new RegExp(String.raw`^(?:between\s+|from\s+)?(${NUM})\s*(?:-|–|—|to|and)\s*(${NUM})$`, 'i');

/** Wordings before a single number, and the way they point. */
const WORDINGS: { re: RegExp; hint: PolarityKind }[] = [
  {
    re: /(?:under|below|less than|fewer than|lower than|no more than|not more than|at most|maximum(?: of)?|max\.?|up to|<=?|≤)\s*$/i,
    hint: 'lower',
  },
  {
    re: /(?:over|above|more than|greater than|higher than|at least|no less than|not less than|no fewer than|minimum(?: of)?|min\.?|>=?|≥)\s*$/i,
    hint: 'higher',
  },
  {
    re: /(?:maintain(?:ed)?(?: at)?|keep(?: it)? at|stay at|remain at|around|about|approximately|c\.)\s*$/i,
    hint: 'band',
  },
];

function reading(text: string, opts: ReadOptions): Reading | null {
  const p = parseNumberText(text);
  if (!p) return null;
  return { value: p.value, percent: p.percent || !!opts.percentUnit, decimals: p.decimals, grouping: p.grouping };
}

function readBand(text: string, opts: ReadOptions): Target | null {
  const m = BAND.exec(text);
  if (!m) return null;
  let low = reading(m[1], opts);
  let high = reading(m[2], opts);
  if (!low || !high) return null;
  // "5-7%" means 5% to 7%: a percent sign on either end makes both percentages.
  if (low.percent !== high.percent) {
    low = { ...low, percent: true };
    high = { ...high, percent: true };
  }
  return low.value <= high.value ? { kind: 'band', low, high } : { kind: 'band', low: high, high: low };
}

function readWorded(text: string, opts: ReadOptions): TargetRead | null {
  const numbers = text.match(/\d[\d,]*(?:\.\d+)?\s*%?/g) ?? [];
  if (numbers.length !== 1) return null;
  const m = new RegExp(String.raw`^(.*?)(${NUM})\s*(?:\.)?$`, 'i').exec(text);
  if (!m) return null;
  const words = m[1];
  for (const w of WORDINGS) {
    const hit = w.re.exec(words);
    if (!hit) continue;
    const r = reading(m[2], opts);
    if (!r) return null;
    return { kind: 'target', target: { kind: 'value', value: r }, polarityHint: w.hint, wording: text.trim() };
  }
  return null;
}

/** One target from a cell. Never throws. */
export function readTarget(src: SourceCell, opts: ReadOptions = {}): TargetRead {
  try {
    const plain = readValue(src, opts);
    if (plain.kind === 'number') return { kind: 'target', target: { kind: 'value', value: plain.reading } };
    if (plain.kind === 'blank') return plain;
    if (typeof src.value !== 'string') return plain;
    const text = src.value
      .replace(/\u00a0/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    const band = readBand(text, opts ?? {});
    if (band) return { kind: 'target', target: band };
    const worded = readWorded(text, opts ?? {});
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
