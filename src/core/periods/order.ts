/**
 * Time keys that put periods of different kinds on one line: (calendar month index) * 100 + a sub
 * position, so that within a month a dated day comes first, then the month itself, then a quarter
 * or year ending that month ("Apr, May, Jun, Q1" reads in time order).
 */
import type { Period } from '../model';
import { fyOfMonth, quarterMonths, quarterOfMonth } from './quarters';
import type { PeriodFields, QuarterNumber } from './types';

export const SUB_MONTH = 50;
export const SUB_QUARTER = 60;
export const SUB_YEAR = 70;
/** Baselines come before every dated period of their row. */
export const BASELINE_ORDER = -1;
/** The financial year given to rows whose headers carry no year at all ("September" ... "April"). */
export const NOMINAL_FY_START = 2000;

export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function keyOf(monthIdx: number, sub: number): number {
  return monthIdx * 100 + sub;
}

/** Calendar month index of a quarter's last month. */
export function quarterEndIndex(fyStart: number, quarter: QuarterNumber): number {
  const last = quarterMonths(fyStart, quarter)[2];
  return monthIndex(last.year, last.month);
}

/** Where a period sits in time, or null when it has no year (bare month, yearless quarter) or is a baseline. */
export function timeKey(p: PeriodFields): number | null {
  switch (p.kind) {
    case 'baseline':
      return null;
    case 'month':
    case 'date':
      if (p.year === undefined || p.month === undefined) return null;
      return keyOf(monthIndex(p.year, p.month), p.kind === 'date' && p.day !== undefined ? p.day : SUB_MONTH);
    case 'quarter':
      if (p.fyStart === undefined || p.quarter === undefined) return null;
      return keyOf(quarterEndIndex(p.fyStart, p.quarter), SUB_QUARTER);
    case 'year':
      if (p.fyStart !== undefined) return keyOf(monthIndex(p.fyStart + 1, 3), SUB_YEAR);
      if (p.year !== undefined) return keyOf(monthIndex(p.year, 12), SUB_YEAR);
      return null;
  }
}

/** A provisional order for a lone header: its time key, with the nominal year for yearless ones. */
export function provisionalOrder(p: PeriodFields): number {
  if (p.kind === 'baseline') return BASELINE_ORDER;
  const key = timeKey(p);
  if (key !== null) return key;
  const r = residueOf(p);
  if (!r) return 0;
  const year = r.monthOfYear + 1 >= 4 ? NOMINAL_FY_START : NOMINAL_FY_START + 1;
  return keyOf(year * 12 + r.monthOfYear, r.sub);
}

/** For a yearless period: its month of year (0-11) and sub position, which fix it up to a whole year. */
export function residueOf(p: PeriodFields): { monthOfYear: number; sub: number } | null {
  if ((p.kind === 'month' || p.kind === 'date') && p.year === undefined && p.month !== undefined) {
    return { monthOfYear: p.month - 1, sub: p.kind === 'date' && p.day !== undefined ? p.day : SUB_MONTH };
  }
  if (p.kind === 'quarter' && p.fyStart === undefined && p.quarter !== undefined) {
    // Quarter end months: Q1 June, Q2 September, Q3 December, Q4 March.
    return { monthOfYear: [5, 8, 11, 2][p.quarter - 1], sub: SUB_QUARTER };
  }
  return null;
}

/** Fills a yearless period's year fields from a resolved time key. */
export function placeAt<P extends PeriodFields>(p: P, key: number): P {
  const idx = Math.floor(key / 100);
  const year = Math.floor(idx / 12);
  const month = (idx % 12) + 1;
  if (p.kind === 'quarter') return { ...p, fyStart: fyOfMonth(year, month) };
  return { ...p, year, fyStart: fyOfMonth(year, month), quarter: quarterOfMonth(month) };
}

/** Orders two periods of one row: by order (time), baselines first. */
export function comparePeriods(a: Period, b: Period): number {
  return a.order - b.order;
}

/** The latest period (largest order) that is not a baseline, or null when there is none. */
export function latestPeriod(periods: readonly (Period | null | undefined)[]): Period | null {
  let best: Period | null = null;
  for (const p of periods) {
    if (!p || p.kind === 'baseline') continue;
    if (!best || p.order > best.order) best = p;
  }
  return best;
}
