/**
 * One engine for every front door: snapshot in, indicators + warnings + write plan out.
 * Hosts read a SheetSnapshot, call scoreSheet, and apply result.plan.
 */
import { toA1 } from './a1';
import { detectSheet } from './detect';
import type { DetectedTable } from './detect/types';
import type { ScoredIndicator, Warning } from './model';
import { buildWritePlan } from './plan/build';
import { changedWarnings, reconcileOwnership } from './plan/ownership';
import type { WritePlan } from './plan/types';
import type { Rules } from './rules/types';
import { isRating } from './scoring/rating-words';
import { scoreIndicators } from './scoring/score-table';
import type { SheetSnapshot } from './snapshot';
import type { SheetState } from './state/types';

export interface SheetResult {
  sheet: string;
  tables: DetectedTable[];
  indicators: ScoredIndicator[];
  warnings: Warning[];
  plan: WritePlan;
}

/** A result with nothing found and nothing to write, for hosts that stop before scoring (and say why). */
export function emptyResult(sheet: string, warnings: Warning[] = [], blockedReason?: string): SheetResult {
  const plan: WritePlan = {
    sheet,
    writes: [],
    styles: {},
    clears: [],
    owned: [],
    columnWidths: {},
    undo: [],
    blocked: blockedReason !== undefined,
  };
  if (blockedReason !== undefined) plan.blockedReason = blockedReason;
  return { sheet, tables: [], indicators: [], warnings, plan };
}

/**
 * A status cell holding the author's rating is replaced only by a rating (SCORING.md "The sheet's
 * own words and ratings"): where we cannot rate the row, the plan does not write that cell, and a
 * warning says the author's rating was kept.
 */
function keepAuthorRatings(indicators: ScoredIndicator[], warnings: Warning[]): ScoredIndicator[] {
  return indicators.map((ind) => {
    const rating = ind.source.rating;
    if (!rating || !ind.source.statusCell || isRating(ind.status) || ind.byDirection) return ind;
    const at = toA1(ind.source.statusCell);
    const said = String(rating.value).trim().slice(0, 60);
    warnings.push({
      sheet: ind.source.sheet,
      cell: at,
      message: `"${ind.source.name.slice(0, 200)}" could not be rated (${ind.statusLabel}), so the author's rating '${said}' in ${at} was left as it is.`,
    });
    return { ...ind, source: { ...ind.source, statusCell: undefined } };
  });
}

export function scoreSheet(snapshot: SheetSnapshot, rules: Rules, state?: SheetState): SheetResult {
  // Only cells still holding what we wrote count as ours, for detection as for the plan.
  const detection = detectSheet(snapshot, reconcileOwnership(snapshot, state, rules).state);
  const warnings: Warning[] = [...detection.warnings];
  // Rows of one measure share one polarity, so the table's rows are scored together.
  const { indicators, warnings: scoring } = scoreIndicators(detection.indicators, rules, snapshot);
  warnings.push(...scoring);
  const plan = buildWritePlan(snapshot, detection.tables, keepAuthorRatings(indicators, warnings), rules, state);
  for (const a1 of plan.skipped ?? []) {
    warnings.push({
      sheet: snapshot.name,
      cell: a1,
      message: `${a1} holds content Scorelight did not write, so it was left as it is.`,
    });
  }
  warnings.push(...changedWarnings(plan));
  if (plan.blocked && plan.blockedReason) {
    warnings.push({ sheet: snapshot.name, cell: '', message: plan.blockedReason });
  }
  return { sheet: snapshot.name, tables: detection.tables, indicators, warnings, plan };
}
