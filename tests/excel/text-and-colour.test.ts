/**
 * Defect 9: our cells keep Excel's Automatic font colour (never an explicit black, which is
 * unreadable in dark themes and high contrast), and a text starting with an apostrophe keeps it.
 */
import type { WritePlan } from '../../src/core/plan/types';
import { planChanges } from '../../src/excel/apply-plan';
import { chunkChanges, queueChunk } from '../../src/excel/cell-batches';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { FIXED_TIME, registerBook } from './helpers';

forEachApiLevel(() => {
  test('cells whose style names no font colour keep the Automatic colour', async () => {
    const fx = registerBook(6);
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    const sheet = fx.book.sheet('KPIs')!;
    const plain = out.result.plan.writes.filter((w) => !out.result.plan.styles[w.style]?.fontColor);
    expect(plain.length).toBeGreaterThan(0);
    for (const w of plain) expect(sheet.get(w.cell.row, w.cell.col).fontColor).toBeUndefined();
    for (const w of out.result.plan.writes.filter((x) => out.result.plan.styles[x.style]?.fontColor))
      expect(sheet.get(w.cell.row, w.cell.col).fontColor).toBe(out.result.plan.styles[w.style].fontColor);
  });

  test('a text starting with an apostrophe is written with its apostrophe', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', [['x']]);
    const fx = createFakeExcel(book);
    const plan: WritePlan = {
      sheet: 'KPIs',
      writes: [
        { cell: { row: 2, col: 1 }, text: "'Tis on track", style: 's', role: 'variance' },
        { cell: { row: 3, col: 1 }, text: '=SUM(A1)', style: 's', role: 'variance' },
      ],
      styles: { s: {} },
      clears: [],
      owned: [],
      columnWidths: {},
      undo: [],
      blocked: false,
    };
    await fx.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('KPIs');
      for (const chunk of chunkChanges(planChanges(plan), 1_000_000)) queueChunk(ws, chunk);
      await ctx.sync();
    });
    const sheet = fx.book.sheet('KPIs')!;
    expect(sheet.get(2, 1).value).toBe("'Tis on track");
    expect(sheet.get(3, 1)).toMatchObject({ value: '=SUM(A1)', formula: undefined });
  });
});
