import { HEAD_WINDOW } from '../../src/excel/payload';
import type { CellValue } from '../../src/core/snapshot';
import { summaryMarker } from '../../src/core/summary/marker';
import { readActiveSheet } from '../../src/excel/read-sheet';
import { createFakeExcel, FakeBook, sheetFromRows, sheetFromSnapshot, type FakeExcel } from './fake-excel';
import { forEachApiLevel } from './api-levels';

forEachApiLevel(() => {
  function grid(rows: number, cols: number, cell: (r: number, c: number) => CellValue): CellValue[][] {
    return Array.from({ length: rows }, (_r, r) => Array.from({ length: cols }, (_c, c) => cell(r, c)));
  }

  function bookOf(rows: CellValue[][]): FakeExcel {
    const book = new FakeBook();
    sheetFromRows(book, 'Data', rows);
    return createFakeExcel(book);
  }

  test('a sheet inside the first window is read whole in one sync, with merges, formulas and protection', async () => {
    const fx = bookOf(grid(20, 6, (r, c) => (r === 0 ? `H${c}` : r * 10 + c)));
    const sheet = fx.book.sheet('Data')!;
    sheet.merges = [{ row: 0, col: 0, rowCount: 1, colCount: 2 }];
    sheet.cell(5, 5).formula = '=A1';
    sheet.protected = true;
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.syncs).toBe(1);
    expect(fx.counts.syncs).toBe(1);
    expect(read.snapshot.values).toHaveLength(20);
    expect(read.snapshot.values[3][2]).toBe(32);
    // No display text: it depends on column widths (defect 6); the engine formats from the number format.
    expect(read.snapshot.texts).toBeUndefined();
    expect(read.snapshot.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
    expect(read.snapshot.formulaRanges).toEqual([{ row: 5, col: 5, rowCount: 1, colCount: 1 }]);
    // Formula text from Range.formulas in the same sync: only the formula's row, "" for constants.
    expect(read.snapshot.formulas).toHaveLength(20);
    expect(read.snapshot.formulas?.[5]).toEqual(['', '', '', '', '', '=A1']);
    expect(read.snapshot.formulas?.filter((line) => line !== null)).toHaveLength(1);
    expect(read.snapshot.protected).toBe(true);
    expect(read.stateSheetExists).toBe(false);
  });

  test('a used range that does not start at A1 keeps its offset', async () => {
    const book = new FakeBook();
    const s = sheetFromRows(book, 'Data', []);
    s.cell(3, 2).value = 'Measure';
    s.cell(4, 2).value = 'Visits';
    s.cell(4, 3).value = 5;
    const fx = createFakeExcel(book);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    // A sheet without a formula has no formula grid.
    expect(read.snapshot.formulas).toBeUndefined();
    expect(read.snapshot).toMatchObject({
      top: 3,
      left: 2,
      values: [
        ['Measure', ''],
        ['Visits', 5],
      ],
    });
  });

  test('a 1,000-indicator register is read whole in one sync', async () => {
    const rows = grid(1001, 12, (r, c) => `r${r}c${c}`);
    const fx = bookOf(rows);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.syncs).toBe(1);
    expect(read.snapshot.values).toEqual(rows);
  });

  test('rows beyond the first window are read by blocks, each under the payload limit', async () => {
    const rows = grid(HEAD_WINDOW.rows + 500, 5, (r, c) => `r${r}c${c}`);
    const fx = bookOf(rows);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.syncs).toBe(2);
    expect(read.snapshot.values).toEqual(rows);
  });

  test('a sheet wider than 32 columns is read whole in the first sync (the window is rows 1 to 5,000)', async () => {
    const rows = grid(30, 48, (r, c) => r * 100 + c);
    const fx = bookOf(rows);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.snapshot.values).toEqual(rows);
    // Was 2: the A1:AF5000 window was read, thrown away, and the sheet read again.
    expect(read.syncs).toBe(1);
  });

  test('a table starting right of column A and ending past AF is read whole in the first sync', async () => {
    const book = new FakeBook();
    const rows = grid(20, 16, (r, c) => `r${r}c${c}`);
    sheetFromSnapshot(book, {
      name: 'Offset',
      top: 3,
      left: 24,
      values: rows,
      numberFormats: rows.map((r) => r.map(() => 'General')),
      merges: [],
      protected: false,
    });
    const fx = createFakeExcel(book);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.snapshot.values).toEqual(rows);
    expect(read.syncs).toBe(1);
  });

  test('long texts that beat the estimate: the block is halved and read again', async () => {
    const long = 'x'.repeat(300);
    const rows = grid(3000, 10, (r, c) => `${long}${r}-${c}`);
    const fx = bookOf(rows);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.snapshot.values).toEqual(rows);
    expect(read.syncs).toBeGreaterThan(2);
  }, 60000);

  test('more cells than Excel will read at once: refused with a message', async () => {
    const book = new FakeBook();
    const s = sheetFromRows(book, 'Huge', [['a']]);
    s.cell(999_999, 9).value = 'far away';
    const fx = createFakeExcel(book);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.refusal).toMatch(/more than Scorelight can read at once/);
    expect(read.syncs).toBe(1);
  });

  test('a board summary Scorelight made is not scored', async () => {
    const fx = bookOf([['Board summary']]);
    fx.book.sheet('Data')!.leftFooter = summaryMarker('Q2 KPIs');
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.refusal).toMatch(/board summary made by Scorelight/);
  });
});
