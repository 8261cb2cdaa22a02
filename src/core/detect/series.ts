/**
 * Period series shared by every layout: which cells hold a value, the table's current period
 * (SCORING.md: the latest period that holds a value anywhere in the table), and the value lists.
 */
import type { Period, PeriodCell } from '../model';
import { readValue } from '../values/read';
import type { Grid } from './grid';
import { GridPeriodCell, GridPeriodColumn } from './grid-period-cell';
import { beforeZeroPlaceholders } from './zero-placeholders';

/**
 * A value is reported in the cell: a number, or text that is not a "not yet" placeholder ("-",
 * blank). Unreadable text ("N/A", "#DIV/0!") counts: the engine must see it to say why it is not scored.
 */
export function hasValue(grid: Grid, r: number, c: number): boolean {
  if (grid.isBlank(r, c)) return false;
  const v = grid.value(r, c);
  if (typeof v === 'number') return Number.isFinite(v);
  return readValue(grid.source(r, c)).kind !== 'blank';
}

export interface PeriodColumn {
  col: number;
  period: Period;
}

/** The cells under one list of period columns share one GridPeriodColumn per column (made at the first row read). */
const SHARED = new WeakMap<readonly PeriodColumn[], { grid: Grid; columns: GridPeriodColumn[] }>();

function gridColumns(grid: Grid, periods: readonly PeriodColumn[]): GridPeriodColumn[] {
  const made = SHARED.get(periods);
  if (made && made.grid === grid && made.columns.length === periods.length) {
    let same = true;
    for (let i = 0; i < periods.length && same; i++)
      same = made.columns[i].c === periods[i].col && made.columns[i].period === periods[i].period;
    if (same) return made.columns;
  }
  const columns = periods.map((p) => new GridPeriodColumn(grid, p.col, p.period));
  SHARED.set(periods, { grid, columns });
  return columns;
}

/** The cells of one row under period columns that are not empty, oldest first. */
export function rowValues(grid: Grid, r: number, periods: PeriodColumn[]): PeriodCell[] {
  // Counted first so the array is made at its size: pushing grows it twice for a 24-month row, and
  // the list lives as long as the result, at nearly twice the length it needs.
  let n = 0;
  for (let i = 0; i < periods.length; i++) if (!grid.isBlank(r, periods[i].col)) n++;
  const out = new Array<PeriodCell>(n);
  if (n === 0) return out;
  const columns = gridColumns(grid, periods);
  let k = 0;
  for (let i = 0; i < periods.length; i++) {
    if (!grid.isBlank(r, periods[i].col)) out[k++] = new GridPeriodCell(columns[i], r);
  }
  return out;
}

/** Period columns sorted oldest first (by the period parser's order). */
export function byOrder(periods: PeriodColumn[]): PeriodColumn[] {
  return [...periods].sort((a, b) => a.period.order - b.period.order);
}

/**
 * Index (into `periods`, sorted oldest first) of the latest period holding a value in any of the
 * rows; -1 when none does. Scans newest first and stops at the first hit, so a full table costs
 * one column.
 */
export function latestFilled(grid: Grid, rows: number[], periods: PeriodColumn[]): number {
  for (let i = periods.length - 1; i >= 0; i--) {
    const c = periods[i].col;
    for (const r of rows) {
      if (!hasValue(grid, r, c)) continue;
      // Zeros a formula put in the months not reported yet are not the current period's figures.
      return grid.value(r, c) === 0
        ? beforeZeroPlaceholders(
            grid,
            rows,
            periods.map((p) => p.col),
            i,
          )
        : i;
    }
  }
  return -1;
}
