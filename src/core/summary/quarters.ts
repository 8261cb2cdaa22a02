/**
 * UK financial quarters as the summary uses them, on top of the shared periods module: which
 * quarter a period falls in, the quarter before and the same quarter a year earlier, and labels.
 * Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar; 2020/21 runs April 2020 to March 2021.
 */
import type { Period } from '../model';
import {
  NOMINAL_FY_START,
  fyLabel,
  previousQuarter,
  quarterMonths,
  quarterOf,
  sameQuarterLastYear,
  type FiscalQuarter,
  type QuarterNumber,
} from '../periods';

export type QuarterKey = FiscalQuarter;
export type QuarterNo = QuarterNumber;

// Month names come from the periods module, so the summary and the parser spell them alike.
export { MONTH_NAMES } from '../periods/months';

/** The quarter a period belongs to, or null (years, baselines, months without a year). */
export function quarterOfPeriod(p: Period): QuarterKey | null {
  return quarterOf(p);
}

export function quarterIndex(q: QuarterKey): number {
  return q.fyStart * 4 + (q.quarter - 1);
}

export function sameQuarter(a: QuarterKey, b: QuarterKey): boolean {
  return quarterIndex(a) === quarterIndex(b);
}

export function quarterBefore(q: QuarterKey): QuarterKey {
  return previousQuarter(q.fyStart, q.quarter);
}

export function quarterYearBefore(q: QuarterKey): QuarterKey {
  return sameQuarterLastYear(q.fyStart, q.quarter);
}

/** "2020/21". */
export function financialYear(fyStart: number): string {
  return fyLabel(fyStart);
}

/**
 * Headers without any year ("September" ... "April") are placed in a stand-in financial year by the
 * periods module. Their quarters are real, their years are not: labels must leave the year out.
 */
export function hasNominalYear(p: Period): boolean {
  return quarterOf(p)?.fyStart === NOMINAL_FY_START && !/\d\d/.test(p.label);
}

/** "Q2 2020/21", for table headers where the long label will not fit; "Q2" when the year is not known. */
export function shortQuarterLabel(q: QuarterKey, nominal = false): string {
  return nominal ? `Q${q.quarter}` : `Q${q.quarter} ${fyLabel(q.fyStart)}`;
}

/** "Quarter 1 2020/21", for prose comparisons ("compared with Quarter 1 2020/21"). */
export function mediumQuarterLabel(q: QuarterKey, nominal = false): string {
  return nominal ? `Quarter ${q.quarter}` : `Quarter ${q.quarter} ${fyLabel(q.fyStart)}`;
}

/** The calendar months (1-12) of a quarter, in order (Q4: January, February, March). */
export function monthsOfQuarter(q: QuarterKey): number[] {
  return quarterMonths(q.fyStart, q.quarter).map((m) => m.month);
}
