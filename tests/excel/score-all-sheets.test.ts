// "Score all sheets" in Excel's pane host, on the recording fake (issue 24): every visible sheet of
// the user's scored through scoreActiveSheet, each its own write; one board summary for the
// workbook afterwards; the ratings history kept in the state sheet, so the next report says what moved.
import type { CellValue } from '../../src/core/snapshot';
import { WORKBOOK_SOURCE, WORKBOOK_SUMMARY_NAME } from '../../src/core/summary/build';
import { createExcelPaneHost } from '../../src/excel/pane-host';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel } from './fake-excel';
import { registerRows, savedStateOf } from './helpers';

/** A register under a title that names its quarter, as council packs do. */
function titled(title: string, n: number): CellValue[][] {
  return [[title, '', '', '', ''], ['', '', '', '', ''], ...registerRows(n)];
}

function workbook(quarter = 'Quarter 1 2020/21'): FakeExcel {
  const book = new FakeBook();
  sheetFromRows(book, 'Adults', titled(`Adult services: ${quarter}`, 4));
  sheetFromRows(book, 'Notes', [['Notes on this pack'], ['Figures are provisional.']]);
  sheetFromRows(book, 'Children', titled(`Children's services: ${quarter}`, 3));
  sheetFromRows(book, 'Old', registerRows(2)).visibility = 'Hidden';
  book.active = 'Notes';
  return createFakeExcel(book);
}

const statusColumn = (fx: FakeExcel, sheet: string) =>
  [3, 4, 5].map((r) => String(fx.book.sheet(sheet)!.cell(r, 4).value));

forEachApiLevel(() => {
  test('every visible sheet with a table is scored, each its own write; the others are named', async () => {
    const fx = workbook();
    const host = createExcelPaneHost(fx.env);
    const phases: string[] = [];
    const out = await host.scoreAllSheets!((p) => phases.push(p.phase));
    expect(out.outcomes.map((o) => [o.result.sheet, o.result.indicators.length, o.written])).toEqual([
      ['Adults', 4, true],
      ['Children', 3, true],
    ]);
    expect(out.message).toBe('Scored 7 indicators on 2 sheets. No KPI table was found on "Notes".');
    expect(phases[phases.length - 1]).toBe('done');
    for (const sheet of ['Adults', 'Children']) expect(statusColumn(fx, sheet).every((v) => v !== '')).toBe(true);
    // The hidden sheet is not part of the report and is left as it was.
    expect(fx.book.sheet('Old')!.cell(1, 4).value).toBe('');
    // Each scored sheet's writes are one run of its own (one undo step where Excel can group).
    const alone = workbook();
    alone.book.active = 'Adults';
    await createExcelPaneHost(alone.env).scoreActiveSheet();
    expect(fx.counts.mergeUndoRuns).toBe(2 * alone.counts.mergeUndoRuns);
    const state = savedStateOf(fx.book);
    expect(Object.keys(state.sheets).length).toBe(2);
    // The user is back on the sheet they were on.
    expect(fx.book.active).toBe('Notes');
  });

  test("after scoring all sheets, one board summary for the workbook; after one sheet, that sheet's", async () => {
    const fx = workbook();
    const host = createExcelPaneHost(fx.env);
    await host.scoreAllSheets!();
    const out = await host.createSummary();
    expect(out).toEqual({
      sheetName: WORKBOOK_SUMMARY_NAME,
      message: `Board summary for 2 sheets is on the sheet "${WORKBOOK_SUMMARY_NAME}".`,
    });
    expect(fx.summaries).toHaveLength(1);
    const plan = fx.summaries[0].plan!;
    expect(plan.sourceSheet).toBe(WORKBOOK_SOURCE);
    expect(fx.summaries[0].statuses).toHaveLength(7);
    expect(plan.period).toContain('2020/21');

    fx.book.active = 'Children';
    await host.scoreActiveSheet();
    const one = await host.createSummary();
    expect(fx.summaries[1].plan!.sourceSheet).toBe('Children');
    expect(one.message).toBe(`Board summary for "Children" is on the sheet "${one.sheetName}".`);
  });

  test("the ratings are recorded; the next quarter's summary says what moved; the same quarter again adds none", async () => {
    const fx = workbook('Quarter 1 2020/21');
    const host = createExcelPaneHost(fx.env);
    await host.scoreAllSheets!();
    await host.createSummary();
    const first = savedStateOf(fx.book).history ?? {};
    const firstPeriod = fx.summaries[0].plan!.period;
    expect(Object.values(first)).toHaveLength(7);
    for (const h of Object.values(first)) expect(h.ratings.map((r) => r.period)).toEqual([firstPeriod]);
    const wasRed = Object.values(first).filter((h) => h.ratings[0].status === 'RED');
    expect(wasRed.length).toBeGreaterThan(0);

    // The next quarter: new titles, and every measure now well above its target.
    for (const [sheet, n] of [
      ['Adults', 4],
      ['Children', 3],
    ] as const) {
      const ws = fx.book.sheet(sheet)!;
      ws.cell(0, 0).value = String(ws.cell(0, 0).value).replace('Quarter 1', 'Quarter 2');
      for (let r = 3; r < 3 + n; r++) ws.cell(r, 3).value = 1000;
    }
    await host.scoreAllSheets!();
    await host.createSummary();
    const plan = fx.summaries[1].plan!;
    expect(plan.period).not.toBe(firstPeriod);
    const words = plan.cells.map((c) => String(c.value));
    expect(words.some((w) => /^Changes since the last report \(\d+\)$/.test(w))).toBe(true);
    const moved = Object.values(first).filter((h) => h.ratings[0].status !== 'GREEN').length;
    expect(plan.narrative.join(' ')).toContain(
      `Since the last report (${firstPeriod}), ${moved} ${moved === 1 ? 'indicator' : 'indicators'} moved up.`,
    );
    const second = savedStateOf(fx.book).history ?? {};
    for (const h of Object.values(second)) expect(h.ratings.map((r) => r.period)).toEqual([firstPeriod, plan.period]);

    // Scored and summarised again in the same quarter: that quarter's record is replaced.
    await host.scoreAllSheets!();
    await host.createSummary();
    const third = savedStateOf(fx.book).history ?? {};
    for (const h of Object.values(third)) expect(h.ratings).toHaveLength(2);
  });

  test('a protected sheet is not written, and the message says so in its own words', async () => {
    const fx = workbook();
    sheetFromRows(fx.book, 'Locked', registerRows(2)).protected = true;
    const out = await createExcelPaneHost(fx.env).scoreAllSheets!();
    const locked = out.outcomes.find((o) => o.result.sheet === 'Locked');
    expect(locked?.written).toBe(false);
    expect(out.message).toMatch(/^Scored 9 indicators on 3 sheets\. No KPI table was found on "Notes"\. /);
    expect(out.message).toContain(locked!.message);
    expect(fx.book.sheet('Locked')!.cell(1, 4).value).toBe('');
  });

  test('a workbook never scored gets no state sheet from a summary', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'Fresh', registerRows(3));
    const fx = createFakeExcel(book);
    await createExcelPaneHost(fx.env).createSummary();
    expect(fx.book.sheets.map((s) => s.name)).toEqual(['Fresh']);
  });
});
