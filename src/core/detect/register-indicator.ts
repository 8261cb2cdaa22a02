/**
 * One row of a header-row table (register.ts) as an indicator: its name, code, unit, direction,
 * frequency, figures per period, comparators, target (and whether the header makes it a floor or
 * a ceiling), baseline and output cells.
 */
import type { Comparator, IndicatorSource, Period, PeriodCell } from '../model';
import { indicatorId } from './draft';
import type { Grid } from './grid';
import type { HeaderLayout } from './header-row';
import { comparatorKind } from './headers';
import type { Outputs } from './register-outputs';
import { rowValues } from './series';
import { splitCode, unitFromLabel } from './text-fields';
import { isKeyResultText, targetFromKeyResult } from './key-result-target';
import { targetFromWords } from './target-in-words';

/** "target_min", "Minimum target", "Target (max)": a header that makes its targets a floor or a ceiling. */
function targetBoundOf(header: string): IndicatorSource['targetBound'] {
  // Asked on every row: a header without "min" or "max" in it (nearly all) is answered without splitting it.
  if (!/m(?:in|ax)/i.test(header)) return undefined;
  const words = header.toLowerCase().split(/[^a-z]+/);
  if (words.includes('min') || words.includes('minimum')) return { kind: 'min', header };
  if (words.includes('max') || words.includes('maximum')) return { kind: 'max', header };
  return undefined;
}

/** The first of the target columns (the main one, then the others) the row fills; no list made per row. */
function firstFilled(grid: Grid, r: number, main: number | undefined, others: readonly number[] | undefined) {
  if (main !== undefined && !grid.isBlank(r, main)) return main;
  if (others) for (const c of others) if (c !== undefined && !grid.isBlank(r, c)) return c;
  return undefined;
}

/** The row's filled target column whose header names the opposite bound ("target_max" beside "target_min"). */
function otherBound(grid: Grid, h: HeaderLayout, r: number, kind: 'min' | 'max'): IndicatorSource['targetOtherBound'] {
  const cols = h.target === undefined ? (h.otherTargets ?? []) : [h.target, ...(h.otherTargets ?? [])];
  for (const c of cols) {
    if (grid.isBlank(r, c)) continue;
    const header = grid.trimmed(h.row, c);
    const b = targetBoundOf(header);
    if (b && b.kind !== kind) return { kind: b.kind, header, source: grid.source(r, c) };
  }
  return undefined;
}

