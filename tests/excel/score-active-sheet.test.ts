import { toA1 } from '../../src/core/a1';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { OLD_EXCEL_MESSAGE } from '../../src/excel/requirements';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { FORMAT_BACKUP_SHEET } from '../../src/excel/format-backup';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeSheet } from './fake-excel';
import { firstWriteSync, FIXED_TIME, registerBook, registerRows } from './helpers';
import { forEachApiLevel } from './api-levels';

forEachApiLevel((level) => {
  const now = (): Date => FIXED_TIME;

  function dump(sheet: FakeSheet): string {
    return JSON.stringify([...sheet.cells.entries()].sort());
  }

  describe('scoreActiveSheet on the Excel fake', () => {
    test('a typical sheet is read in one sync and written in one (2 syncs; 3 the first time where undo is grouped)', async () => {
      const fx = registerBook(40);
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(true);
      expect(out.message).toBe('Scored 40 indicators on "KPIs".');
      // Read and score; write. Where ExcelApi 1.20 groups the write into one undo step, the first
      // scoring of a workbook makes the hidden sheets in a sync of its own, outside the group.
      expect(fx.counts.runs).toBe(2);
      expect(fx.counts.syncs).toBe(firstWriteSync(level));
      fx.resetCounts();
      await scoreActiveSheet({ env: fx.env, now });
      expect(fx.counts.syncs).toBe(2);
      const sheet = fx.book.sheet('KPIs')!;
      const status = sheet.get(3, 4);
      expect(String(status.value)).toMatch(/Green|Amber|Red/);
      expect(status.fill).toMatch(/^#[0-9A-F]{6}$/i);
      expect(status.numberFormat).toBe('@');
      // The state and the formatting backup are very hidden sheets.
      expect(fx.book.sheet(STATE_SHEET_NAME)?.visibility).toBe('VeryHidden');
      expect(fx.book.sheet(FORMAT_BACKUP_SHEET)?.visibility).toBe('VeryHidden');
    });

    test('every status cell carries its word, and matches what the engine decided', async () => {
      const fx = registerBook(12);
      const out = await scoreActiveSheet({ env: fx.env, now });
      const sheet = fx.book.sheet('KPIs')!;
      for (const w of out.result.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe(w.text);
    });

    test('one Ctrl+Z: mergeUndoGroup where ExcelApi 1.20 is supported', async () => {
      const fx = registerBook(5, { apiVersion: '1.20' });
      await scoreActiveSheet({ env: fx.env, now });
      expect(fx.counts.mergeUndoRuns).toBe(1);
    });

    test('ExcelApi 1.13 to 1.19: scores without mergeUndoGroup', async () => {
      const fx = registerBook(5, { apiVersion: '1.13' });
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(true);
      expect(fx.counts.runs).toBe(2);
      expect(fx.counts.mergeUndoRuns).toBe(0);
    });

    test.each(['1.8', '1.12'])(
      'Excel at ExcelApi %s, below the floor: a clear message, no call to Excel',
      async (v) => {
        const fx = registerBook(5, { apiVersion: v });
        const before = dump(fx.book.sheet('KPIs')!);
        const out = await scoreActiveSheet({ env: fx.env, now });
        expect(out.written).toBe(false);
        expect(out.message).toBe(OLD_EXCEL_MESSAGE);
        expect(fx.counts.runs).toBe(0);
        expect(dump(fx.book.sheet('KPIs')!)).toBe(before);
      },
    );

    test('protected sheet: message, nothing written (not even the state)', async () => {
      const fx = registerBook(8);
      const sheet = fx.book.sheet('KPIs')!;
      sheet.protected = true;
      const before = dump(sheet);
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(false);
      expect(out.message).toMatch(/protected/i);
      expect(dump(sheet)).toBe(before);
      expect(fx.book.sheets.map((s) => s.name)).toEqual(['KPIs']);
      expect(fx.counts.syncs).toBe(1);
    });

    test("ownership: a user's cell where an output would go is never written", async () => {
      // Find where the outputs go on a clean copy, then put the user's own content there.
      const probe = registerBook(6);
      const first = await scoreActiveSheet({ env: probe.env, now });
      const variance = first.result.plan.writes.find((w) => w.role === 'variance')!;
      const statusCell = first.result.plan.writes.find((w) => w.role === 'status' && w.cell.row !== variance.cell.row)!;

      const book = new FakeBook();
      const sheet = sheetFromRows(book, 'KPIs', registerRows(6));
      const note = sheet.cell(variance.cell.row, variance.cell.col);
      note.value = 'my own note';
      note.fill = '#FFFF00';
      // A formula showing "" in the status column looks empty but is the user's.
      const formula = sheet.cell(statusCell.cell.row, statusCell.cell.col);
      formula.formula = '=IF(D3>C3,"","")';
      formula.value = '';
      const fx = createFakeExcel(book);
      const out = await scoreActiveSheet({ env: fx.env, now });

      expect(sheet.get(variance.cell.row, variance.cell.col)).toMatchObject({
        value: 'my own note',
        fill: '#FFFF00',
        numberFormat: 'General',
      });
      expect(sheet.get(statusCell.cell.row, statusCell.cell.col)).toMatchObject({
        formula: '=IF(D3>C3,"","")',
        value: '',
      });
      // The formula cell is reported; the note may instead have moved our added columns along.
      expect(out.result.plan.skipped).toContain(toA1(statusCell.cell));
      expect(out.message).toMatch(/left as they were because they hold your own content/);
      for (const w of out.result.plan.writes) expect(w.cell).not.toEqual(variance.cell);
    });

    test('scoring again updates the same cells in place and nothing else', async () => {
      const fx = registerBook(10);
      await scoreActiveSheet({ env: fx.env, now });
      const sheet = fx.book.sheet('KPIs')!;
      const once = dump(sheet);
      await scoreActiveSheet({ env: fx.env, now });
      expect(dump(sheet)).toBe(once);
    });

    test('an indicator removed since the last scoring: its old outputs are cleared', async () => {
      const fx = registerBook(5);
      const first = await scoreActiveSheet({ env: fx.env, now });
      const sheet = fx.book.sheet('KPIs')!;
      // The user deletes the last indicator's row contents (name, target, actual).
      for (let c = 0; c < 4; c++) sheet.cells.delete(`5,${c}`);
      const second = await scoreActiveSheet({ env: fx.env, now });
      const gone = first.result.plan.writes.filter((w) => w.cell.row === 5);
      expect(second.result.plan.clears.length).toBeGreaterThan(0);
      for (const w of gone) expect(sheet.get(w.cell.row, w.cell.col)).toMatchObject({ value: '' });
    });

    test('lost connection during the read (and its one retry): message, nothing written', async () => {
      const fx = registerBook(5, { failSyncs: [1, 2] });
      const before = dump(fx.book.sheet('KPIs')!);
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(false);
      expect(out.message).toMatch(/could not score "this sheet".*Nothing was written/);
      expect(dump(fx.book.sheet('KPIs')!)).toBe(before);
    });

    test('a read that fails once is read again: a blip does not stop the scoring', async () => {
      const fx = registerBook(5, { failSyncs: [1] });
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(true);
    });

    test('lost connection at the write: said so, and nothing landed', async () => {
      const fx = registerBook(5, { failSyncs: [firstWriteSync(level)] });
      const before = dump(fx.book.sheet('KPIs')!);
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(false);
      expect(out.message).toMatch(/could not write the scores to "KPIs"/);
      expect(dump(fx.book.sheet('KPIs')!)).toBe(before);
    });

    test('a sheet with no KPI table: message, nothing written', async () => {
      const book = new FakeBook();
      sheetFromRows(book, 'Notes', [['Minutes of the meeting'], ['Apologies: none']]);
      const fx = createFakeExcel(book);
      const out = await scoreActiveSheet({ env: fx.env, now });
      expect(out.written).toBe(false);
      expect(out.message).toMatch(/No KPI table found on "Notes"/);
      expect(fx.book.sheets).toHaveLength(1);
    });

    test('progress goes reading, scoring, writing, done', async () => {
      const fx = registerBook(5);
      const phases: string[] = [];
      await scoreActiveSheet({ env: fx.env, now, onProgress: (p) => phases.push(p.phase) });
      expect([...new Set(phases)]).toEqual(['reading', 'scoring', 'writing', 'done']);
    });

    test('rules come from the workbook state', async () => {
      const fx = registerBook(5);
      await scoreActiveSheet({ env: fx.env, now });
      const { createExcelPaneHost } = await import('../../src/excel/pane-host');
      const host = createExcelPaneHost(fx.env);
      const rules = await host.loadRules();
      await host.saveRules({ ...rules, showSymbols: false });
      const out = await scoreActiveSheet({ env: fx.env, now });
      const status = out.result.plan.writes.find((w) => w.role === 'status')!;
      expect(status.text).toMatch(/^(Green|Amber|Red)$/);
    });
  });
});
