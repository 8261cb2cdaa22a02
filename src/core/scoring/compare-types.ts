/**
 * What an indicator's comparisons carry: each comparator it has (national average, statistical
 * neighbours, a region, a benchmark, a trajectory), its quartile band where the sheet gives
 * quartile thresholds, and the ratings of its areas. Filled by compare.ts after the status.
 */
import type { CellRef } from '../snapshot';
import type { Reading, Status } from '../model';

/** The comparator kinds, finer than the detectors' national / neighbours / area / other. */
export type ComparatorKind =
  'national' | 'neighbours' | 'regional' | 'quartile' | 'benchmark' | 'trajectory' | 'area' | 'other';

/** Better or worse following polarity; "in-line" within the rules' in-line tolerance; "not-judged" without polarity. */
export type ComparisonVerdict = 'better' | 'in-line' | 'worse' | 'not-judged';

export interface IndicatorComparison {
  /** The label as the sheet writes it ("National average per 10K"). */
  label: string;
  kind: ComparatorKind;
  /** How a sentence names it: "the national average", "statistical neighbours", "the North West average". */
  name: string;
  value: Reading;
  cell: CellRef;
  verdict: ComparisonVerdict;
  /** actual minus comparator, in the indicator's unit (percentage points for percentages). */
  difference: number;
  /** difference over |comparator| (null when the comparator is 0): how far off, for ranking. */
  relative: number | null;
  /** "6 per 10K above the national average of 42 (smaller is better)". */
  text: string;
}

/** LAIT's quartile banding: A is the best quartile whichever way is good, D the worst. */
export type QuartileBand = 'A' | 'B' | 'C' | 'D' | 'A/B' | 'B/C' | 'C/D';

export interface QuartileResult {
  band: QuartileBand;
  /** The threshold cells used, best first. */
  thresholds: { label: string; value: number; cell: CellRef }[];
  text: string;
}

export interface AreaRating {
  label: string;
  cell: CellRef;
  value: Reading;
  /** Against the indicator's own target with the same rules; NO_TARGET where it has none. */
  status: Status;
  /** Where the sheet rates this area (see Comparator.statusCell); the plan writes the status there. */
  statusCell?: CellRef;
}

export interface AreaBreakdown {
  ratings: AreaRating[];
  /** Areas that stand out from the rest, worst first ("SOUTH"). */
  outliers: string[];
  /** "SOUTH 69 per 10K, RED; EAST and NWC GREEN". */
  text: string;
}
