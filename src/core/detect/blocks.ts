/**
 * The block of columns a header row's table takes. Tables sit side by side on real sheets (a
 * chart-data block "Distribution | 2016/17 | 2017/18" to the right of an age-group table): two
 * or more columns blank in the header row and in the rows under it separate them, so a block
 * beside a table is never read as that table's periods, and each block is read on its own.
 */
import type { Grid } from './grid';

/** Rows under the header that must be blank too for a column to separate blocks. */
const GAP_ROWS = 5;
/** Blank columns in a row that separate two blocks (one blank column is a spacer inside a table). */
const GAP_WIDTH = 2;

function blankColumn(grid: Grid, r: number, c: number): boolean {
  for (let rr = r; rr <= Math.min(grid.rows - 1, r + GAP_ROWS); rr++) if (!grid.isBlank(rr, c)) return false;
  return true;
}

/** First and last column of the block holding column `col` in header row r. */
export function blockAround(grid: Grid, r: number, col: number): { first: number; last: number } {
  let first = grid.rowFirst[r];
  let last = grid.rowLast[r];
  if (first < 0) return { first: col, last: col };
  let gap = 0;
  for (let c = col + 1; c <= last; c++) {
    if (blankColumn(grid, r, c)) {
      if (++gap >= GAP_WIDTH) {
        last = c - gap;
        break;
      }
    } else gap = 0;
  }
  gap = 0;
  for (let c = col - 1; c >= first; c--) {
    if (blankColumn(grid, r, c)) {
      if (++gap >= GAP_WIDTH) {
        first = c + gap;
        break;
      }
    } else gap = 0;
  }
  return { first: Math.min(first, col), last: Math.max(last, col) };
}
