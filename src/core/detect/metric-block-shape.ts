/**
 * The shape of a metric block (metric-blocks.ts): its header row (a blank corner, then periods,
 * baselines and areas), its labelled rows and what each row is (data, Target, rating, Trend,
 * comparators), and the title line above it.
 */
import { parsePeriodRow } from '../periods';
import { isComparatorRow } from './comparator-labels';
import type { Grid } from './grid';
import { classifyColumn, headerCell, type HeaderColumn } from './headers';
import { roleRowUnder } from './period-banner';
import { isMergedGroupColumn } from './group-column';
import { nameHeaderColumn } from './name-column';
import { byOrder, type PeriodColumn } from './series';

/** Longest header text in a block header that is not a period: "Note: ..." cells are not headers. */
const MAX_OTHER_HEADER = 30;

export type RowKind =
  'data' | 'label-only' | 'target' | 'rating' | 'trend' | 'national' | 'neighbours' | 'comparator' | 'polarity';

export function rowKind(lower: string): RowKind | null {
  // Regional, quartile, benchmark and trajectory rows are comparators, not figures to score (issue 15).
  if (isComparatorRow(lower)) return 'comparator';
  if (/^targets?\b/.test(lower)) return 'target';
  if (/^(performance rating|rating|rag( status| rating)?|status)$/.test(lower)) return 'rating';
  if (/^(trend|direction of travel|dot)$/.test(lower)) return 'trend';
  if (/^(national|england)\b/.test(lower)) return 'national';
  if (/^(statistical neighbours?|stat\.? neighbours?|sn average)\b/.test(lower)) return 'neighbours';
  if (/^polarity\b/.test(lower)) return 'polarity';
  return null;
}

export interface BlockHeader {
  row: number;
  label: number;
  columns: HeaderColumn[];
  periods: PeriodColumn[];
  baseline?: HeaderColumn;
  areas: HeaderColumn[];
  /** The header names a Target/Status/Trend column: a table of indicators, not a block. */
  tableLike: boolean;
}

/** Row r as a block header: blank label column, then periods/baselines/areas only. */
export function readBlockHeader(grid: Grid, r: number): BlockHeader | null {
  const f = grid.rowFirst[r];
  if (f < 1 || r + 1 >= grid.rows || grid.rowClaimed(r)) return null;
  // The rows below carry labels left of the header's first cell.
  let next = r + 1;
  while (next < grid.rows && next <= r + 2 && grid.rowFilled[next] === 0) next++;
  const label = grid.rowFirst[next];
  if (label < 0 || label >= f || !grid.isString(next, label)) return null;
  // A header that names its names' column ("Indicator", "Measure") has no blank corner: what lies
  // under the blank cells left of it is the rows' context (a merged group, the result each row
  // measures). The register reader reads the table by the column the header names.
  if (nameHeaderColumn(grid, r) >= 0) return null;
  // A group label merged down the first column, with row labels right of it: those name the rows,
  // and the register reader finds them by their content.
  if (isMergedGroupColumn(grid, r, label) && textBetween(grid, next, label + 1, f - 1)) return null;
  // Periods over a row of Target / Actual headers are a banner over a register's header (period-banner.ts),
  // read as far as the row below runs: a banner merged over its group ends at its first cell.
  if (roleRowUnder(grid, next, f, Math.max(grid.rowLast[r], grid.rowLast[next]))) return null;
  // The lower row of a register's header over two rows ("Ref | Measure | 2023/24 ..." over "| | Q3 |
  // Outturn | Q1 ... | Target"): its corner is blank because the names' header above is merged down
  // over it, so it is no block's corner. Read as a block, the codes left of the names were the names.
  if (r > 0 && roleRowUnder(grid, r, f, grid.rowLast[r])) {
    const above = nameHeaderColumn(grid, r - 1);
    if (above >= 0 && above < f) return null;
  }
  const columns: HeaderColumn[] = [];
  let timeCols = 0;
  let tableLike = false;
  const ours = ownHeaderCols(grid, r);
  for (let c = f; c <= grid.rowLast[r]; c++) {
    if (grid.isBlank(r, c) || ours.has(c)) continue;
    const col = classifyColumn(grid, r, c);
    if (!col) continue;
    if (col.role === 'period' || col.role === 'baseline') timeCols++;
    else if (col.role === 'target' || col.role === 'status' || col.role === 'trend' || col.role === 'actual')
      tableLike = true;
    else if (col.role === 'area' || col.role === 'comparator') {
      // fine
    } else if (typeof grid.value(r, c) === 'number' || col.label.length > MAX_OTHER_HEADER) return null;
    columns.push(col);
  }
  if (timeCols === 0) return null;
  const inRow = parsePeriodRow(columns.map((c) => headerCell(grid, r, c.col)));
  const periods: PeriodColumn[] = [];
  let baseline: HeaderColumn | undefined;
  const areas: HeaderColumn[] = [];
  columns.forEach((c, i) => {
    if (c.role === 'period') {
      const p = inRow[i] ?? c.period;
      if (p) periods.push({ col: c.col, period: p });
    } else if (c.role === 'baseline' && !baseline) baseline = c;
    else if (c.role === 'area' || c.role === 'comparator') areas.push(c);
  });
  return { row: r, label, columns, periods: byOrder(periods), baseline, areas, tableLike };
}

/** True when row r holds text in a column from c0 to c1. */
function textBetween(grid: Grid, r: number, c0: number, c1: number): boolean {
  for (let c = c0; c <= c1; c++) if (grid.isString(r, c)) return true;
  return false;
}

/**
 * Our Status/Trend/Variance headers in a block's header row (from an earlier scoring): recorded as
 * ours, or the three words together. They are outputs, not a sign of a table with a status column.
 */
function ownHeaderCols(grid: Grid, r: number): Set<number> {
  const out = new Set<number>();
  const words = new Map<string, number>();
  for (let c = grid.rowFirst[r]; c <= grid.rowLast[r]; c++) {
    const lower = grid.lower(r, c);
    if (lower !== 'status' && lower !== 'trend' && lower !== 'variance') continue;
    if (grid.isOwned(r, c)) out.add(c);
    words.set(lower, c);
  }
  if (words.size === 3) for (const c of words.values()) out.add(c);
  return out;
}

export interface BlockRow {
  row: number;
  kind: RowKind;
  lower: string;
}

/** The labelled rows under a block header, to the first blank row (a "National average" just after one still belongs). */
export function blockRows(grid: Grid, h: BlockHeader): BlockRow[] {
  const out: BlockRow[] = [];
  const valueCols = h.columns.map((c) => c.col);
  for (let r = h.row + 1; r < grid.rows; r++) {
    if (grid.rowFilled[r] === 0) {
      const after = r + 1;
      if (after < grid.rows && grid.rowFirst[after] === h.label && rowKind(grid.lower(after, h.label)) === 'national')
        continue;
      break;
    }
    if (grid.rowClaimed(r) || grid.rowFirst[r] !== h.label || !grid.isString(r, h.label)) break;
    const lower = grid.lower(r, h.label);
    let kind = rowKind(lower);
    if (!kind) kind = valueCols.some((c) => !grid.isBlank(r, c)) ? 'data' : 'label-only';
    out.push({ row: r, kind, lower });
  }
  return out;
}

export function titleAbove(grid: Grid, r: number): number {
  for (let up = r - 1; up >= Math.max(0, r - 3); up--) {
    if (grid.rowFilled[up] === 0) continue;
    if (grid.rowFilled[up] !== 1 || grid.rowClaimed(up) || !grid.isString(up, grid.rowFirst[up])) return -1;
    return up;
  }
  return -1;
}
