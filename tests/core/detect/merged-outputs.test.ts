/**
 * Columns (and rows) we add are clear of merged areas. A snapshot lists every merged area that
 * intersects the used range, whole, so a blank merged note or header can run on past the last value
 * (Office.js reads the used range as values only): its cells out there are not free, and writing
 * part of a merged cell fails in Excel and changes the user's cell. A register with its own status
 * column gets added Trend and Variance columns, which must land beyond such merges.
 */
import { detectSheet } from '../../../src/core/detect';
import { scoreSheet } from '../../../src/core/pipeline';
import { defaultRules } from '../../../src/core/rules/presets';
import type { CellRange, CellRef } from '../../../src/core/snapshot';
import { buildSnapshot, type CellInput } from '../../helpers/snapshot-builder';

const REGISTER: CellInput[][] = [
  ['Measure', 'Target', 'Actual', 'Rag Status'],
  ['Visits', 90, 95, ''],
  ['Reviews', 80, 60, ''],
];

function inMerge(cell: CellRef, merges: CellRange[]): boolean {
  return merges.some(
    (m) => cell.row >= m.row && cell.row < m.row + m.rowCount && cell.col >= m.col && cell.col < m.col + m.colCount,
  );
}

describe('added output columns and merged areas', () => {
  test('a merged header running on past the used range: Trend and Variance go beyond it', () => {
    // F1:G1 merged, "Notes" in F1; G1 is blank, so the used range ends at column F.
    const merges = [{ row: 0, col: 5, rowCount: 1, colCount: 2 }];
    const rows = REGISTER.map((r, i) => (i === 0 ? [...r, null, 'Notes'] : r));
    const d = detectSheet(buildSnapshot(rows, { merges }));
    expect(d.tables[0].added).toEqual({ headerRow: 0, trend: 7, variance: 8 });
    expect(d.indicators[0].statusCell).toEqual({ row: 1, col: 3 });
  });

  test('a blank merged area past the used range, across the rows of the table: not taken', () => {
    // E3:G3 merged and blank: wholly outside the used range (A:D), yet not free.
    const merges = [{ row: 2, col: 4, rowCount: 1, colCount: 3 }];
    const d = detectSheet(buildSnapshot(REGISTER, { merges }));
    expect(d.tables[0].added).toEqual({ headerRow: 0, trend: 7, variance: 8 });
  });

  test("a blank merged area inside the used range: not even its top-left is an added column's cell", () => {
    // E2:F2 merged and blank; a note further down in H5 widens the used range past it.
    const merges = [{ row: 1, col: 4, rowCount: 1, colCount: 2 }];
    const rows = [...REGISTER, [], [null, null, null, null, null, null, null, 'see notes']];
    const d = detectSheet(buildSnapshot(rows, { merges }));
    expect(d.tables[0].added).toEqual({ headerRow: 0, trend: 6, variance: 7 });
  });

  test('the write plan never writes a cell of a merged area (the Excel host refuses part of one)', () => {
    // As in the Excel test: a note merged H:I on every row, the table's own status column in E.
    const rows: CellInput[][] = [['Performance Measure', 'Polarity', 'Target', 'Actual', 'Rag Status']];
    for (let i = 0; i < 12; i++) rows.push([`Measure ${i + 1}`, 'Bigger is better', 50, 48 + i, '']);
    const merges: CellRange[] = [];
    for (let r = 0; r < 20; r++) {
      rows[r] ??= [];
      rows[r][7] = `note ${r}`;
      merges.push({ row: r, col: 7, rowCount: 1, colCount: 2 });
    }
    const result = scoreSheet(buildSnapshot(rows, { merges }), defaultRules());
    expect(result.indicators).toHaveLength(12);
    const headers = result.plan.writes.filter((w) => w.role === 'header');
    expect(headers.map((w) => w.text)).toEqual(['Trend', 'Variance']);
    for (const w of result.plan.writes) expect(inMerge(w.cell, merges)).toBe(false);
    expect(result.plan.writes.filter((w) => w.role === 'status')).toHaveLength(12);
  });
});
