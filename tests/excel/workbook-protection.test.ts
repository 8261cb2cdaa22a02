/**
 * Defect 8: a workbook whose structure is protected refuses new sheets. The first scoring would add
 * Scorelight's hidden sheets: say so clearly and write nothing. Once they exist, scoring works.
 */
import { createExcelPaneHost } from '../../src/excel/pane-host';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { forEachApiLevel } from './api-levels';
import type { FakeSheet } from './fake-excel';
import { FIXED_TIME, registerBook } from './helpers';

const now = (): Date => FIXED_TIME;
const dump = (s: FakeSheet): string => JSON.stringify([...s.cells.entries()].sort());

forEachApiLevel(() => {
  test('first scoring of a structure-protected workbook: a clear message, nothing written', async () => {
    const fx = registerBook(5);
    fx.book.structureProtected = true;
    const before = dump(fx.book.sheet('KPIs')!);
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written).toBe(false);
    expect(out.message).toMatch(/structure is protected \(Review > Protect Workbook\).*Nothing was written to "KPIs"/);
    expect(dump(fx.book.sheet('KPIs')!)).toBe(before);
    expect(fx.book.sheets.map((s) => s.name)).toEqual(['KPIs']);
  });

  test('protected after a first scoring: no new sheet is needed, so it scores (and undoes)', async () => {
    const fx = registerBook(5);
    await scoreActiveSheet({ env: fx.env, now });
    fx.book.structureProtected = true;
    const sheet = fx.book.sheet('KPIs')!;
    sheet.cell(1, 3).value = 1000;
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written ? 'written' : out.message).toBe('written');
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBeGreaterThan(0);
  });

  test('the board summary on a structure-protected workbook says why it cannot be added', async () => {
    const fx = registerBook(3);
    fx.book.structureProtected = true;
    await expect(createExcelPaneHost(fx.env).createSummary()).rejects.toThrow(/structure is protected/);
    expect(fx.summaries).toHaveLength(0);
  });
});
