/**
 * The shared rules: one rule set per workbook, exported and imported as JSON.
 * Defaults and presets live in presets.ts; validation in validate.ts.
 */
import type { PolarityKind, Status, Trend } from '../model';

/**
 * How far off target is still Amber: a percentage of the target's absolute value (value 5 = 5%),
 * or an absolute amount in the indicator's unit (value 2 = 2 points for a percentage indicator).
 */
export type Tolerance = { kind: 'percent-of-target'; value: number } | { kind: 'absolute'; value: number };

/**
 * Status schemes councils use:
 * - "rag": the SCORING.md default (seed 001 key).
 * - "brag": as rag, plus BLUE when the actual beats the target by at least `exceedMargin`.
 * - "tolerance-on-track": seed 003 style: better than target beyond tolerance GREEN, within tolerance
 *   either side AMBER, worse beyond tolerance RED.
 * - "amber-if-improving": off target beyond tolerance is AMBER if it improved against the same
 *   period last year, else RED.
 */
export type StatusScheme = 'rag' | 'brag' | 'tolerance-on-track' | 'amber-if-improving';

/** "better3": Much better / Bit better / Not better (default). "improving3": Improving / Stable / Worsening. */
export type TrendScheme = 'better3' | 'improving3';

export type TrendBase = 'previous' | 'same-period-last-year';

export interface TrendRules {
  scheme: TrendScheme;
  /** better3: relative improvement at or above this is MUCH_BETTER (0.05 = 5%). */
  muchBetterThreshold: number;
  /** improving3: a relative change within +/- this is STABLE (0.01 = 1%). */
  stableBand: number;
  compareWith: TrendBase;
}

/** Word, symbol and colours shown for a status or trend. Colours are #RRGGBB. */
export interface Appearance {
  label: string;
  symbol: string;
  fill: string;
  fontColor: string;
}

/** How a monthly series folds into a quarter for quarter-on-quarter comparisons. */
export type QuarterFold = 'last' | 'sum' | 'mean';

export interface IndicatorOverride {
  /** Matched against the indicator's code (exact, case-insensitive) or name (exact, case-insensitive). */
  match: { code?: string; name?: string };
  polarity?: PolarityKind;
  tolerance?: Tolerance;
  /** A target to use when the sheet has none or it cannot be read. */
  target?: number;
  band?: { low: number; high: number };
  quarterFold?: QuarterFold;
  /** Treat values as percentages. */
  percent?: boolean;
}

/**
 * Comparators (national average, neighbours): "against-target" (default) shows comparisons but the
 * status stays against target; "compare-with-national" rates an indicator that has a national
 * average against it instead (better beyond the in-line tolerance GREEN, within it AMBER, worse RED).
 * Indicators without a national average keep their status against target.
 */
export type ComparisonScheme = 'against-target' | 'compare-with-national';

export type AreaRatings = 'sheet-place' | 'describe';

export interface ComparisonRules {
  scheme: ComparisonScheme;
  /** How close to a comparator is "in line with" it (a percentage of the comparator, or an absolute amount). */
  inLine: Tolerance;
  /**
   * "sheet-place" (default): where the sheet has its own cells for area ratings (a Performance rating
   * row under the EAST / NWC / SOUTH columns), each area's status is written there. "describe": areas
   * are only described (pane, report, summary). The user's area figures are never recoloured.
   */
  areaRatings: AreaRatings;
}

/**
 * Rating tables without targets by direction of travel (SCORING.md "Tables without targets"):
 * better by more than `band` (relative to the previous value) is Favourable (GREEN), within it On
 * track (AMBER), worse Unfavourable (RED), no current value Not started (NO_DATA). `enabled`
 * applies it to every target-less indicator; without it, only tables whose sheet has a direction key.
 */
export interface DirectionRules {
  enabled: boolean;
  /** The no-material-change band, relative to the previous value (0.01 = 1%). */
  band: number;
  /** Words written for each rating when the sheet's key gives none. */
  labels: { favourable: string; onTrack: string; unfavourable: string; notStarted: string };
}

export interface Rules {
  version: 1;
  /** Preset name the rules started from, for the pane's picker. */
  preset: string;
  scheme: StatusScheme;
  tolerance: Tolerance;
  /** BRAG only: how far better than target counts as exceeding. */
  exceedMargin: Tolerance;
  trend: TrendRules;
  /** Write the symbol beside the status word ("● GREEN"). The word is always written. */
  showSymbols: boolean;
  status: Record<Status, Appearance>;
  trends: Record<Trend, Appearance>;
  overrides: IndicatorOverride[];
  quarterFold: QuarterFold;
  /** Optional so rule files written before comparators still load; defaults in presets.ts. */
  comparison?: ComparisonRules;
  /** Target-less tables by direction of travel; absent = the defaults (on only where the sheet has a key). */
  direction?: DirectionRules;
}

export interface RulesValidation {
  ok: boolean;
  /** One message per problem, naming the field ("tolerance.value must not be negative"). */
  errors: string[];
}
