/** Shared builders for the Excel host tests. */
import type { CellValue } from '../../src/core/snapshot';
import { STATE_SHEET_NAME, type WorkbookState } from '../../src/core/state/types';
import { stateFromGrid } from '../../src/excel/state-store';
import { versionAtLeast } from './fake/api-sets';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel, type FakeExcelOptions } from './fake-excel';

/** A register like seed 000: Measure | Target | Actual | Rag Status, n indicators, higher is better. */
export function registerRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [['Performance Measure', 'Polarity', 'Target', 'Actual', 'Rag Status']];
  for (let i = 0; i < n; i++) {
    const target = 50 + (i % 7) * 5;
    const actual = target + ((i % 5) - 2) * 3;
    rows.push([`Measure ${i + 1}`, 'Bigger is better', target, actual, '']);
  }
  return rows;
}

export function registerBook(n: number, options: FakeExcelOptions = {}, name = 'KPIs'): FakeExcel {
  const book = new FakeBook();
  sheetFromRows(book, name, registerRows(n));
  return createFakeExcel(book, options);
}

export const FIXED_TIME = new Date('2026-11-21T12:00:00Z');

/**
 * The sync that writes a first scoring's cells: 2 (after the read), or 3 where ExcelApi 1.20 groups
 * the write into one undo step and the hidden sheets are made in a sync of their own before it.
 */
export function firstWriteSync(level: string): number {
  return versionAtLeast(level, '1.20') ? 3 : 2;
}

/**
 * The state the book's state sheet holds, read as the hosts read it: the grid from A1 (the state
 * may sit in either of its two column slots, see src/excel/state-store.ts).
 */
export function savedStateOf(book: FakeBook): WorkbookState {
  const ws = book.sheet(STATE_SHEET_NAME);
  const used = ws?.usedRange(true);
  if (!ws || !used) return stateFromGrid([]);
  const grid: string[][] = [];
  for (let r = 0; r < used.row + used.rowCount; r++)
    grid.push(Array.from({ length: used.col + used.colCount }, (_x, c) => String(ws.get(r, c).value)));
  return stateFromGrid(grid);
}
