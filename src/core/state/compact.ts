/**
 * Cell lists in the saved state as A1 ranges. A scoring owns whole columns of cells, and its undo
 * record is mostly "this cell was blank": one entry per cell made the state of a 5,000-indicator
 * sheet megabytes of JSON, slow to save and heavy against Excel on the web's 5 MB request limit.
 */
import { parseRangeA1, rangeToA1, toA1 } from '../a1';
import type { CellRange, CellRef } from '../snapshot';
import { PRINT_CHARS } from './fingerprint';
import type { UndoCell } from './types';

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const GRID_ROWS = 1_048_576;
export const GRID_COLS = 16_384;

/**
 * How many cells one decoded state may expand to, all sheets and lists together. An honest state
 * of a 50,000-indicator sheet expands to about 300,000; a few KB of hand-made ranges could
 * otherwise claim billions and exhaust memory.
 */
export const MAX_EXPANDED_CELLS = 2_000_000;

/** What is left of one decode's expansion allowance; shared by every list of every sheet. */
export interface ExpandBudget {
  left: number;
  /** Set once a list was cut short because the allowance ran out. */
  exhausted?: boolean;
}

export function expandBudget(cells = MAX_EXPANDED_CELLS): ExpandBudget {
  return { left: cells };
}

/** A range inside Excel's grid (parseA1 reads up to 7 digits and 3 letters, which reach past it). */
export function insideGrid(r: CellRange): boolean {
  return r.row >= 0 && r.col >= 0 && r.row + r.rowCount <= GRID_ROWS && r.col + r.colCount <= GRID_COLS;
}

/** The sheet named by an address's prefix ("'Q2 data'!B2" -> "Q2 data"); undefined when none. */
export function addressSheet(a1: string): string | undefined {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return undefined;
  let name = a1.slice(0, bang).trim();
  if (name.length >= 2 && name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return name;
}

/** An address about this sheet: no sheet prefix, or this sheet's name (Excel names ignore case). */
export function onSheet(a1: string, sheet: string): boolean {
  const named = addressSheet(a1);
  return named === undefined || named.toUpperCase() === sheet.toUpperCase();
}

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

/**
 * Ranges (or single addresses) back to single-cell A1 addresses; entries that are not ranges, or
 * reach outside the grid, are dropped. Stops before a range that would overrun the budget.
 */
export function expandCells(ranges: string[], budget: ExpandBudget = expandBudget()): string[] {
  const out: string[] = [];
  for (const a of ranges) {
    const r = parseRangeA1(a);
    if (!r || !insideGrid(r)) continue;
    const size = r.rowCount * r.colCount;
    if (size > budget.left) {
      budget.exhausted = true;
      break;
    }
    budget.left -= size;
    for (let col = r.col; col < r.col + r.colCount; col++)
      for (let row = r.row; row < r.row + r.rowCount; row++) out.push(toA1({ row, col }));
  }
  return out;
}

/** Per compacted range, its cells' fingerprints in expandCells order: one print when all agree, "" when any is missing. */
export function rangePrints(ranges: string[], codeOf: (a1: string) => string | undefined): string[] {
  return ranges.map((a) => {
    const r = parseRangeA1(a);
    if (!r) return '';
    const codes: string[] = [];
    for (let col = r.col; col < r.col + r.colCount; col++)
      for (let row = r.row; row < r.row + r.rowCount; row++) {
        const code = codeOf(toA1({ row, col }));
        if (code === undefined) return '';
        codes.push(code);
      }
    return codes.every((c) => c === codes[0]) ? codes[0] : codes.join('');
  });
}

/**
 * Owned ranges and their fingerprints (rangePrints' form) back per cell, within the budget. A
 * range whose print string has the wrong length gets none (its cells are then treated as a legacy
 * state's: never cleared).
 */
export function expandOwned(
  ranges: string[],
  codes: unknown[],
  budget: ExpandBudget,
): { cells: string[]; prints: Map<string, string> } {
  const cells: string[] = [];
  const prints = new Map<string, string>();
  for (let i = 0; i < ranges.length; i++) {
    const r = parseRangeA1(ranges[i]);
    if (!r || !insideGrid(r)) continue;
    const size = r.rowCount * r.colCount;
    if (size > budget.left) {
      budget.exhausted = true;
      break;
    }
    budget.left -= size;
    const code = codes[i];
    const same = typeof code === 'string' && code.length === PRINT_CHARS;
    const each = typeof code === 'string' && code.length === size * PRINT_CHARS;
    let k = 0;
    for (let col = r.col; col < r.col + r.colCount; col++)
      for (let row = r.row; row < r.row + r.rowCount; row++, k++) {
        const a1 = toA1({ row, col });
        cells.push(a1);
        if (same) prints.set(a1, code);
        else if (each) prints.set(a1, code.slice(k * PRINT_CHARS, (k + 1) * PRINT_CHARS));
      }
  }
  return { cells, prints };
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
