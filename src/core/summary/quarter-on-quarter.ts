/**
 * Quarter-on-quarter: this quarter against the one before and the same quarter a year earlier
 * ("from 31 episodes to 18"), judged better or worse by the indicator's polarity. Months fold into
 * financial quarters with the shared fold: "last" (a snapshot: the quarter's last month with a
 * value) by default; "sum" for counts of events; "mean" for monthly rates.
 */
import type { ScoredIndicator } from '../model';
import { foldToQuarters } from '../periods';
import type { QuarterFold, Rules } from '../rules/types';
import { type NumberStyle, roundShown, styleOf } from './numbers';
import { type QuarterKey, quarterBefore, quarterYearBefore, sameQuarter } from './quarters';
import { periodSeries } from './series';

/** "part-quarter": a summed quarter still missing months cannot be judged against a full one. */
export type Direction = 'better' | 'worse' | 'same' | 'no-polarity' | 'part-quarter';

export interface QuarterFigure {
  key: QuarterKey;
  value: number;
  /** Calendar months (1-12) that had a value; empty for quarterly series. */
  months: number[];
}

export interface Comparison {
  /** This quarter minus the other, in the indicator's unit (percentage points for %). */
  change: number;
  direction: Direction;
}

export interface QuarterRow {
  indicator: ScoredIndicator;
  fold: QuarterFold;
  style: NumberStyle;
  current: QuarterFigure;
  previous: QuarterFigure | null;
  lastYear: QuarterFigure | null;
  onPrevious: Comparison | null;
  onLastYear: Comparison | null;
}

export interface QuarterTable {
  /** Quarters of headers without a year: label them without one. */
  nominal: boolean;
  current: QuarterKey;
  previous: QuarterKey;
  lastYear: QuarterKey;
  rows: QuarterRow[];
}

function matches(wanted: string | undefined, actual: string | undefined): boolean {
  return wanted !== undefined && actual !== undefined && wanted.trim().toLowerCase() === actual.trim().toLowerCase();
}

/** The fold for one indicator: its override's, else the shared rule's. */
export function foldFor(ind: ScoredIndicator, rules: Rules): QuarterFold {
  for (const o of rules.overrides) {
    if (o.quarterFold && (matches(o.match.code, ind.source.code) || matches(o.match.name, ind.source.name)))
      return o.quarterFold;
  }
  return rules.quarterFold;
}

function numberStyle(ind: ScoredIndicator, fold: QuarterFold, values: number[]): NumberStyle {
  const reading = ind.actual ?? ind.lastKnown?.reading ?? null;
  const base: NumberStyle = reading
    ? styleOf(reading)
    : {
        percent: false,
        decimals: values.every(Number.isInteger) ? 0 : 1,
        grouping: values.some((v) => Math.abs(v) >= 10000),
      };
  // A mean of whole numbers is rarely whole: show one decimal rather than a misleading round figure.
  return fold === 'mean' ? { ...base, decimals: Math.max(base.decimals, 1) } : base;
}

/** Drop binary floating-point noise (0.1 + 0.2) so cells hold 22.4, not 22.400000000000002. */
export function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function distanceFromBand(value: number, low: number, high: number): number {
  if (value < low) return low - value;
  if (value > high) return value - high;
  return 0;
}

function compare(
  ind: ScoredIndicator,
  fold: QuarterFold,
  style: NumberStyle,
  now: QuarterFigure,
  then: QuarterFigure | null,
): Comparison | null {
  if (!then) return null;
  const change = clean(now.value - then.value);
  if (fold === 'sum' && now.months.length > 0 && now.months.length < then.months.length) {
    return { change, direction: 'part-quarter' };
  }
  const shownNow = roundShown(now.value, style.decimals);
  const shownThen = roundShown(then.value, style.decimals);
  let gain: number;
  if (ind.polarity === 'higher') gain = shownNow - shownThen;
  else if (ind.polarity === 'lower') gain = shownThen - shownNow;
  else if (ind.polarity === 'band' && ind.target?.kind === 'band') {
    const { low, high } = ind.target;
    gain = distanceFromBand(shownThen, low.value, high.value) - distanceFromBand(shownNow, low.value, high.value);
  } else {
    return { change, direction: shownNow === shownThen ? 'same' : 'no-polarity' };
  }
  const g = roundShown(gain, style.decimals);
  return { change, direction: g > 0 ? 'better' : g < 0 ? 'worse' : 'same' };
}

/** One indicator's row, or null when it has no figure for this quarter or nothing to compare with. */
export function quarterRow(ind: ScoredIndicator, rules: Rules, current: QuarterKey): QuarterRow | null {
  const series = periodSeries(ind);
  if (series.length === 0) return null;
  const fold = foldFor(ind, rules);
  const quarters = foldToQuarters(series, fold);
  const find = (key: QuarterKey): QuarterFigure | null => {
    const q = quarters.find((v) => sameQuarter(v, key));
    return q ? { key, value: clean(q.value), months: q.months } : null;
  };
  const now = find(current);
  const previous = find(quarterBefore(current));
  const lastYear = find(quarterYearBefore(current));
  if (!now || (!previous && !lastYear)) return null;
  const style = numberStyle(
    ind,
    fold,
    series.map((p) => p.value),
  );
  return {
    indicator: ind,
    fold,
    style,
    current: now,
    previous,
    lastYear,
    onPrevious: compare(ind, fold, style, now, previous),
    onLastYear: compare(ind, fold, style, now, lastYear),
  };
}

export function quarterOnQuarter(
  indicators: ScoredIndicator[],
  rules: Rules,
  current: QuarterKey,
  nominal = false,
): QuarterTable {
  const rows: QuarterRow[] = [];
  for (const ind of indicators) {
    const row = quarterRow(ind, rules, current);
    if (row) rows.push(row);
  }
  return { nominal, current, previous: quarterBefore(current), lastYear: quarterYearBefore(current), rows };
}
