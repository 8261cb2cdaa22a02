/**
 * What a column header of a register or time series means, by its wording. Councils word the same
 * column many ways ("Performance Measure (Indicator)", "Measure", "KPI"; "Rag Status", "RAG",
 * "Performance rating"), so each role is a small pattern over the lowercase header text.
 */
import { classifyHeader, parsePeriodHeader, type HeaderCell } from '../periods';
import type { Period } from '../model';
import type { Grid } from './grid';

export type ColumnRole =
  | 'name'
  | 'code'
  | 'target'
  | 'actual'
  | 'polarity'
  | 'frequency'
  | 'unit'
  | 'narrative'
  | 'status'
  | 'trend'
  | 'variance'
  | 'period'
  | 'baseline'
  | 'area'
  | 'comparator'
  | 'other';

export interface HeaderColumn {
  col: number;
  role: ColumnRole;
  /** The header as the sheet shows it. */
  label: string;
  /** For 'period', 'baseline' and an 'actual' whose header names a period ("Q2 Actual"). */
  period?: Period;
}

// Order matters: the first matching role wins ("Performance rating" is a status, not an actual;
// "2nd Quarter Achievements" is narrative, not a period; "Update October" is narrative, not October).
const STATUS_RE =
  /^(rag|brag|rag status|rag rating|status|current status|performance rating|perf(ormance)? status|rating|red ?\/ ?amber ?\/ ?green)$/;
const TREND_RE = /^(trend|direction of travel|dot|direction)$/;
const VARIANCE_RE = /^variance\b/;
const TARGET_RE = /^((annual|year[- ]end|yearly|monthly|quarterly|q[1-4]|\d{4}\/\d{2,4})\s+)?targets?\b/;
const NARRATIVE_RE =
  /(achievement|commentary|comment|update|narrative|\bnotes?\b|explanation|\baction|progress|remarks|analysis|outcome|objective|directorate|by whom|owner|lead officer|review date|description of)/;
const NAME_RE =
  /^((key )?performance |kpi |pi )?(measure|indicator|kpi|pi|performance indicator|key performance indicator)s?( (name|title|description|details))?$/;
const NAME_EXTRA_RE = /\((indicator|measure|kpi)\)$/;
const CODE_RE = /^((kpi|pi|indicator|measure)\s+)?(code|ref\.?|reference|id|no\.?)$/;
const POLARITY_RE =
  /^(polarity|good is|better is|direction of improvement|aim|higher or lower( is)? better|good performance is)\b/;
const FREQUENCY_RE = /^(reporting )?(frequency|period(icity)?)$/;
const UNIT_RE = /^(units?|measure type|unit of measure)$/;
const ACTUAL_RE = /(^|\s)(actuals?|outturn|latest|result|current value)$|^(actuals?|outturn|latest|result)\b/;

/** Keyword role of a header text, or null when only the period parser can tell. */
export function keywordRole(lower: string): ColumnRole | null {
  if (lower === '') return null;
  if (STATUS_RE.test(lower)) return 'status';
  if (TREND_RE.test(lower)) return 'trend';
  if (VARIANCE_RE.test(lower)) return 'variance';
  if (/\btrajectory\b/.test(lower)) return 'comparator';
  if (TARGET_RE.test(lower)) return 'target';
  if (NAME_EXTRA_RE.test(lower)) return 'name';
  if (NARRATIVE_RE.test(lower)) return 'narrative';
  if (NAME_RE.test(lower)) return 'name';
  if (CODE_RE.test(lower)) return 'code';
  if (POLARITY_RE.test(lower)) return 'polarity';
  if (FREQUENCY_RE.test(lower)) return 'frequency';
  if (UNIT_RE.test(lower)) return 'unit';
  if (ACTUAL_RE.test(lower)) return 'actual';
  return null;
}

/** A cell in the shape the period API reads. */
export function headerCell(grid: Grid, r: number, c: number): HeaderCell {
  return { value: grid.value(r, c), numberFormat: grid.format(r, c), text: grid.trimmed(r, c) };
}

/** Period of a header cell, or a stand-in when the period parser knows it is a baseline but gives none. */
function periodOf(grid: Grid, r: number, c: number, asBaseline: boolean): Period | undefined {
  const p = parsePeriodHeader(headerCell(grid, r, c));
  if (p) return p;
  if (asBaseline) return { kind: 'baseline', label: grid.trimmed(r, c), order: -1 };
  return undefined;
}

/** Role of one header cell: keywords first, then the period API for dates, months, areas, baselines. */
export function classifyColumn(grid: Grid, r: number, c: number): HeaderColumn | null {
  if (grid.isBlank(r, c)) return null;
  const label = grid.trimmed(r, c);
  const lower = grid.lower(r, c);
  const role = keywordRole(lower);
  if (role === 'actual') {
    // "Q2 Actual" / "Actual Sep-20": keep the period it names, when it names one.
    const p = parsePeriodHeader(headerCell(grid, r, c));
    return p ? { col: c, role, label, period: p } : { col: c, role, label };
  }
  if (role) return { col: c, role, label };
  const cls = classifyHeader(headerCell(grid, r, c));
  switch (cls) {
    case 'period': {
      const period = periodOf(grid, r, c, false);
      return period ? { col: c, role: 'period', label, period } : { col: c, role: 'other', label };
    }
    case 'baseline':
      return { col: c, role: 'baseline', label, period: periodOf(grid, r, c, true) };
    case 'area':
      return { col: c, role: 'area', label };
    case 'comparator':
      return { col: c, role: 'comparator', label };
    default:
      return { col: c, role: 'other', label };
  }
}

/** Comparator kind from a label ("National average", "Statistical neighbours", an area). */
export function comparatorKind(lower: string): 'national' | 'neighbours' | 'other' {
  if (/\b(national|england|uk)\b/.test(lower)) return 'national';
  if (/neighbour|\bsn\b|statistical/.test(lower)) return 'neighbours';
  return 'other';
}
