/**
 * The one-sync read chains calls off objects that may not exist yet (the state sheet before the
 * first scoring, the used range of an empty sheet). Should Excel reject such calls, the read falls
 * back to a probe first and still scores, writes and remembers what it wrote.
 */
import { readActiveSheet } from '../../src/excel/read-sheet';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { firstWriteSync, FIXED_TIME, registerBook, registerRows } from './helpers';
import { forEachApiLevel } from './api-levels';

forEachApiLevel((level) => {
  test('first scoring of a workbook under a strict host: scored, written and remembered', async () => {
    const fx = registerBook(20, { strictNullObjects: true });
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(out.written).toBe(true);
    expect(out.result.indicators).toHaveLength(20);
    const sheet = fx.book.sheet('KPIs')!;
    const first = out.result.plan.writes.find((w) => w.role === 'status')!;
    expect(sheet.get(first.cell.row, first.cell.col).value).toBe(first.text);
    // The failed batch, the probe and the read, then the write (and, where the write is one undo
    // group, the sync that makes the hidden sheets before it).
    expect(fx.counts.syncs).toBe(firstWriteSync(level) + 2);

    // The second scoring finds the state sheet, so the one-sync read works again.
    fx.resetCounts();
    const again = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(again.written).toBe(true);
    expect(fx.counts.syncs).toBeLessThanOrEqual(3);
    expect(again.result.plan.writes.filter((w) => w.role === 'header')).toHaveLength(
      out.result.plan.writes.filter((w) => w.role === 'header').length,
    );
  });

  test('an empty sheet under a strict host reads as empty, without an error', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'Blank', []);
    const fx = createFakeExcel(book, { strictNullObjects: true });
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.snapshot.values).toEqual([]);
    expect(read.stateSheetExists).toBe(false);
  });

  test('the lenient host still reads in one sync', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', registerRows(5));
    const fx = createFakeExcel(book);
    const read = await fx.env.run((ctx) => readActiveSheet(ctx));
    expect(read.syncs).toBe(1);
  });
});
