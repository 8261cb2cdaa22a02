/**
 * What a column holds under its header: how many cells are numbers (typed, or typed as text:
 * "12.5", "1,305", "95%"), bounds ("<24%", ">1350", "95%+"), sentences, short words, year numbers,
 * booleans, errors, and how many distinct texts. The column-role evidence (column-evidence.ts)
 * reads these counts; a header gives a role only when the content fits it (SCORING.md).
 * Reading is capped at CONTENT_ROWS rows per column, so profiling a table stays linear in its width.
 */
import { parsePeriodText } from '../periods';
import { isDateFormat } from '../periods/excel-dates';
import { isBlankMark } from '../values/blank-marks';
import { parseNumberText } from '../values/read';
import type { Grid } from './grid';

/** Rows read below the header per column. */
export const CONTENT_ROWS = 60;

export interface ColumnContent {
  filled: number;
  /** Typed numbers (not booleans). */
  numbers: number;
  /** Text that reads as one number ("12.5", "1,305", "95%", "£1.2m"). */
  numericText: number;
  /** Text bounds and open-ended figures ("<24%", ">= 1350", "95%+", "70+", "at least 95%"). */
  bounds: number;
  /** Text of five words or more: a sentence, an objective, a comment. */
  sentences: number;
  /** Other text: labels, codes, categories. */
  words: number;
  /** Whole numbers between 1900 and 2100 (years, typed or as text). */
  years: number;
  /** TRUE/FALSE, and 0/1. */
  booleans: number;
  zeroOne: number;
  /** Excel errors ("#N/A", "#DIV/0!"). */
  errors: number;
  /** Distinct texts (string cells only). */
  distinctText: number;
  /** Texts that look like codes or ids ("046395-2018", "KPI01", "BS01", "PAM/001"). */
  codes: number;
  /** Cells that read as periods: dates, "Jan-24", "Q1 2024", "2019/20" (rows that are periods, not indicators). */
  periods: number;
  /** Words in all the text cells (sentences and words): their mean tells labels from descriptions. */
  textWords: number;
  /** "Not yet" words: "N/A", "Pending", "TBC", "-", "New Indicator"... a column not filled in yet. */
  placeholders: number;
  /** Counts of a whole ("12 of 20", "3/4 done"): a figure reached, though not one number. */
  counts: number;
}

const NUMERIC_TEXT = /^[-+]?[£$€]?\s*\d[\d,]*(\.\d+)?\s*(%|k|m|bn)?$|^[-+]?\.\d+%?$/i;
const BOUND_TEXT =
  /^(<=?|>=?|≤|≥|=<|=>)\s*[£$€]?\d|^[£$€]?\d[\d,.]*\s*%?\s*\+$|^(at least|at most|no more than|no less than|less than|more than|under|over|below|above|min(imum)?|max(imum)?)\s+[£$€]?\d/i;
const ERROR_TEXT = /^#(n\/a|div\/0!|value!|ref!|name\?|num!|null!|spill!|calc!)$/i;
export const PLACEHOLDER =
  /^(\[(x|z|c|u|w|low)\]|:|n\/?a|n\/?k|tbc|tbd|tba|pending|not (yet )?(available|known|reported|due|applicable)|awaiting( data)?|no data|nil|none|new( indicator| measure)?|-+|–|—|\.|\?)$/i;
const COUNT_OF_TEXT = /^\d[\d,]*\s*(of|out of)\s*\d[\d,]*\b/i;
// "PAM/001": Welsh public accountability measures and other systems put a slash after the letters.
const CODE_TEXT =
  /^[A-Za-z]{0,6}[-_. ]?\d[\d-_.]*[A-Za-z]?$|^[A-Z]{2,6}\d{1,4}[a-z]?$|^[A-Za-z]{1,6}\/\d[\d-_.]*[A-Za-z]?$/;

/** Profile column c over the rows below header row r (at most CONTENT_ROWS, up to lastRow). */
export function columnContent(grid: Grid, r: number, c: number, lastRow = grid.rows - 1): ColumnContent {
  const out: ColumnContent = {
    filled: 0,
    numbers: 0,
    numericText: 0,
    bounds: 0,
    sentences: 0,
    words: 0,
    years: 0,
    booleans: 0,
    zeroOne: 0,
    errors: 0,
    distinctText: 0,
    codes: 0,
    periods: 0,
    textWords: 0,
    placeholders: 0,
    counts: 0,
  };
  const seen = new Set<string>();
  const end = Math.min(lastRow, r + CONTENT_ROWS, grid.rows - 1);
  for (let rr = r + 1; rr <= end; rr++) {
    if (grid.isBlank(rr, c)) continue;
    const v = grid.value(rr, c);
    // A dash or dots ("—", "-", "..") is a blank cell, not a word: the column's figures decide.
    if (typeof v === 'string' && isBlankMark(grid.trimmed(rr, c))) continue;
    out.filled++;
    if (typeof v === 'boolean') {
      out.booleans++;
      continue;
    }
    if (typeof v === 'number') {
      if (isDateFormat(grid.format(rr, c))) {
        out.periods++;
        continue;
      }
      out.numbers++;
      if (v === 0 || v === 1) out.zeroOne++;
      if (Number.isInteger(v) && v >= 1900 && v <= 2100) out.years++;
      continue;
    }
    const t = grid.trimmed(rr, c);
    if (ERROR_TEXT.test(t)) {
      out.errors++;
      continue;
    }
    if (!seen.has(t)) {
      seen.add(t);
      out.distinctText++;
    }
    // A number in its unit ("41 minutes", "8 days", "12 households") is a figure too (SCORING.md).
    if (t.length <= 30 && (NUMERIC_TEXT.test(t) || parseNumberText(t) !== null)) {
      out.numericText++;
      if (t === '0' || t === '1') out.zeroOne++;
      if (/^(19|20)\d{2}$/.test(t)) out.years++;
      continue;
    }
    if (/^(true|false)$/i.test(t)) {
      out.booleans++;
      continue;
    }
    if (t.length <= 40 && BOUND_TEXT.test(t)) {
      out.bounds++;
      continue;
    }
    if (t.length <= 24 && parsePeriodText(t, false) !== null) {
      out.periods++;
      continue;
    }
    if (t.length <= 30 && COUNT_OF_TEXT.test(t)) out.counts++;
    if (PLACEHOLDER.test(t)) out.placeholders++;
    if (t.length <= 20 && CODE_TEXT.test(t)) out.codes++;
    const words = t.split(/\s+/).length;
    out.textWords += words;
    if (words >= 5) out.sentences++;
    else out.words++;
  }
  return out;
}

/** Cells that read as a figure: numbers, numeric text, errors (a formula's figure). */
export function figureCells(c: ColumnContent): number {
  return c.numbers + c.numericText + c.errors;
}

/** Text cells (sentences and words, codes among them). */
export function textCells(c: ColumnContent): number {
  return c.sentences + c.words;
}
