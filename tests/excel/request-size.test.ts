/**
 * Request sizes (defect 4). The fake sizes each request as Office.js serialises it (every call as a
 * JSON action in its envelope), so the host's estimate is checked against what would really be
 * sent; and a block Excel refuses for its size is written again in halves.
 */
import { chunkChanges, packBlocks, queueChunk, type CellChange } from '../../src/excel/cell-batches';
import { WRITE_BUDGET_BYTES } from '../../src/excel/payload';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { FIXED_TIME, registerBook } from './helpers';

forEachApiLevel(() => {
  test('sparse output over a tall sheet: the estimate is what is serialised, and every block fits', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'Tall', [['x']]);
    const fx = createFakeExcel(book);
    // One status every 40 rows down 400,000 rows: mostly the nulls between them.
    const changes: CellChange[] = [];
    for (let row = 1; row < 400_000; row += 40) {
      changes.push({
        row,
        col: 5,
        value: 'Green',
        numberFormat: '@',
        props: { format: { fill: { color: '#C6EFCE' }, font: { color: '#006100', bold: true } } },
      });
    }
    const blocks = packBlocks(chunkChanges(changes, WRITE_BUDGET_BYTES / 2), WRITE_BUDGET_BYTES, 0);
    expect(blocks.length).toBeGreaterThan(1);
    await fx.env.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Tall');
      for (const block of blocks) {
        for (const chunk of block) queueChunk(ws, chunk);

        await ctx.sync();
      }
    });
    blocks.forEach((block, i) => {
      const estimated = block.reduce((n, c) => n + c.bytes, 0);
      const sent = fx.counts.bytesPerSync[i];
      expect(sent).toBeLessThanOrEqual(5 * 1024 * 1024);
      // Within 5% either way (the estimate counted 13 bytes per empty row; 19 are sent).
      expect(Math.abs(sent - estimated) / sent).toBeLessThan(0.05);
    });
    expect(fx.book.sheet('Tall')!.get(399_961, 5).value).toBe('Green');
  }, 60_000);

  test('a block Excel refuses for its size is written again in halves, and everything lands', async () => {
    // An Excel whose limit is far below our 4 MB budget: the first write is refused.
    const fx = registerBook(3000, { payloadLimit: 400_000 });
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(out.written ? 'written' : out.message).toBe('written');
    expect(out.partial).toBeUndefined();
    const sheet = fx.book.sheet('KPIs')!;
    for (const w of out.result.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe(w.text);
    expect(Math.max(...fx.counts.bytesPerSync.filter((_b, i) => i > 0))).toBeGreaterThan(400_000);
    // Several write syncs, one suspendScreenUpdatingUntilNextSync: Microsoft advises against calling
    // it in a loop.
    expect(fx.counts.syncs).toBeGreaterThan(3);
    expect(fx.counts.calls['Application.suspendScreenUpdatingUntilNextSync']).toBe(1);
  }, 60_000);
});
