/** Shapes shared by the period modules. */
import type { Period } from '../model';
import type { CellValue } from '../snapshot';

/** A header cell as the snapshot holds it (value, format code, displayed text). */
export interface HeaderCell {
  value: CellValue;
  numberFormat: string;
  text: string;
}

/** What a column (or row) header is: a period, a "Prev. 6 months" baseline, an area, a comparator... */
export type HeaderClass = 'period' | 'baseline' | 'area' | 'comparator' | 'other';

export type QuarterNumber = 1 | 2 | 3 | 4;

/** A period before it has a label and an order. */
export type PeriodFields = Omit<Period, 'order' | 'label'>;

/** A UK financial quarter: fyStart 2020 quarter 4 is January to March 2021. */
export interface FiscalQuarter {
  fyStart: number;
  quarter: QuarterNumber;
}

export interface QuarterValue {
  fyStart: number;
  quarter: QuarterNumber;
  value: number;
  /** Months (1-12) that had a value. */
  months: number[];
}

/** A header row read with its context (see analysePeriodRow). */
export interface PeriodRow {
  periods: (Period | null)[];
  /** The periods run newest first (right to left in time). */
  descending: boolean;
  /**
   * No header in the row gave a year, so bare months / quarters got the nominal financial year
   * (NOMINAL_FY_START): months, quarters and order are right, the years are placeholders.
   */
  nominalYear: boolean;
}
