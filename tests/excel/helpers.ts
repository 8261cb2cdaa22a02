/** Shared builders for the Excel host tests. */
import type { CellValue } from '../../src/core/snapshot';
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