export function buildIndicator(
  grid: Grid,
  h: HeaderLayout,
  r: number,
  out: Outputs,
  currentPeriod: Period | undefined,
  blankFlag?: string,
): IndicatorSource {
  const text = (c: number | undefined): string | undefined => {
    if (c === undefined || grid.isBlank(r, c)) return undefined;
    return grid.trimmed(r, c);
  };
  let values: PeriodCell[] = h.periods.length > 0 ? rowValues(grid, r, h.periods) : [];
  // The year's figure is current: its own quarters are its parts, not earlier periods to trend against.
  const total = h.yearTotal;
  if (total && currentPeriod?.order === total.period.order && !grid.isBlank(r, total.col))
    values = values.filter((v) => !total.partOrders.includes(v.period.order));
  if (h.single && !grid.isBlank(r, h.single.col)) {
    // One actual column with no period in its header: the period is the column itself.
    const label = grid.trimmed(h.row, h.single.col);
    values.push({ period: h.single.period ?? { kind: 'date', label, order: 0 }, source: grid.source(r, h.single.col) });
  }
  const comparators: Comparator[] = [];
  for (const c of h.comparators) {
    if (grid.isBlank(r, c.col)) continue;
    const kind = c.role === 'area' ? 'area' : comparatorKind(c.label.toLowerCase());
    comparators.push({ label: c.label, kind, source: grid.source(r, c.col) });
  }
  const ind: IndicatorSource = {
    id: indicatorId(grid, r, h.name),
    sheet: grid.name,
    layout: h.periods.length >= 2 && !h.registerPeriods ? 'time-series' : 'register',
    table: -1,
    name: grid.trimmed(r, h.name),
    nameCell: grid.ref(r, h.name),
    values,
    comparators,
  };
  const measure = text(h.measure);
  if (measure) ind.measure = measure;
  const keyResult = h.keyResults === true || isKeyResultText(ind.name);
  const code = text(h.code);
  if (code) ind.code = code;
  else {
    // No code column: a code written in front of the name ("NI060 Percentage ...") is the code.
    const split = splitCode(ind.name);
    if (split.code && split.name) {
      // "KR1:" numbers a key result under its objective (KR1 again under the next one): not a code.
      if (!keyResult) ind.code = split.code;
      ind.name = split.name;
    }
  }
  // A unit column, else what the name says ("% Of Dental checks" is a percentage).
  const unit = text(h.unit) ?? (unitFromLabel(ind.name) === '%' ? '%' : undefined);
  if (unit) ind.unitText = unit;
  const polarity = directionText(grid, h, r, blankFlag);
  if (polarity) ind.polarityText = polarity;
  if (h.tolerance !== undefined && !grid.isBlank(r, h.tolerance))
    ind.tolerance = { source: grid.source(r, h.tolerance), header: grid.trimmed(h.row, h.tolerance) };
  const frequency = text(h.frequency);
  if (frequency) ind.frequency = frequency;
  // The first target column the row fills: "target_min" blank and "target_max" 10 is "at most 10".
  const targetCol = firstFilled(grid, r, h.target, h.otherTargets);
  if (targetCol !== undefined) {
    ind.target = grid.source(r, targetCol);
    const bound = targetBoundOf(grid.trimmed(h.row, targetCol));
    if (bound) {
      ind.targetBound = bound;
      const other = otherBound(grid, h, r, bound.kind);
      if (other) ind.targetOtherBound = other;
    }
  }
  if (h.periodTargets) {
    const targets = rowValues(grid, r, h.periodTargets);
    if (targets.length > 0) ind.targetsByPeriod = targets;
    if (targets.length > 0 && h.yearTarget && ind.target) ind.targetIsFallback = true;
  }
  if (h.baseline?.period && !grid.isBlank(r, h.baseline.col))
    ind.baseline = { period: h.baseline.period, source: grid.source(r, h.baseline.col) };
  // An OKR key result with no target of its own states it in its words (key-result-target.ts).
  if (!ind.target && !ind.targetsByPeriod && keyResult) targetFromKeyResult(grid, r, h.name, ind);
  // No target column: a target the name or the row's objective states in words (target-in-words.ts).
  else if (!ind.target && !ind.targetsByPeriod && h.target === undefined && !h.periodTargets)
    targetFromWords(grid, h, r, ind);
  if (currentPeriod) ind.currentPeriod = currentPeriod;
  if (out.status !== undefined) ind.statusCell = grid.ref(r, out.status);
  if (out.trend !== undefined) ind.trendCell = grid.ref(r, out.trend);
  if (out.variance !== undefined) ind.varianceCell = grid.ref(r, out.variance);
  return ind;
}

/**
 * The direction column's text for the row ("Up", "Higher is better", "reduce"). A flag column
 * (TRUE/FALSE, 1/0) means nothing without its header, so the header goes with it:
 * "lowerIsBetter: TRUE", "result_indicator_ascending: 0".
 */
function directionText(grid: Grid, h: HeaderLayout, r: number, blankFlag: string | undefined): string | undefined {
  if (h.polarity === undefined) return undefined;
  // A blank cell is passed as its header alone (not evidence; the row's note says it was blank),
  // unless the column marks only the rows it applies to (blankFlagReading).
  if (grid.isBlank(r, h.polarity)) return blankFlag ?? `${grid.trimmed(h.row, h.polarity)}:`;
  const cell = grid.trimmed(r, h.polarity);
  const v = grid.value(r, h.polarity);
  return isFlag(cell, v) ? `${grid.trimmed(h.row, h.polarity)}: ${cell}` : cell;
}

const YES_FLAG = /^(true|1|yes|y)$/i;

function isFlag(cell: string, v: unknown): boolean {
  return typeof v === 'boolean' || v === 0 || v === 1 || /^(true|false|0|1|yes|no|y|n)$/i.test(cell);
}

/**
 * A flag column that only marks the rows it applies to ("lowerIsBetter" TRUE on one row, blank on
 * the rest, as a tool writes a sparse boolean): its blanks mean "no". Only when every filled cell is
 * a "yes" flag; where the column also says "no" somewhere, a blank is left unread. The text says
 * the cell was blank, so the polarity note shows what was read.
 */
export function blankFlagReading(grid: Grid, h: HeaderLayout, rows: readonly number[]): string | undefined {
  const c = h.polarity;
  if (c === undefined) return undefined;
  let yes = 0;
  let blank = 0;
  for (const r of rows) {
    if (grid.isBlank(r, c)) {
      blank++;
      continue;
    }
    const cell = grid.trimmed(r, c);
    const v = grid.value(r, c);
    if (!(v === true || v === 1 || YES_FLAG.test(cell))) return undefined;
    yes++;
  }
  if (yes === 0 || blank === 0) return undefined;
  return `${grid.trimmed(h.row, c)}: FALSE (blank, where other rows are marked ${grid.trimmed(rows.find((r) => !grid.isBlank(r, c)) ?? h.row, c)})`;
}
