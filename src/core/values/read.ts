/**
 * Reading one number out of a cell, in the indicator's one representation (percentages as points:
 * 25% -> 25). Anything that is not one number says why, so the cell can be named in a warning.
 */
import { formatFacts } from '../format/format-code';
import { generalDecimals } from '../format/number-text';
import type { Reading, SourceCell } from '../model';
import { statisticalSymbol, withoutAnnotations } from './annotations';
import { dateFormatParts } from '../periods/excel-dates';
import { excelError } from './excel-errors';
import { saysNoFigureYet } from './not-yet';
import { parseDurationText } from './duration-text';

const SECONDS_PER_DAY = 86_400;

export type ValueRead =
  { kind: 'number'; reading: Reading } | { kind: 'blank' } | { kind: 'not-number'; reason: string };

export interface ReadOptions {
  /** The indicator's unit is percent: a plain 25 means 25%. */
  percentUnit?: boolean;
}

const NOT_AVAILABLE = new Set(['n/a', 'na', 'n.a.', 'not available', 'not applicable']);

/**
 * Longest text examined as one number or target. Longer text is not a figure anyone typed, and the
 * cap keeps every parse linear in what it reads (issue 12: a 32,766-digit cell froze the pane).
 */
export const MAX_NUMBER_TEXT = 120;

/**
 * "25", "-1.5", "1,305", "£1,305.50", "$18,099,732", "25%", "25 %", "25 per cent", "£125k", "1.2m",
 * "8 days", and a rate with its denominator ("48.2 per 1,000", "9.1 days per FTE", "£12 per
 * household": the figure in its unit, the "per" part naming the unit). Groups of three only, so "1,30" is not a number; "1 305" (a space, no-break or thin space between
 * groups of three, as some systems export) is one number too. One anchored pass, no nested repetition.
 */
const NUMBER_TEXT =
  /^([+-]?)\s*[£$€]?\s*((?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))\s*(%|per ?cent|k|m|bn|million|thousand)?\s*(?:(?:working |calendar )?(?:days?|hours?|hrs?|weeks?|wks?|months?|mins?|minutes?|seconds?|secs?|years?|yrs?|people|persons?|pupils|children|households|cases|visits|beds|homes|pounds))?(?:\s+per\s+(?!cent\b)(?:(?:\d{1,3}(?:,\d{3})+|\d{1,7}k?)(?:\s+[a-z][a-z.+]*(?:\s[a-z][a-z.+]*){0,2})?|[a-z][a-z.+]*(?:\s[a-z][a-z.+]*){0,2}))?$/i;

/** The common case (plain figures as Excel shows them) first: one short pattern, no unit words. */
const PLAIN_NUMBER = /^([+-]?)£?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?|\.(\d+))\s*(%?)$/;

/** Separators between digit groups, dropped before the digits are read. */
const GROUP_SEPARATORS = /[, \u00a0\u2009\u202f]/g;

/**
 * Minus signs as people and other programs type them: the Unicode minus (U+2212) and a dash
 * directly before a digit ("–4"). A lone dash stays a "not yet" placeholder (not-yet.ts).
 */
const DASH_MINUS = /^[\u2212\u2012\u2013\u2014](?=\s*[£$€]?\s*\.?\d)/;

/** A currency sign before accounting brackets: "£(12,400)", "$ (1,234.50)". */
const CURRENCY_OUTSIDE = /^([£$€])\s*\(([^()]*)\)$/;

/** Accounting negatives: "(4)", "(1,305)", "(£12.50)", "(3.5%)": the figure in brackets, nothing else. */
const BRACKETED = /^\(\s*([^()]*)\s*\)$/;

const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, bn: 1e9 };

