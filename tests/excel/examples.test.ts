/**
 * The example workbooks scored through the Excel host (on the fake) give the same statuses, trends
 * and written texts as the engine given the same snapshot directly. The .xlsx reader is used here
 * only to build the fake sheets.
 */
import fs from 'fs';
import path from 'path';
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { createFakeExcel, FakeBook, sheetFromSnapshot } from './fake-excel';
import { forEachApiLevel } from './api-levels';
import { firstWriteSync } from './helpers';

forEachApiLevel((level) => {
  const root = path.join(__dirname, '..', '..');
  const dir = fs.existsSync(path.join(root, 'examples'))
    ? path.join(root, 'examples')
    : path.join(root, 'tests', 'core', 'plan');
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.endsWith('.xlsx') && !f.endsWith('.scored.xlsx'))
    : [];

  describe.each(files)('%s', (file) => {
    test('each sheet: same outcome through the Excel host as from scoreSheet directly', async () => {
      const wb = await openWorkbook(fs.readFileSync(path.join(dir, file)));
      let compared = 0;
      for (const ws of wb.sheets) {
        if (ws.name === STATE_SHEET_NAME || ws.visibility !== 'visible') continue;
        const snapshot = readSnapshot(ws);
        const direct = scoreSheet(snapshot, defaultRules());
        const book = new FakeBook();
        sheetFromSnapshot(book, snapshot);
        const fx = createFakeExcel(book);
        const out = await scoreActiveSheet({ env: fx.env });
        expect(out.result.indicators.map((i) => [i.source.id, i.status, i.trend])).toEqual(
          direct.indicators.map((i) => [i.source.id, i.status, i.trend]),
        );
        expect(out.result.plan.writes).toEqual(direct.plan.writes);
        if (direct.plan.writes.length > 0 && !snapshot.protected) {
          expect(out.written ? 'written' : out.message).toBe('written');
          // One more the first time where the write is one undo group: the hidden sheets are made first.
          expect(fx.counts.syncs).toBeLessThanOrEqual(firstWriteSync(level));
          const sheet = book.sheet(snapshot.name)!;
          for (const w of direct.plan.writes) expect(sheet.get(w.cell.row, w.cell.col).value).toBe(w.text);
        }
        compared++;
      }
      expect(compared).toBeGreaterThan(0);
    });
  });
});
