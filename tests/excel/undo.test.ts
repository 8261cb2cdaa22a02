import { toA1 } from '../../src/core/a1';
import { sheetState } from '../../src/core/state/codec';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel, type FakeSheet } from './fake-excel';
import { firstWriteSync, FIXED_TIME, registerRows, savedStateOf } from './helpers';
import { forEachApiLevel } from './api-levels';
import { versionAtLeast } from './fake/api-sets';

forEachApiLevel((level) => {
  const now = (): Date => FIXED_TIME;

  /** Cells with content or a fill. quotePrefix is left out: undo restores text with a leading apostrophe
   * so Excel keeps it as text ("Green" stays "Green", "Apr-16" does not turn into a date). */
  function dump(sheet: FakeSheet): string {
    const cells = [...sheet.cells.entries()].filter(([, c]) => c.value !== '' || c.fill || c.formula);
    // The font colour as it is: an Automatic colour must come back Automatic, not explicit black.
    return JSON.stringify(cells.map(([k, c]) => [k, { ...c, quotePrefix: undefined }]).sort());
  }

  const savedState = (fx: FakeExcel) => savedStateOf(fx.book);

  /** A register whose Rag Status column the user filled by hand (text and a yellow fill) on row 2. */
  function handColouredBook(): { fx: FakeExcel; sheet: FakeSheet } {
    const book = new FakeBook();
    const sheet = sheetFromRows(book, 'KPIs', registerRows(6));
    const manual = sheet.cell(1, 4);
    manual.value = 'Green';
    manual.fill = '#FFFF00';
    manual.bold = true;
    return { fx: createFakeExcel(book), sheet };
  }

  test('undo restores values and formatting, in four syncs, as one undo step', async () => {
    const { fx, sheet } = handColouredBook();
    const before = dump(sheet);
    const scored = await scoreActiveSheet({ env: fx.env, now });
    expect(scored.written).toBe(true);
    expect(dump(sheet)).not.toBe(before);
    expect(sheet.get(1, 4).fill).not.toBe('#FFFF00');

    fx.resetCounts();
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBe(scored.result.plan.undo.length);
    expect(undone.message).toMatch(/^Restored \d+ cells on "KPIs"/);
    // Read; read the backed-up formats; restore; then, only once restored, clear the record.
    expect(fx.counts.syncs).toBe(4);
    expect(fx.counts.mergeUndoRuns).toBe(versionAtLeast(level, '1.20') ? 1 : 0);
    // Value, text-ness and the hand-applied look are back (copied from the formatting backup).
    expect(sheet.get(1, 4)).toMatchObject({ value: 'Green', fill: '#FFFF00', bold: true });
    expect(dump(sheet)).toBe(before);

    const state = sheetState(savedState(fx), 'KPIs');
    expect(state.undo).toBeUndefined();
    // Cells put back to empty are no longer ours.
    const emptied = scored.result.plan.undo.filter((u) => u.value === '').map((u) => toA1(u.cell));
    expect(emptied.length).toBeGreaterThan(0);
    for (const a1 of emptied) expect(state.owned).not.toContain(a1);

    const again = await undoLastScoring({ env: fx.env });
    expect(again).toEqual({ restored: 0, message: 'Nothing to undo on "KPIs".' });
  });

  test("each sheet keeps its own formatting backup: scoring sheet B does not lose sheet A's", async () => {
    const { fx, sheet } = handColouredBook();
    const other = sheetFromRows(fx.book, 'Other', registerRows(3));
    other.cell(1, 4).fill = '#00B0F0';
    await scoreActiveSheet({ env: fx.env, now });
    fx.book.active = 'Other';
    await scoreActiveSheet({ env: fx.env, now });
    fx.book.active = 'KPIs';
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBeGreaterThan(0);
    expect(sheet.get(1, 4)).toMatchObject({ value: 'Green', fill: '#FFFF00', bold: true });
    fx.book.active = 'Other';
    await undoLastScoring({ env: fx.env });
    expect(other.get(1, 4).fill).toBe('#00B0F0');
  });

  test('a restore that fails keeps the undo record, so pressing Undo again finishes the job', async () => {
    const { fx, sheet } = handColouredBook();
    const before = dump(sheet);
    const scored = await scoreActiveSheet({ env: fx.env, now });
    // Since the scoring, the user merged D4:E4, over one of the cells to restore: Excel refuses
    // that write, after any earlier call in the same request has already run.
    const merge = { row: 3, col: 3, rowCount: 1, colCount: 2 };
    sheet.merges.push(merge);
    const failed = await undoLastScoring({ env: fx.env });
    expect(failed.restored).toBe(0);
    expect(failed.message).toMatch(/Undo failed: .*merged.*The undo record is kept/);
    expect(sheetState(savedState(fx), 'KPIs').undo).toHaveLength(scored.result.plan.undo.length);
    // The user unmerges and presses Undo again: everything comes back.
    sheet.merges = [];
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBe(scored.result.plan.undo.length);
    expect(dump(sheet)).toBe(before);
  });

  test('a restore whose response is lost: the record is kept and a second undo changes nothing more', async () => {
    const { fx, sheet } = handColouredBook();
    const before = dump(sheet);
    await scoreActiveSheet({ env: fx.env, now });
    fx.resetCounts();
    // Undo's third sync (the restore) is applied, but Excel's answer never arrives.
    const lost = createFakeExcel(fx.book, { lostResponseSyncs: [3] });
    const failed = await undoLastScoring({ env: lost.env });
    expect(failed.message).toMatch(/Undo failed/);
    expect(sheetState(savedState(fx), 'KPIs').undo?.length).toBeGreaterThan(0);
    expect(dump(sheet)).toBe(before);
    await undoLastScoring({ env: fx.env });
    expect(dump(sheet)).toBe(before);
    expect(sheetState(savedState(fx), 'KPIs').undo).toBeUndefined();
  });

  test('a scoring whose response is lost after it was applied: said so, and undo still puts everything back', async () => {
    const { fx, sheet } = handColouredBook();
    const before = dump(sheet);
    // The read is sync 1; the write lands in Excel but its answer never arrives.
    const lost = createFakeExcel(fx.book, { lostResponseSyncs: [firstWriteSync(level)] });
    const out = await scoreActiveSheet({ env: lost.env, now });
    expect(out.message).toMatch(/could not write the scores to "KPIs".*Undo last scoring puts it back/);
    expect(dump(sheet)).not.toBe(before);
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBeGreaterThan(0);
    expect(dump(sheet)).toBe(before);
  });

  test('conditional formats stay as they were: undo never pastes rules', async () => {
    const { fx, sheet } = handColouredBook();
    sheet.conditionalFormats.push({ row: 1, col: 4, rowCount: 6, colCount: 1 });
    await scoreActiveSheet({ env: fx.env, now });
    await undoLastScoring({ env: fx.env });
    expect(sheet.conditionalFormats).toEqual([{ row: 1, col: 4, rowCount: 6, colCount: 1 }]);
  });

  test('undo on a protected sheet changes nothing and says why', async () => {
    const { fx, sheet } = handColouredBook();
    await scoreActiveSheet({ env: fx.env, now });
    sheet.protected = true;
    const scored = dump(sheet);
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBe(0);
    expect(undone.message).toMatch(/protected/);
    expect(dump(sheet)).toBe(scored);
  });

  test('a cell where the user typed a formula after scoring is left alone', async () => {
    const { fx, sheet } = handColouredBook();
    const scored = await scoreActiveSheet({ env: fx.env, now });
    const w = scored.result.plan.writes.find((x) => x.role === 'variance')!;
    const cell = sheet.cell(w.cell.row, w.cell.col);
    cell.formula = '=1+1';
    cell.value = 2;
    await undoLastScoring({ env: fx.env });
    expect(sheet.get(w.cell.row, w.cell.col)).toMatchObject({ formula: '=1+1', value: 2 });
  });
});