/** Parsed number text, or null when the text is not exactly one number. */
export function parseNumberText(
  text: string,
): { value: number; decimals: number; grouping: boolean; percent: boolean } | null {
  if (text.length > MAX_NUMBER_TEXT) return null;
  let t = text.trim();
  let negate = false;
  // "£(12,400)": the currency sign outside the accounting brackets, as finance exports write it, is
  // "(£12,400)".
  const outside = CURRENCY_OUTSIDE.exec(t);
  if (outside) t = `(${outside[1]}${outside[2]})`;
  // The patterns for the rarer forms run only when the first character asks for them.
  const first = t.charCodeAt(0);
  const bracketed = first === 40 /* ( */ ? BRACKETED.exec(t) : null;
  if (bracketed) {
    // "(4)" is -4; "(-4)" or "((4))" is not one number anyone typed.
    t = bracketed[1].trim();
    if (/^[+\-\u2212(]/.test(t)) return null;
    negate = true;
  }
  if (first > 127 && DASH_MINUS.test(t)) t = `-${t.slice(1)}`;
  const m = PLAIN_NUMBER.exec(t) ?? NUMBER_TEXT.exec(t);
  if (!m) {
    // "00:38:12" as text is a duration, read in seconds as a time-formatted cell is (duration-text.ts).
    const duration = negate ? null : parseDurationText(t);
    return duration && { value: duration.seconds, decimals: duration.decimals, grouping: false, percent: false };
  }
  const digits = m[2].replace(GROUP_SEPARATORS, '');
  const suffix = (m[5] ?? '').toLowerCase();
  const scale = MULTIPLIER[suffix] ?? 1;
  let value = Number(`${m[1]}${digits.startsWith('.') ? `0${digits}` : digits}`);
  if (scale !== 1) value = Number((value * scale).toPrecision(15));
  if (!Number.isFinite(value)) return null;
  if (negate) value = -value;
  const shownDecimals = (m[3] ?? m[4] ?? '').length;
  // "1.2m" is 1,200,000: the decimals belong to the millions, not to the figure.
  const decimals = scale === 1 ? shownDecimals : Math.max(0, shownDecimals - Math.log10(scale));
  return {
    value: value === 0 ? 0 : value,
    decimals,
    grouping: m[2] !== digits || scale !== 1,
    percent: suffix === '%' || suffix.startsWith('per'),
  };
}

/**
 * The number a cell value stands for: a finite number as it is, text that reads as exactly one
 * number ("12.5", "1,305", " 93.02 ", "-4", "25%" as 25) as that number; null otherwise. For
 * detection, which asks "is this column figures?" of every cell: no display format is consulted,
 * and text over MAX_NUMBER_TEXT is not examined.
 */
export function numericValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_NUMBER_TEXT) return null;
  // Cheap refusal first: number text starts with a sign, a bracket, a currency sign, a dot or a digit.
  const first = value.trimStart().charCodeAt(0);
  if (!((first >= 48 && first <= 57) || STARTS_NUMBER.has(first))) return null;
  return parseNumberText(withoutAnnotations(value.replace(/\u00a0/g, ' ')))?.value ?? null;
}

/** Characters other than digits that number text may start with: + - − – ( £ $ € . */
const STARTS_NUMBER = new Set([...'+-\u2212\u2012\u2013\u2014(£$€.'].map((c) => c.charCodeAt(0)));

/** Short quote of a cell's text for messages. */
export function quote(text: string): string {
  // Only the start is shown, so only the start is normalised (a 32,767-character cell stays cheap).
  const t = text.slice(0, 200).replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `'${t.slice(0, 57)}...'` : `'${t}'`;
}

/** Why a piece of text is not one number, in words a council officer would follow. */
function whyNotNumber(text: string): string {
  const t = text.trim();
  if (t.length > MAX_NUMBER_TEXT) return `${quote(t)} is too long to be one number`;
  const figures = t.match(/\d[\d.,]*/g) ?? [];
  if (figures.length === 2) return `${quote(t)} holds two figures, not one number`;
  if (figures.length > 2) return `${quote(t)} holds several figures, not one number`;
  if (figures.length === 1) return `${quote(t)} mixes words and figures, not one number`;
  return `${quote(t)} is text, not a number`;
}

/**
 * toPoints answers, shared across scorings: toPrecision makes and parses a string per percent
 * figure, and a sheet's percentages repeat (0.5 on every row of a column). Bounded.
 */
const POINTS = new Map<number, number>();
const POINTS_LIMIT = 50_000;

function toPoints(value: number): number {
  let points = POINTS.get(value);
  if (points === undefined) {
    // Strip float noise from the scaling (0.28 * 100 = 28.000000000000004).
    points = Number((value * 100).toPrecision(15));
    if (POINTS.size >= POINTS_LIMIT) POINTS.clear();
    POINTS.set(value, points);
  }
  return points;
}

