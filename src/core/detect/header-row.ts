/**
 * Reading one header row of a register or time series into column roles, and telling header rows
 * from data rows. A header row has a name column ("Measure", "KPI", "Performance Measure
 * (Indicator)") and at least one column that carries something to score (target, actual, period,
 * status); plain numbers in it mean it is a data row instead.
 */
import type { Period } from '../model';
import { parsePeriodRow } from '../periods';
import { classifyColumn, headerCell, keywordRole, type HeaderColumn } from './headers';
import type { Grid } from './grid';
import { byOrder, type PeriodColumn } from './series';

export interface HeaderLayout {
  row: number;
  /** Span of the header cells. */
  first: number;
  last: number;
  columns: HeaderColumn[];
  name: number;
  code?: number;
  target?: number;
  polarity?: number;
  frequency?: number;
  unit?: number;
  status?: number;
  trend?: number;
  variance?: number;
  /** Period columns oldest first; a lone "Actual" column without a period is `single`. */
  periods: PeriodColumn[];
  single?: { col: number; period?: Period };
  baseline?: HeaderColumn;
  comparators: HeaderColumn[];
  /** Lowercase header texts by column, to recognise the same header repeated further down. */
  signature: string;
}

/** Longest header text we take for a name column: longer text is a sentence, not a header. */
const MAX_NAME_HEADER = 50;

/** Quick test on one row: does a string cell read as a name-column header? Returns its column or -1. */
export function nameHeaderColumn(grid: Grid, r: number): number {
  const first = grid.rowFirst[r];
  if (first < 0) return -1;
  for (let c = first; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_NAME_HEADER || grid.isClaimed(r, c)) continue;
    if (keywordRole(lower) === 'name') return c;
  }
  return -1;
}

/** Counts the "scorable" keyword headers (target, actual, status) of a row, for rows with no name column. */
export function scorableKeywordCount(grid: Grid, r: number): number {
  const first = grid.rowFirst[r];
  if (first < 0) return 0;
  let n = 0;
  for (let c = first; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower === '' || lower.length > MAX_NAME_HEADER || grid.isClaimed(r, c)) continue;
    const role = keywordRole(lower);
    if (role === 'target' || role === 'actual' || role === 'status') n++;
  }
  return n;
}

export type HeaderParse =
  | { kind: 'header'; layout: HeaderLayout }
  /** Has a name column but nothing to score (an action plan's "Measure" column). */
  | { kind: 'no-values'; nameCol: number; signature: string }
  | { kind: 'not-header' };

/** Parse row r as a header row whose name column is `nameCol`. */
export function parseHeaderRow(grid: Grid, r: number, nameCol: number): HeaderParse {
  const columns: HeaderColumn[] = [];
  let plainNumbers = 0;
  const sig: string[] = [];
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c) || grid.isClaimed(r, c)) continue;
    const col = classifyColumn(grid, r, c);
    if (!col) continue;
    if (col.role === 'other' && typeof grid.value(r, c) === 'number') plainNumbers++;
    columns.push(col);
    sig.push(`${c}:${grid.lower(r, c) || grid.trimmed(r, c)}`);
  }
  if (plainNumbers > 0 || columns.length === 0) return { kind: 'not-header' };
  // Periods read as a row, so "September" ... "April" get years and run forward across the year end.
  const inRow = parsePeriodRow(columns.map((c) => headerCell(grid, r, c.col)));
  columns.forEach((c, i) => {
    const p = inRow[i];
    if (p && (c.role === 'period' || (c.role === 'actual' && c.period))) c.period = p;
  });
  const signature = sig.join('|');
  const layout: HeaderLayout = {
    row: r,
    // A blank top-left corner over the names (metric-block style headers) still belongs to the table.
    first: Math.min(nameCol, columns[0].col),
    last: columns[columns.length - 1].col,
    columns,
    name: nameCol,
    periods: [],
    comparators: [],
    signature,
  };
  const periodCols: PeriodColumn[] = [];
  const actuals: HeaderColumn[] = [];
  for (const col of columns) {
    switch (col.role) {
      case 'code':
      case 'target':
      case 'polarity':
      case 'frequency':
      case 'unit':
      case 'status':
      case 'trend':
      case 'variance':
        // First one wins: a second "Target" column is left as it is, never read as values.
        if (layout[col.role] === undefined) layout[col.role] = col.col;
        break;
      case 'actual':
        actuals.push(col);
        break;
      case 'period':
        if (col.period) periodCols.push({ col: col.col, period: col.period });
        break;
      case 'baseline':
        if (!layout.baseline) layout.baseline = col;
        break;
      case 'area':
      case 'comparator':
        layout.comparators.push(col);
        break;
      default:
        break;
    }
  }
  // Actual columns that name their period ("Q1 Actual", "Q2 Actual") are a series like month columns.
  for (const a of actuals) if (a.period) periodCols.push({ col: a.col, period: a.period });
  const unnamedActual = actuals.find((a) => !a.period);
  if (periodCols.length >= 2 || (periodCols.length === 1 && !unnamedActual)) {
    layout.periods = byOrder(periodCols);
  } else if (unnamedActual) {
    layout.single = { col: unnamedActual.col };
  }
  const scorable =
    layout.periods.length > 0 ||
    layout.single !== undefined ||
    layout.target !== undefined ||
    layout.status !== undefined;
  if (!scorable) return { kind: 'no-values', nameCol, signature };
  return { kind: 'header', layout };
}
