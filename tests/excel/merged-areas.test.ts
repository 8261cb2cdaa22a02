/**
 * Merged areas as Excel enforces them: getMergedAreas* fails on a range holding more than 512, and
 * a write covering part of a merged area fails. A sheet with more merged areas than the API returns
 * still scores, and column writes never run through a merged section row.
 */
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { MERGED_AREAS_LIMIT } from './fake/range';
import { FIXED_TIME, registerRows } from './helpers';

forEachApiLevel(() => {
  test('more merged areas than getMergedAreas returns: still read, scored and written', async () => {
    const book = new FakeBook();
    const rows = registerRows(30);
    const sheet = sheetFromRows(book, 'KPIs', rows);
    // 600 merged pairs of notes far to the right of the table (columns H:I), and one over the table's
    // status column in a section row: the one that matters must still be found among the 600.
    for (let r = 0; r < 600; r++) {
      sheet.cell(r, 7).value = `note ${r}`;
      sheet.merges.push({ row: r, col: 7, rowCount: 1, colCount: 2 });
    }
    expect(sheet.merges.length).toBeGreaterThan(MERGED_AREAS_LIMIT);
    const fx = createFakeExcel(book);
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(out.written ? 'written' : out.message).toBe('written');
    expect(out.result.indicators).toHaveLength(30);
    const status = out.result.plan.writes.find((w) => w.role === 'status')!;
    expect(sheet.get(status.cell.row, status.cell.col).value).toBe(status.text);
  });

  test('a merged section row across the status column: the column is written around it', async () => {
    const book = new FakeBook();
    const rows = registerRows(12);
    const sheet = sheetFromRows(book, 'KPIs', rows);
    // Row 7 becomes a section heading merged across the whole table.
    for (let c = 0; c < 5; c++) sheet.cells.delete(`7,${c}`);
    sheet.cell(7, 0).value = 'Section B';
    sheet.merges.push({ row: 7, col: 0, rowCount: 1, colCount: 5 });
    const fx = createFakeExcel(book);
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(out.written ? 'written' : out.message).toBe('written');
    for (const w of out.result.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe(w.text);
    expect(sheet.get(7, 0).value).toBe('Section B');
  });
});
