/**
 * The indicator model shared by the detector, the engine, the write plan and every front door.
 * Coordinates are 0-based sheet coordinates (CellRef); addresses shown to users are A1 strings.
 */
import type { CellRef, CellValue } from './snapshot';
import type { AreaBreakdown, ComparatorKind, IndicatorComparison, QuartileResult } from './scoring/compare-types';

export const STATUSES = ['GREEN', 'AMBER', 'RED', 'BLUE', 'NO_DATA', 'NO_TARGET', 'NOT_SCORED'] as const;
export type Status = (typeof STATUSES)[number];

/** Default scheme (seed 001 key) and the Improving / Stable / Worsening alternative. */
export const TRENDS = ['MUCH_BETTER', 'BIT_BETTER', 'NOT_BETTER', 'IMPROVING', 'STABLE', 'WORSENING'] as const;
export type Trend = (typeof TRENDS)[number];

/** Which way is good. "band" = inside a range is good ("maintain at", "between 5% and 7%"). */
export type PolarityKind = 'higher' | 'lower' | 'band';

/**
 * Where the polarity came from (SCORING.md "Which way is good", strongest first): a polarity field,
 * the target's wording or band, the baseline-to-target direction, the measure's wording, the
 * sheet's own ratings, the author's own variance arithmetic (weakest), or bigger-is-better assumed.
 * "rule" is the user's override.
 */
export type PolaritySource =
  'field' | 'target' | 'baseline' | 'wording' | 'ratings' | 'arithmetic' | 'assumed' | 'rule';

/**
 * The sheet's own status words (a key, or the words already in its status column), by status.
 * Where present, status cells are written in these words.
 */
export type StatusWords = Partial<Record<Status, string>>;

/** What the sheet's own status letters mean, by its key ("C = Complete, A = At risk, B = Behind"). */
export type LetterKey = Readonly<Record<string, 'GREEN' | 'AMBER' | 'RED' | 'BLUE'>>;

export type Layout = 'register' | 'time-series' | 'card' | 'metric-block' | 'mapped';

/** Kinds of period header. A "baseline" is a "Prev. 6 months average" style column. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'date' | 'baseline';

export interface Period {
  kind: PeriodKind;
  /** The header as the sheet shows it. */
  label: string;
  /** Calendar year and month (1-12) where known. A bare month ("September") gets its year from context. */
  year?: number;
  month?: number;
  /** Day of month for real dates (30/06/12). */
  day?: number;
  /** UK financial year by its starting calendar year: 2020 means 2020/21 (April 2020 to March 2021). */
  fyStart?: number;
  /** UK financial quarter: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar. */
  quarter?: 1 | 2 | 3 | 4;
  /** Orders periods of one table: larger is later. Comparable only within one header row. */
  order: number;
}

/**
 * The amber band a sheet's RAG key states: a percentage of the target ("within 10% of target") or
 * points ("up to 5 percentage points below target"), with the key cell that says so.
 */
export interface KeyTolerance {
  kind: 'percent-of-target' | 'points';
  value: number;
  /** The key says "of (the) target": a percentage of the target even on a percentage indicator. */
  ofTarget: boolean;
  cell: string;
  text: string;
}

/** A cell as the detector found it: where it is and what the snapshot held there. */
export interface SourceCell {
  cell: CellRef;
  value: CellValue;
  numberFormat: string;
  /** As displayed, when the host supplied display text; for a number without it, "" (read the format). */
  text: string;
  /**
   * A fraction (0.87) in a column the detector read as percentages written as fractions
   * (detect/percent-fractions.ts): it reads as 87%, as it would in a percent-formatted cell.
   */
  fraction?: boolean;
}

export interface PeriodCell {
  period: Period;
  source: SourceCell;
}

export interface Comparator {
  /** "National average", "Statistical neighbours", "EAST". */
  label: string;
  kind: ComparatorKind;
  source: SourceCell;
  /** An area's own rating cell in the sheet (a Performance rating row under the area column), if it has one. */
  statusCell?: CellRef;
}

/**
 * What the detector found for one indicator, before any rule is applied: raw cells plus provenance.
 * The engine reads numbers out of these cells; the plan writes into statusCell/trendCell/varianceCell.
 */
