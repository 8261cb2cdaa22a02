import { sheetState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { createExcelPaneHost } from '../../src/excel/pane-host';
import { OLD_EXCEL_MESSAGE } from '../../src/excel/requirements';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel } from './fake-excel';
import { registerBook, registerRows, savedStateOf } from './helpers';
import { forEachApiLevel } from './api-levels';

forEachApiLevel(() => {
  const stateOf = (fx: FakeExcel) => savedStateOf(fx.book);

  test('implements every PaneHost method, in Excel mode', () => {
    const host = createExcelPaneHost(registerBook(1).env);
    expect(host.mode).toBe('excel');
    for (const m of [
      'scoreActiveSheet',
      'undoLastScoring',
      'createSummary',
      'selectCell',
      'loadRules',
      'saveRules',
      'saveMapping',
      'getSelectedRange',
    ] as const) {
      expect(typeof host[m]).toBe('function');
    }
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const fx = registerBook(3);
    sheetFromRows(fx.book, "Q2 'KPIs'", registerRows(2));
    const host = createExcelPaneHost(fx.env);
    await host.selectCell("Q2 'KPIs'", 'B7');
    expect(fx.book.active).toBe("Q2 'KPIs'");
    expect(fx.book.selection).toEqual({ sheet: "Q2 'KPIs'", range: { row: 6, col: 1, rowCount: 1, colCount: 1 } });
  });

  test('getSelectedRange returns the sheet and the address, quotes undone', async () => {
    const fx = registerBook(3);
    sheetFromRows(fx.book, "Q2 'KPIs'", registerRows(2));
    fx.book.selection = { sheet: "Q2 'KPIs'", range: { row: 2, col: 0, rowCount: 10, colCount: 5 } };
    const host = createExcelPaneHost(fx.env);
    expect(await host.getSelectedRange()).toEqual({ sheet: "Q2 'KPIs'", address: 'A3:E12' });
  });

  test('rules: defaults when none saved; saved rules round-trip through the state sheet', async () => {
    const fx = registerBook(3);
    const host = createExcelPaneHost(fx.env);
    const rules = await host.loadRules();
    expect(rules.version).toBe(1);
    await host.saveRules({ ...rules, showSymbols: !rules.showSymbols });
    expect((await host.loadRules()).showSymbols).toBe(!rules.showSymbols);
    expect(fx.book.sheet(STATE_SHEET_NAME)?.visibility).toBe('VeryHidden');
  });

  test('invalid rules are rejected with a message and nothing is saved', async () => {
    const fx = registerBook(3);
    const host = createExcelPaneHost(fx.env);
    const rules = await host.loadRules();
    await expect(host.saveRules({ ...rules, tolerance: { kind: 'absolute', value: -5 } })).rejects.toThrow(/not saved/);
    expect(fx.book.sheet(STATE_SHEET_NAME)).toBeUndefined();
  });

  test('saveMapping remembers the mapping for the sheet, replacing one for the same range', async () => {
    const fx = registerBook(3);
    const host = createExcelPaneHost(fx.env);
    const mapping = { range: 'A1:E4', orientation: 'rows' as const, name: 0, target: 2, actual: 3, headerCount: 1 };
    await host.saveMapping('KPIs', mapping);
    await host.saveMapping('KPIs', { ...mapping, actual: 4 });
    expect(sheetState(stateOf(fx), 'KPIs').mappings).toEqual([{ ...mapping, actual: 4 }]);
  });

  test('createSummary summarises the sheet as it is now, not the last scoring (defect 7)', async () => {
    const fx = registerBook(4);
    const host = createExcelPaneHost(fx.env);
    await host.scoreActiveSheet();
    const sheet = fx.book.sheet('KPIs')!;
    // Since the scoring the user typed new actuals: every measure now far above its target.
    for (let r = 1; r <= 4; r++) sheet.cell(r, 3).value = 1000;
    await host.createSummary();
    expect(fx.summaries[0].statuses).toEqual(['GREEN', 'GREEN', 'GREEN', 'GREEN']);
  });

  test('createSummary after a scoring of the active sheet', async () => {
    const fx = registerBook(4);
    const host = createExcelPaneHost(fx.env);
    await host.scoreActiveSheet();
    const out = await host.createSummary();
    expect(fx.summaries).toHaveLength(1);
    expect(fx.summaries[0].sheet).toBe('KPIs');
    expect(out).toEqual({
      sheetName: 'KPIs summary',
      message: 'Board summary for "KPIs" is on the sheet "KPIs summary".',
    });
  });

  test('createSummary scores (without writing) a sheet not scored in this session', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'Fresh', registerRows(3));
    const fx = createFakeExcel(book);
    const out = await createExcelPaneHost(fx.env).createSummary();
    expect(out.sheetName).toBe('Fresh summary');
    expect(fx.book.sheets.map((s) => s.name)).toEqual(['Fresh']);
  });

  test('old Excel: every method answers with the requirement message', async () => {
    const fx = registerBook(2, { apiVersion: '1.7' });
    const host = createExcelPaneHost(fx.env);
    expect((await host.scoreActiveSheet()).message).toBe(OLD_EXCEL_MESSAGE);
    expect((await host.undoLastScoring()).message).toBe(OLD_EXCEL_MESSAGE);
    await expect(host.loadRules()).rejects.toThrow(OLD_EXCEL_MESSAGE);
    await expect(host.getSelectedRange()).rejects.toThrow(OLD_EXCEL_MESSAGE);
    expect(fx.counts.runs).toBe(0);
  });
});
