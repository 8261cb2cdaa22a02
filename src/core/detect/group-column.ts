/**
 * A grouping column: a label merged down over the rows of its group ("Outputs work package 2" over
 * five indicators; a council's Priority or Outcome), left of the column that names each row. Only a
 * merge's top cell holds its text, so read as the names, every other row of the group has none.
 */
import type { Grid } from './grid';

/** Rows below a header read to tell a grouping column. */
const GROUP_ROWS = 60;

/** True when (r, c) is a hidden part of a merge running down column c: blank, merged with the cell above. */
function hiddenBelowMerge(grid: Grid, r: number, c: number): boolean {
  return r > 0 && grid.isBlank(r, c) && grid.inMerge(r, c) && grid.inMerge(r - 1, c);
}

/**
 * True when column c under header row r is a grouping column: at least two of its cells are the
 * hidden parts of merges running down it, and they are at least as many as its text cells (most of
 * its rows take their label from a merge above them).
 */
export function isMergedGroupColumn(grid: Grid, r: number, c: number): boolean {
  let hidden = 0;
  let text = 0;
  for (let rr = r + 1; rr < Math.min(grid.rows, r + 1 + GROUP_ROWS); rr++) {
    if (hiddenBelowMerge(grid, rr, c)) hidden++;
    else if (grid.isString(rr, c)) text++;
  }
  return hidden >= 2 && hidden >= text;
}
