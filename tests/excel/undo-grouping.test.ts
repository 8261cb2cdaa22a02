/**
 * Issue 22, item 1: a first scoring in current Excel is one Ctrl+Z. The fake refuses, inside
 * Excel.run({ mergeUndoGroup: true }), every member Microsoft lists without undo support
 * (fake/no-undo-apis.ts, from "Undo capabilities with the Excel JavaScript API"), and a request that
 * fails part-way keeps what ran before the failure, as Excel does. Before the fix the first scoring
 * hid the new state sheet (Worksheet.visibility) inside the group and failed on ExcelApi 1.20.
 */
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { FORMAT_BACKUP_SHEET } from '../../src/excel/format-backup';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { lacksUndo, NO_UNDO_APIS, NO_UNDO_SOURCE } from './fake/no-undo-apis';
import { FIXED_TIME, registerBook, registerRows } from './helpers';

const now = (): Date => FIXED_TIME;

test('the no-undo list is kept with its source, per platform', () => {
  expect(NO_UNDO_SOURCE).toMatch(/Undo capabilities with the Excel JavaScript API/);
  expect(NO_UNDO_APIS.length).toBeGreaterThan(80);
  // Hiding a sheet has undo on the web but not on Windows and Mac; deleting one has it nowhere;
  // the document title has it on Windows and Mac but not on the web.
  expect([lacksUndo('Worksheet.visibility', 'web'), lacksUndo('Worksheet.visibility', 'desktop')]).toEqual([
    false,
    true,
  ]);
  expect([lacksUndo('Worksheet.delete', 'web'), lacksUndo('Worksheet.delete', 'desktop')]).toEqual([true, true]);
  expect([lacksUndo('DocumentProperties.title', 'web'), lacksUndo('DocumentProperties.title', 'desktop')]).toEqual([
    true,
    false,
  ]);
  expect(lacksUndo('Range.values', 'both')).toBe(false);
});

describe.each(['1.20', '1.21'])('ExcelApi %s, undo grouped', (apiVersion) => {
  test.each(['desktop', 'web', 'both'] as const)(
    'first scoring of a fresh workbook (%s): scored, one grouped run, hidden sheets made outside it',
    async (undoHost) => {
      const fx = registerBook(30, { apiVersion, undoHost });
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.message).toBe('Scored 30 indicators on "KPIs".');
      expect(out.written).toBe(true);
      expect(fx.counts.mergeUndoRuns).toBe(1);
      expect(fx.book.sheet(STATE_SHEET_NAME)?.visibility).toBe('VeryHidden');
      expect(fx.book.sheet(FORMAT_BACKUP_SHEET)?.visibility).toBe('VeryHidden');
      // And undo of it is grouped too, with nothing refused.
      const undone = await undoLastScoring({ env: fx.env });
      expect(undone.message).toMatch(/^Restored \d+ cells on "KPIs"/);
      expect(fx.counts.mergeUndoRuns).toBe(2);
    },
  );

  test('a grouped write Excel still refuses (UndoNotSupported) is written ungrouped, and the message says so', async () => {
    // An Excel whose no-undo list has grown to include a call the write makes.
    const fx = registerBook(12, { apiVersion, moreWithoutUndo: ['Range.setCellProperties'] });
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written).toBe(true);
    expect(out.message).toMatch(
      /^Scored 12 indicators on "KPIs"\. Excel could not make this scoring a single undo step/,
    );
    const sheet = fx.book.sheet('KPIs')!;
    for (const w of out.result.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe(w.text);
    expect(fx.counts.runs).toBe(3);
  });
});

test('a request that fails part-way keeps what ran before the failure, as Excel does', async () => {
  const book = new FakeBook();
  sheetFromRows(book, 'KPIs', registerRows(2));
  const fx = createFakeExcel(book, { apiVersion: '1.20' });
  expect(fx.env.isSetSupported('ExcelApi', '1.20')).toBe(true);
  await expect(
    fx.env.run(
      async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('KPIs');
        ws.getRange('G1').values = [['before']];
        ws.visibility = 'Hidden';
        ws.getRange('G2').values = [['after']];
        await ctx.sync();
      },
      { mergeUndoGroup: true },
    ),
  ).rejects.toThrow(/UndoNotSupported/);
  const sheet = book.sheet('KPIs')!;
  expect(sheet.get(0, 6).value).toBe('before');
  expect(sheet.get(1, 6).value).toBe('');
  expect(sheet.visibility).toBe('Visible');
});

test('a sheet being edited: scoring and undo wait for the edit to end (delayForCellEdit)', async () => {
  const fx = registerBook(8);
  fx.book.cellEditMode = true;
  const out = await scoreActiveSheet({ env: fx.env, now });
  expect(out.written ? 'written' : out.message).toBe('written');
  fx.book.cellEditMode = true;
  const undone = await undoLastScoring({ env: fx.env });
  expect(undone.message).toMatch(/^Restored/);
});

test('without delayForCellEdit, a request made while a cell is edited fails (the rule the test above relies on)', async () => {
  const fx = registerBook(2);
  fx.book.cellEditMode = true;
  await expect(
    fx.env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('KPIs').getRange('A1').load('values');
      await ctx.sync();
    }),
  ).rejects.toThrow(/InvalidOperationInCellEditMode/);
});
