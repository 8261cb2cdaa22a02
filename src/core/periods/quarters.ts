/**
 * UK financial years and quarters: the year starts in April (2020 = 2020/21, April 2020 to March
 * 2021); Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar (so January 2021 is in Q4 of 2020/21).
 */
import type { Period } from '../model';
import { MONTH_NAMES } from './months';
import type { FiscalQuarter, QuarterNumber } from './types';

/** Financial year (by its starting calendar year) of a calendar month. */
export function fyOfMonth(year: number, month: number): number {
  return month >= 4 ? year : year - 1;
}

/** Financial quarter of a calendar month (1-12). */
export function quarterOfMonth(month: number): QuarterNumber {
  if (month >= 4 && month <= 6) return 1;
  if (month >= 7 && month <= 9) return 2;
  if (month >= 10) return 3;
  return 4;
}

/** The three calendar months of a quarter, oldest first. */
export function quarterMonths(fyStart: number, quarter: QuarterNumber): { year: number; month: number }[] {
  const first = quarter === 4 ? 1 : quarter * 3 + 1;
  const year = quarter === 4 ? fyStart + 1 : fyStart;
  return [0, 1, 2].map((k) => ({ year, month: first + k }));
}

/** The financial quarter a period falls in; null for baselines, whole years and periods without a year. */
export function quarterOf(p: Period): FiscalQuarter | null {
  if (p.kind === 'baseline' || p.kind === 'year') return null;
  if (p.year !== undefined && p.month !== undefined) {
    return { fyStart: fyOfMonth(p.year, p.month), quarter: quarterOfMonth(p.month) };
  }
  if (p.fyStart !== undefined && p.quarter !== undefined) return { fyStart: p.fyStart, quarter: p.quarter };
  return null;
}

export function previousQuarter(fyStart: number, quarter: QuarterNumber): FiscalQuarter {
  return quarter === 1 ? { fyStart: fyStart - 1, quarter: 4 } : { fyStart, quarter: (quarter - 1) as QuarterNumber };
}

export function nextQuarter(fyStart: number, quarter: QuarterNumber): FiscalQuarter {
  return quarter === 4 ? { fyStart: fyStart + 1, quarter: 1 } : { fyStart, quarter: (quarter + 1) as QuarterNumber };
}

export function sameQuarterLastYear(fyStart: number, quarter: QuarterNumber): FiscalQuarter {
  return { fyStart: fyStart - 1, quarter };
}

/** 2020 -> "2020/21" (2099 -> "2099/00"). */
export function fyLabel(fyStart: number): string {
  return `${fyStart}/${String((fyStart + 1) % 100).padStart(2, '0')}`;
}

/** "Quarter 2 2020/21 (July to September 2020)"; Q4 names the next calendar year. */
export function quarterLabel(fyStart: number, quarter: QuarterNumber): string {
  const months = quarterMonths(fyStart, quarter);
  const first = MONTH_NAMES[months[0].month - 1];
  const last = MONTH_NAMES[months[2].month - 1];
  return `Quarter ${quarter} ${fyLabel(fyStart)} (${first} to ${last} ${months[2].year})`;
}

/** Orders quarters: negative when a is earlier. */
export function compareQuarters(a: FiscalQuarter, b: FiscalQuarter): number {
  return a.fyStart - b.fyStart || a.quarter - b.quarter;
}
