/**
 * The block of columns a header row's table takes. Tables sit side by side on real sheets (a
 * chart-data block "Distribution | 2016/17 | 2017/18" to the right of an age-group table): two
 * or more columns blank in the header row and in the rows under it separate them, so a block
 * beside a table is never read as that table's periods, and each block is read on its own. One
 * blank column separates them too where another names' header ("Measure", "Indicator") lies past it
 * and each side has a figure, target or status header of its own: a table has one names' column, so
 * a second one past a spacer, with its own figures, is a second table ("Indicator | | Measure" with
 * the figures all past the spacer, or "label | | description | unit | ...", is one table).
 */
import { isNameHeader, keywordRole } from './column-words';
import type { Grid } from './grid';

/** Rows under the header that must be blank too for a column to separate blocks. */
const GAP_ROWS = 5;
/** Blank columns in a row that separate two blocks (one blank column is a spacer inside a table). */
const GAP_WIDTH = 2;

function blankColumn(grid: Grid, r: number, c: number): boolean {
  for (let rr = r; rr <= Math.min(grid.rows - 1, r + GAP_ROWS); rr++) if (!grid.isBlank(rr, c)) return false;
  return true;
}

/** Columns either side of a one-column spacer looked at for another table (keeps each row's scan linear). */
const SIDE_REACH = 30;

/** True when a cell of row r in columns c0..c1 is headed as the names' column ("Measure", "Indicator"). */
function namesHeaderIn(grid: Grid, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (grid.isString(r, c) && isNameHeader(grid.trimmed(r, c))) return true;
  return false;
}

/** True when a cell of row r in columns c0..c1 heads a figure, a target or a status. */
function scoredHeaderIn(grid: Grid, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) {
    if (!grid.isString(r, c)) continue;
    const role = keywordRole(grid.trimmed(r, c));
    if (role === 'actual' || role === 'target' || role === 'status') return true;
  }
  return false;
}

/**
 * Past a one-column spacer, another table: a names' header in columns `names` of the other side,
 * and a figure, target or status header on each side.
 */
type Span = [number, number];
function secondTable(grid: Grid, r: number, mine: Span, other: Span, names: Span): boolean {
  return (
    namesHeaderIn(grid, r, names[0], names[1]) &&
    scoredHeaderIn(grid, r, mine[0], mine[1]) &&
    scoredHeaderIn(grid, r, other[0], other[1])
  );
}

/** First and last column of the block holding column `col` in header row r. */
export function blockAround(grid: Grid, r: number, col: number): { first: number; last: number } {
  let first = grid.rowFirst[r];
  let last = grid.rowLast[r];
  if (first < 0) return { first: col, last: col };
  let gap = 0;
  for (let c = col + 1; c <= last; c++) {
    if (blankColumn(grid, r, c)) {
      if (
        ++gap >= GAP_WIDTH ||
        (gap === 1 &&
          secondTable(
            grid,
            r,
            [Math.max(col + 1, c - SIDE_REACH), c - 1],
            [c + 1, Math.min(last, c + SIDE_REACH)],
            [c + 1, c + 1],
          ))
      ) {
        last = c - gap;
        break;
      }
    } else gap = 0;
  }
  gap = 0;
  for (let c = col - 1; c >= first; c--) {
    if (blankColumn(grid, r, c)) {
      if (
        ++gap >= GAP_WIDTH ||
        (gap === 1 &&
          secondTable(
            grid,
            r,
            [c + 1, Math.min(last, c + SIDE_REACH)],
            [Math.max(first, c - SIDE_REACH), c - 1],
            [Math.max(first, c - SIDE_REACH), c - 1],
          ))
      ) {
        first = c + gap;
        break;
      }
    } else gap = 0;
  }
  return { first: Math.min(first, col), last: Math.max(last, col) };
}
