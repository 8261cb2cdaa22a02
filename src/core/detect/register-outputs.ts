/**
 * Where a header-row table's status, trend and variance go (register.ts): its own columns where it
 * has them, ours from an earlier scoring, else free columns right of the table (with our headers).
 */
import type { Grid } from './grid';
import type { HeaderLayout } from './header-row';
import { isNameHeader } from './column-words';
import { freeColumnsRight } from './output-cells';

/** Where status/trend/variance go for this table, and the `added` columns (with headers) we add. */
export interface Outputs {
  status?: number;
  trend?: number;
  variance?: number;
  added?: { status?: number; trend?: number; variance?: number };
}

/**
 * A Variance column of the author's own content: figures ("11", "-8": their arithmetic, not a
 * sentence) or words (an NHS report's SPC "Variation" column: "Common cause", "Special cause -
 * concern"). SCORING.md never writes our text into it, so ours goes in a column of its own beside
 * the table rather than being refused row by row. Cells we wrote before (recorded, or reading like
 * our variance lines where the record was lost) are ours, not the author's.
 */
function holdsAuthorContent(grid: Grid, c: number, headerRow: number, lastRow: number): boolean {
  for (let r = headerRow + 1; r <= lastRow; r++) if (!grid.isBlank(r, c) && !grid.isOurs(r, c)) return true;
  return false;
}

/**
 * The first column of a table beside this one in its header row: the next filled header cell right
 * of the table, where it names the rows ("Indicator"), as blocks.ts reads it. Infinity when none.
 */
function nextTableColumn(grid: Grid, h: HeaderLayout): number {
  for (let c = h.last + 1; c <= grid.rowLast[h.row]; c++) {
    if (grid.isBlank(h.row, c)) continue;
    return grid.isString(h.row, c) && isNameHeader(grid.trimmed(h.row, c)) ? c : Infinity;
  }
  return Infinity;
}

export function outputColumns(grid: Grid, h: HeaderLayout, lastRow: number): Outputs {
  const owned = (c: number | undefined): boolean => c !== undefined && grid.isOwned(h.row, c);
  // The table's own columns (not ones we added last time) are used as they are.
  const own = (c: number | undefined): number | undefined => (c !== undefined && !owned(c) ? c : undefined);
  if (h.variance !== undefined && !owned(h.variance) && holdsAuthorContent(grid, h.variance, h.row, lastRow)) {
    // Ours from an earlier scoring, headed "Variance" too, is where ours goes again (not one more column).
    const ourVariance = h.columns.find((c) => c.role === 'variance' && owned(c.col));
    h = { ...h, variance: ourVariance?.col };
  }
  const ours = (c: number | undefined): number | undefined => (owned(c) ? c : undefined);
  const taken = new Set<number>();
  for (const c of [ours(h.status), ours(h.trend), ours(h.variance)]) if (c !== undefined) taken.add(c);
  const roles = ['status', 'trend', 'variance'] as const;
  const cols = { status: h.status, trend: h.trend, variance: h.variance };
  const need = roles.filter((r) => own(cols[r]) === undefined && ours(cols[r]) === undefined).length;
  const lastTableCol = Math.max(h.first, ...h.columns.filter((c) => !taken.has(c.col)).map((c) => c.col));
  // Another table beside this one (its own names' header past a spacer) bounds the columns we add.
  const next = nextTableColumn(grid, h);
  const free =
    need > 0 ? freeColumnsRight(grid, lastTableCol, h.row, lastRow, need, taken).filter((c) => c < next) : [];
  const out: Outputs = {};
  const added: NonNullable<Outputs['added']> = {};
  for (const role of roles) {
    const mine = own(cols[role]);
    if (mine !== undefined) {
      out[role] = mine;
      continue;
    }
    // Ours from the last scoring, or a new column: either way it carries our header.
    const col = ours(cols[role]) ?? free.shift();
    if (col === undefined) continue;
    out[role] = col;
    added[role] = col;
  }
  if (Object.keys(added).length > 0) out.added = added;
  return out;
}