function fromNumber(src: SourceCell, value: number, opts: ReadOptions): ValueRead {
  if (!Number.isFinite(value)) return { kind: 'not-number', reason: 'the value is not a finite number' };
  const facts = formatFacts(src.numberFormat);
  // A time-only format ("mm:ss", "h:mm:ss", "[h]:mm") shows a duration ("Average speed of answer
  // 01:30"), a figure: read in seconds, so durations compare, trend and vary in one unit.
  if (facts.date && value >= 0 && dateFormatParts(src.numberFormat) === null) {
    const seconds = Math.round(value * SECONDS_PER_DAY * 1000) / 1000;
    if (!Number.isFinite(seconds)) return { kind: 'not-number', reason: 'the duration is too large to score' };
    // The seconds the format shows ("mm:ss": whole seconds, "mm:ss.0": tenths): equality and the
    // variance line are judged at that precision, as for any figure.
    return {
      kind: 'number',
      reading: { value: seconds, percent: false, decimals: facts.decimals ?? 0, grouping: false, duration: true },
    };
  }
  if (facts.date) {
    return {
      kind: 'not-number',
      reason: `the cell is formatted as a date${src.text ? ` (${quote(src.text)})` : ''}, not a figure`,
    };
  }
  // The displayed text, where the host gave it, is the best witness of decimals and separators.
  // "" (a number the host gave no text for, nearly every cell) parses as nothing: not parsed.
  const shown = typeof src.text === 'string' && src.text !== '' ? parseNumberText(src.text) : null;
  const percentCell = facts.percent || (shown?.percent ?? false) || src.fraction === true;
  const points = percentCell ? toPoints(value) : value;
  if (!Number.isFinite(points)) return { kind: 'not-number', reason: 'the value is too large to score' };
  let decimals: number;
  // A fraction shown as "0.875" has one decimal as points (87.5).
  if (src.fraction === true && !facts.percent && !shown?.percent)
    decimals = Math.max(0, (shown ? shown.decimals : generalDecimals(value)) - 2);
  else if (shown) decimals = shown.decimals;
  else if (facts.decimals !== null) decimals = facts.decimals;
  else decimals = generalDecimals(points);
  const grouping = shown ? shown.grouping : facts.grouping;
  return {
    kind: 'number',
    reading: { value: points, percent: percentCell || !!opts.percentUnit, decimals, grouping },
  };
}

/**
 * A figure followed by a note in brackets that starts with a letter: "25.43 (Q13-Q16)", "92
 * (provisional)", "16.5 (Mar 2024)". The note says what the figure covers; the figure is the number.
 * A bracket that starts with a figure ("12 (15)", "40 (45%)") is a second figure: not one number.
 */
const TRAILING_NOTE = /^([^()]{1,40}?)\s*\(\s*[A-Za-z][^()]{0,40}\)$/;

function withoutNote(t: string): string {
  const m = TRAILING_NOTE.exec(t);
  return m ? m[1] : '';
}

/**
 * A figure with a provisional, revised or estimated letter typed after it: "7.9p", "8.4r", "1,305 p"
 * (the statistical symbols without their brackets). Lower case only, after a digit or "%".
 */
const TRAILING_STATUS_LETTER = /^(.{0,40}[\d%])\s?[pre]$/;

function withoutStatusLetter(t: string): string {
  const m = TRAILING_STATUS_LETTER.exec(t);
  return m ? m[1] : '';
}

function fromText(raw: string, opts: ReadOptions, fraction = false): ValueRead {
  const typed = raw.replace(/\u00a0/g, ' ').trim();
  const symbol = statisticalSymbol(typed);
  if (symbol) return { kind: 'not-number', reason: `${quote(typed)} is the statistical symbol for ${symbol}` };
  // "85.2 [p]", "1,305 [note 3]", "12.5*": the figure; the marks after it annotate it (annotations.ts).
  const t = withoutAnnotations(typed);
  if (saysNoFigureYet(t)) return { kind: 'blank' };
  const error = excelError(t);
  if (error) return { kind: 'not-number', reason: `the cell shows the Excel error ${error}` };
  if (NOT_AVAILABLE.has(t.toLowerCase())) return { kind: 'not-number', reason: 'N/A (not available)' };
  const parsed = parseNumberText(t) ?? parseNumberText(withoutNote(t)) ?? parseNumberText(withoutStatusLetter(t));
  if (!parsed) return { kind: 'not-number', reason: whyNotNumber(t) };
  // "0.92" typed as text in a column read as percentages written as fractions is 92%, as the
  // number 0.92 there is (fromNumber): the note says so, and the figure must agree with it.
  if (fraction && !parsed.percent) {
    return {
      kind: 'number',
      reading: {
        value: toPoints(parsed.value),
        percent: true,
        decimals: Math.max(0, parsed.decimals - 2),
        grouping: parsed.grouping,
      },
    };
  }
  return {
    kind: 'number',
    reading: {
      value: parsed.value,
      percent: parsed.percent || !!opts.percentUnit,
      decimals: parsed.decimals,
      grouping: parsed.grouping,
    },
  };
}

/** One number from a cell. Never throws, whatever the cell holds. */
export function readValue(src: SourceCell, opts: ReadOptions = {}): ValueRead {
  try {
    const value: unknown = src?.value;
    if (value === '' || value === null || value === undefined) return { kind: 'blank' };
    if (typeof value === 'boolean')
      return { kind: 'not-number', reason: `${value ? 'TRUE' : 'FALSE'} is a yes/no value, not a number` };
    if (typeof value === 'number') return fromNumber(src, value, opts ?? {});
    if (typeof value === 'string') return fromText(value, opts ?? {}, src.fraction === true);
    return { kind: 'not-number', reason: 'the cell holds something other than a number or text' };
  } catch {
    return { kind: 'not-number', reason: 'the cell could not be read' };
  }
}
