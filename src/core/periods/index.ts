// STUB owned by the periods work: replace with the real implementation (split into files as it grows).
import type { Period } from '../model';
import type { QuarterFold } from '../rules/types';
import type { CellValue } from '../snapshot';

export interface HeaderCell {
  value: CellValue;
  numberFormat: string;
  text: string;
}

/** What a column (or row) header is: a period, a "Prev. 6 months" baseline, an area, a comparator... */
export type HeaderClass = 'period' | 'baseline' | 'area' | 'comparator' | 'other';

export function classifyHeader(cell: HeaderCell): HeaderClass {
  void cell;
  throw new Error('classifyHeader: not implemented yet');
}

/** One header to a period, or null when it is not one. */
export function parsePeriodHeader(cell: HeaderCell): Period | null {
  void cell;
  throw new Error('parsePeriodHeader: not implemented yet');
}

/**
 * A row of headers to periods, with context: bare months ("September" ... "April") get years so the
 * sequence runs forward across the year end; `order` increases left to right in time.
 */
export function parsePeriodRow(cells: HeaderCell[]): (Period | null)[] {
  void cells;
  throw new Error('parsePeriodRow: not implemented yet');
}

export interface QuarterValue {
  fyStart: number;
  quarter: 1 | 2 | 3 | 4;
  value: number;
  /** Months (1-12) that had a value. */
  months: number[];
}

/** Fold a monthly (or quarterly) series into UK financial quarters. */
export function foldToQuarters(series: { period: Period; value: number }[], fold: QuarterFold): QuarterValue[] {
  void series;
  void fold;
  throw new Error('foldToQuarters: not implemented yet');
}

/** "Quarter 2 2020/21 (July to September 2020)". */
export function quarterLabel(fyStart: number, quarter: 1 | 2 | 3 | 4): string {
  void fyStart;
  void quarter;
  throw new Error('quarterLabel: not implemented yet');
}
