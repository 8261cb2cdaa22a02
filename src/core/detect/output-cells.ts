/**
 * Where our status/trend/variance go when a table has no cell of its own for them: the first columns
 * right of the table that are empty down the whole table (cells we wrote last time count as empty,
 * so re-scoring lands in the same columns instead of adding new ones) and clear of merged areas,
 * including those running on past the used range: a column we add never writes into part of a
 * merged cell (Excel refuses it, and the merge is the user's).
 */
import type { Grid } from './grid';

/**
 * True when the column is free in rows r0..r1: empty, no formula, or ours, and no cell of it in a
 * merged area (not even a merge's top-left).
 */
export function columnFree(grid: Grid, col: number, r0: number, r1: number): boolean {
  if (grid.mergeInColumn(col, r0, r1)) return false;
  // A table beside this one added its output there (two tables side by side, a gap between).
  if (grid.outputColumnReserved(col, r0, r1)) return false;
  // Past the used range only merged areas take cells, and none reaches this column.
  if (col >= grid.cols) return true;
  for (let r = r0; r <= r1; r++) if (!grid.isFree(r, col)) return false;
  return true;
}

/** The first `count` free columns right of `afterCol`, skipping used ones, never taking `exclude`. */
export function freeColumnsRight(
  grid: Grid,
  afterCol: number,
  r0: number,
  r1: number,
  count: number,
  exclude: ReadonlySet<number> = new Set(),
): number[] {
  const out: number[] = [];
  for (let c = afterCol + 1; out.length < count; c++) {
    if (exclude.has(c)) continue;
    if (columnFree(grid, c, r0, r1)) out.push(c);
  }
  return out;
}

/** The first free cell right of `afterCol` in one row. */
export function freeCellRight(grid: Grid, r: number, afterCol: number): number {
  let c = afterCol + 1;
  while (!grid.isFree(r, c)) c++;
  return c;
}
