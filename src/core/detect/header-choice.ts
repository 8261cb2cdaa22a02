/**
 * Which row is the header. The first row with role words is not always it: a first data row of
 * dates and category words ("Apr-24 | Housing | Rent collected | 95%") can read as a header when
 * the real header above it has no name word. Each candidate row is scored: role words and period
 * headers count for it; cells typed like the cells below them (a date above dates, a number above
 * numbers) count against it, since a header's cells differ in kind from the body's.
 */
import { keywordRole } from './column-words';
import type { Grid } from './grid';

/** Rows above a candidate considered as the real header. */
const LOOK_UP = 2;
/** Rows below a cell read to tell its column's kind. */
const BODY_ROWS = 4;

type Kind = 'number' | 'date' | 'text' | 'blank';

function kindOf(grid: Grid, r: number, c: number): Kind {
  if (grid.isBlank(r, c)) return 'blank';
  if (grid.isString(r, c)) return 'text';
  const f = grid.format(r, c);
  return /[dmy]/i.test(f) && !/general/i.test(f) ? 'date' : 'number';
}

export interface HeaderScore {
  /** Cells with role words. */
  words: number;
  /** Non-text cells typed like the column below them: data, not headers. */
  dataLike: number;
  /** All filled cells are text. */
  allText: boolean;
}

/** How row r reads as a header over columns c0..c1. */
export function headerScore(grid: Grid, r: number, c0: number, c1: number): HeaderScore {
  const out: HeaderScore = { words: 0, dataLike: 0, allText: true };
  for (let c = c0; c <= c1; c++) {
    const k = kindOf(grid, r, c);
    if (k === 'blank') continue;
    if (k !== 'text') {
      out.allText = false;
      // Typed like a neighbour in its column (a date under or over a date): a data cell.
      let same = r > 0 && kindOf(grid, r - 1, c) === k ? 1 : 0;
      for (let rr = r + 1; rr <= Math.min(grid.rows - 1, r + BODY_ROWS); rr++) if (kindOf(grid, rr, c) === k) same++;
      if (same >= 1) out.dataLike++;
      continue;
    }
    if (keywordRole(grid.lower(r, c)) !== null) out.words++;
  }
  return out;
}

/**
 * A row above candidate r that reads better as the table's header, or -1. It must be all text,
 * carry at least two role words and more than r, and r itself must look like data (a cell typed
 * like the cells below it: a date above dates).
 */
export function betterHeaderAbove(grid: Grid, r: number, c0: number, c1: number): number {
  const here = headerScore(grid, r, c0, c1);
  if (here.dataLike < 1) return -1;
  for (let up = r - 1; up >= Math.max(0, r - LOOK_UP); up--) {
    if (grid.rowFilled[up] < 2 || grid.rowClaimed(up, c0, c1)) continue;
    const above = headerScore(grid, up, c0, c1);
    if (above.allText && above.words >= 2 && above.words > here.words) return up;
  }
  return -1;
}