export interface IndicatorSource {
  /** Stable within a sheet: "<sheet>!<A1 of the name cell>". */
  id: string;
  sheet: string;
  layout: Layout;
  /** Index of the table on the sheet (0-based, top to bottom). */
  table: number;
  name: string;
  nameCell: CellRef;
  code?: string;
  /**
   * The measure a row reports where the names are units (services, areas) and the measure's own
   * words repeat in a column of their own ("Overtime Dollars - %" on every row): its wording and
   * its rows' shared polarity come from this.
   */
  measure?: string;
  /** Unit as written ("%", "Number per 10,000", "Rate per 10K"), if the sheet gives one. */
  unitText?: string;
  /** Polarity as written in a polarity field ("Smaller is Better"), if any. */
  polarityText?: string;
  /** A single target cell (register column, metric-block Target row, card Target in the current column). */
  target?: SourceCell;
  /** The indicator's own tolerance cell and its column's header ("Tolerance", "Amber tolerance (%)"). */
  tolerance?: { source: SourceCell; header: string };
  /** Why some of its figures or targets were read as fractions of a percentage (percent-fractions.ts). */
  fractionNote?: string;
  /** Where the target came from when no target cell gave it (an OKR key result's own words), or why there is none. */
  targetNote?: string;
  /**
   * The target column's header says its figures are a floor or a ceiling ("target_min", "Maximum
   * target"): an "at least" or "at most" target, which tells which way is good as a bound does.
   */
  targetBound?: { kind: 'min' | 'max'; header: string };
  /**
   * The row's other bound where the table has both ("target_min" 80 and "target_max" 100): with
   * `targetBound` a band, inside it good.
   */
  targetOtherBound?: { kind: 'min' | 'max'; header: string; source: SourceCell };
  /** `target` is the year's, tried only after the period's own target in targetsByPeriod ("Annual Target" beside "Q3 Target"). */
  targetIsFallback?: boolean;
  /** Targets per period where the sheet gives one per period (cards). */
  targetsByPeriod?: PeriodCell[];
  /** Values in period order (oldest first). Register tables with one actual column give one entry. */
  values: PeriodCell[];
  /** A "Prev. 6 months" style baseline for the trend, where the table gives one. */
  baseline?: PeriodCell;
  comparators: Comparator[];
  /** Reporting frequency as written ("Quarterly", "Annually"), if any. */
  frequency?: string;
  /**
   * The table's current period: the latest period holding a value anywhere in the table. An
   * indicator with no value for it is NO_DATA. Undefined for tables without periods (one actual).
   */
  currentPeriod?: Period;
  /** The author's rating already in the status cell ("GREEN", "Above target"), where it is not ours. */
  rating?: SourceCell;
  /**
   * The author's ratings of earlier periods, each with the figure and target it rated (a Value |
   * Target | Status group per period), newest first: which way is good, where the current period
   * is not rated yet.
   */
  earlierRatings?: { rating: SourceCell; actual: SourceCell; target: SourceCell; period: string }[];
  /** The sheet's own status words for this table (key or status column), where it states them. */
  statusWords?: StatusWords;
  /** The status column is headed by its letters ("G/A/R") and was empty: the letters are written bare. */
  statusLettersHeader?: boolean;
  /** The sheet's key for its status letters (detect/letter-key.ts): the author's "B" is Behind, not Blue. */
  letterKey?: LetterKey;
  /**
   * The sheet carries a direction-of-travel key (seed 004's RAG Guide: Favourable / On Track /
   * Unfavourable / Not started), its words by status: without a target, the row is rated by
   * direction of travel and written in these words.
   */
  directionKey?: StatusWords;
  /** The tolerance the sheet's RAG key states ("Amber: within 10% of target"), for rows without their own. */
  keyTolerance?: KeyTolerance;
  /** Where our outputs go. Undefined = this indicator has no such output cell. */
  statusCell?: CellRef;
  trendCell?: CellRef;
  varianceCell?: CellRef;
}

export interface Warning {
  sheet: string;
  /** A1 address of the cell the warning is about ("" when about the whole sheet). */
  cell: string;
  message: string;
}

/** A number read from a cell, in the indicator's one representation (percentages as points: 25% -> 25). */
export interface Reading {
  value: number;
  /** The cell shows a percentage (or the indicator's unit is %). */
  percent: boolean;
  /** Decimal places the sheet displays, used for equality and for formatting variance text. */
  decimals: number;
  /** Thousands separators shown ("1,305"). */
  grouping: boolean;
  /**
   * A duration in a time format ("mm:ss"), read in seconds: quoted as a clock ("2:00"), as the
   * sheet shows it, not as seconds ("120.096").
   */
  duration?: boolean;
}

export type Target = { kind: 'value'; value: Reading } | { kind: 'band'; low: Reading; high: Reading };

export interface ScoredIndicator {
  source: IndicatorSource;
  status: Status;
  /** null when there is no previous value to compare with. */
  trend: Trend | null;
  polarity: PolarityKind | null;
  polaritySource: PolaritySource;
  /** Set when weaker polarity evidence disagreed with the evidence used: names both sides. */
  polarityConflict?: string;
  /** Rated by direction of travel (no target; a direction key or the direction rule). */
  byDirection?: boolean;
  /** The current period's value (null when none). */
  actual: Reading | null;
  /** The period the actual belongs to. */
  actualPeriod?: Period;
  /** The last known value when the current period is empty (quoted, never scored). */
  lastKnown?: { reading: Reading; period: Period };
  target: Target | null;
  /** The value the trend compared with, and which period (or baseline) it came from. */
  previous: Reading | null;
  previousPeriod?: Period;
  /** Same period last year, where the series reaches back that far. */
  sameLastYear: Reading | null;
  /** Plain-English variance line ("1.47 above the target of 36.00 (smaller is better)"); "" when none. */
  varianceText: string;
  /** Display words from the rules (label and symbol), so the sheet reads without colour. */
  statusLabel: string;
  trendLabel: string;
  /** Why NOT_SCORED / NO_DATA / NO_TARGET, or where the polarity came from ("Polarity: smaller is better, from 'Reduce' in the name."). */
  notes: string[];
  /** How the indicator compares with its comparators (scoring/compare.ts); empty when it has none. */
  comparisons?: IndicatorComparison[];
  /** The quartile band where the sheet gives quartile thresholds. */
  quartile?: QuartileResult;
  /** Area columns (EAST, NWC, SOUTH) rated against the same target. */
  areas?: AreaBreakdown;
}
