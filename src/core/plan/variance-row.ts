/**
 * Where a card's or metric block's variance goes. These tables have no variance column of their
 * own, and a column to their right is far from the figure, has no heading and widens what the sheet
 * prints (a card fitted to one page wide then prints smaller). So the variance goes in a row of its
 * own just under the table: its heading "Variance" in the label column, like the table's own row
 * labels (Actual, Target, Symbol; Performance rating), the sentence beside it, running across the
 * table's empty cells. Only where that row is empty across the whole table and in no other table;
 * otherwise the detected cell stands.
 */
import type { DetectedTable } from '../detect/types';
import type { IndicatorSource } from '../model';
import type { CellRef, SheetSnapshot } from '../snapshot';

export interface VarianceRow {
  heading: CellRef;
  text: CellRef;
  /** The table's own label for the status row, whose look the heading takes. */
  lookFrom?: CellRef;
}

const UNDER_TABLE = new Set(['card', 'metric-block']);

function blank(snapshot: SheetSnapshot, formula: (ref: CellRef) => boolean, ref: CellRef): boolean {
  const v = snapshot.values[ref.row - snapshot.top]?.[ref.col - snapshot.left];
  return (v === undefined || v === null || v === '') && !formula(ref);
}

function inside(t: DetectedTable, ref: CellRef): boolean {
  const r = t.range;
  return ref.row >= r.row && ref.row < r.row + r.rowCount && ref.col >= r.col && ref.col < r.col + r.colCount;
}

/**
 * The row under `src`'s table for its variance, or undefined to keep the detected cell. `ours`
 * says whether a cell holds what we wrote before (a re-scoring finds its own row filled).
 */
export function varianceRow(
  snapshot: SheetSnapshot,
  tables: DetectedTable[],
  src: IndicatorSource,
  formula: (ref: CellRef) => boolean,
  ours: (ref: CellRef) => boolean,
): VarianceRow | undefined {
  const table = tables.find((t) => t.index === src.table);
  if (!table || table.added || !UNDER_TABLE.has(table.layout) || !src.varianceCell) return undefined;
  const r = table.range;
  if (r.colCount < 2) return undefined;
  // A block read again takes in our row from last time as its own last row: that row is still ours.
  const last = r.row + r.rowCount - 1;
  let row = last + 1;
  for (let q = (src.statusCell?.row ?? last) + 1; q <= last; q++)
    if (ours({ row: q, col: r.col })) {
      row = q;
      break;
    }
  const oursAlready = row <= last;
  for (let col = r.col; col < r.col + r.colCount; col++) {
    const ref = { row, col };
    if (!oursAlready && tables.some((t) => inside(t, ref))) return undefined;
    if (!blank(snapshot, formula, ref) && !ours(ref)) return undefined;
  }
  // The label column: where the status row names itself, else the table's first column.
  const statusRow = src.statusCell?.row;
  const labelled =
    statusRow !== undefined && !blank(snapshot, formula, { row: statusRow, col: r.col })
      ? { row: statusRow, col: r.col }
      : undefined;
  return { heading: { row, col: r.col }, text: { row, col: r.col + 1 }, lookFrom: labelled };
}
