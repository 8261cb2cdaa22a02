/**
 * Issue 24 item 6 through the Excel host (on the fake): the register example scored, our added
 * header wears the table's own header look, variance sentences wrap, our columns get the planned
 * widths, and undo turns the wrap off again.
 */
import fs from 'fs';
import path from 'path';
import { toA1 } from '../../src/core/a1';
import { charsToPoints } from '../../src/excel/cell-format';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { createFakeExcel, FakeBook, sheetFromSnapshot } from './fake-excel';

jest.setTimeout(120_000);

const HEADER_FILL = '#DCE6F1';

test('register.xlsx: header look copied, variance wrapped, widths planned, undo unwraps', async () => {
  const wb = await openWorkbook(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'register.xlsx')));
  const snapshot = readSnapshot(wb.sheets[0]);
  const book = new FakeBook();
  const sheet = sheetFromSnapshot(book, snapshot);
  const fx = createFakeExcel(book);
  // The snapshot carries no looks: give the table's header row the fill and weight the file has.
  const first = await scoreActiveSheet({ env: fx.env });
  const headers = first.result.plan.writes.filter((w) => w.role === 'header');
  expect(headers.length).toBeGreaterThan(0);
  const from = headers[0].lookFrom;
  if (!from) throw new Error('an added header names no table header to copy');
  await undoLastScoring({ env: fx.env });
  for (let col = snapshot.left; col <= from.col; col++) {
    const c = sheet.cell(from.row, col);
    c.fill = HEADER_FILL;
    c.bold = true;
  }

  const out = await scoreActiveSheet({ env: fx.env });
  expect(out.written).toBe(true);
  const plan = out.result.plan;
  for (const w of plan.writes.filter((x) => x.role === 'header'))
    expect([toA1(w.cell), sheet.get(w.cell.row, w.cell.col).fill, sheet.get(w.cell.row, w.cell.col).bold]).toEqual([
      toA1(w.cell),
      HEADER_FILL,
      true,
    ]);
  const variance = plan.writes.filter((x) => x.role === 'variance');
  expect(variance.length).toBeGreaterThan(0);
  for (const w of variance)
    expect([toA1(w.cell), sheet.get(w.cell.row, w.cell.col).wrap]).toEqual([toA1(w.cell), true]);
  for (const [col, chars] of Object.entries(plan.columnWidths))
    expect([col, sheet.columnWidths.get(Number(col))]).toEqual([col, charsToPoints(chars)]);

  await undoLastScoring({ env: fx.env });
  for (const w of variance)
    expect([toA1(w.cell), sheet.get(w.cell.row, w.cell.col).wrap ?? false]).toEqual([toA1(w.cell), false]);
});
