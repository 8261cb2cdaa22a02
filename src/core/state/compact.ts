/**
 * Cell lists in the saved state as A1 ranges. A scoring owns whole columns of cells, and its undo
 * record is mostly "this cell was blank": one entry per cell made the state of a 5,000-indicator
 * sheet megabytes of JSON, slow to save and heavy against Excel on the web's 5 MB request limit.
 */
import { parseRangeA1, rangeToA1, toA1 } from '../a1';
import type { CellRef } from '../snapshot';
import type { UndoCell } from './types';

/** Ranges are expanded only up to Excel's own read cap, so a damaged state cannot exhaust memory. */
const MAX_EXPANDED_CELLS = 5_000_000;

/** Cells to the fewest simple ranges: vertical runs per column, then equal runs of adjacent columns merged. */
export function compactCells(cells: CellRef[]): string[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col);
    if (rows) rows.push(c.row);
    else byCol.set(c.col, [c.row]);
  }
  interface Run {
    col: number;
    row: number;
    rowCount: number;
    colCount: number;
  }
  const runs: Run[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    // Sorted in place: the lists are ours, built above. A repeated row simply continues its run.
    const rows = byCol.get(col)!.sort((a, b) => a - b);
    let start = rows[0];
    let prev = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && (rows[i] === prev + 1 || rows[i] === prev)) {
        prev = rows[i];
        continue;
      }
      runs.push({ col, row: start, rowCount: prev - start + 1, colCount: 1 });
      start = rows[i];
      prev = rows[i];
    }
  }
  // Merge a run into the one ending in the column just before it when their rows match.
  const open = new Map<string, Run>();
  const merged: Run[] = [];
  for (const r of runs) {
    const key = `${r.row}:${r.rowCount}`;
    const left = open.get(key);
    if (left && left.col + left.colCount === r.col) left.colCount++;
    else {
      open.set(key, r);
      merged.push(r);
    }
  }
  return merged.map((r) => rangeToA1(r));
}

/** Ranges (or single addresses) back to single-cell A1 addresses; entries that are not ranges are dropped. */
export function expandCells(ranges: string[]): string[] {
  const out: string[] = [];
  for (const a of ranges) {
    const r = parseRangeA1(a);
    if (!r) continue;
    if (out.length + r.rowCount * r.colCount > MAX_EXPANDED_CELLS) break;
    for (let col = r.col; col < r.col + r.colCount; col++)
      for (let row = r.row; row < r.row + r.rowCount; row++) out.push(toA1({ row, col }));
  }
  return out;
}

/** A cell that held nothing and had no formatting: restoring it needs no more than its address. */
export function isBlankUndo(u: UndoCell): boolean {
  if (u.value !== '' || (u.numberFormat !== 'General' && u.numberFormat !== '')) return false;
  const s = u.style;
  return !s || (!s.fill && !s.fontColor && !s.bold);
}

export function blankUndoCell(a1: string): UndoCell | null {
  const r = parseRangeA1(a1);
  return r ? { cell: { row: r.row, col: r.col }, value: '', numberFormat: 'General' } : null;
}
