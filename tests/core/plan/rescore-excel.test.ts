/**
 * Issue 12 item 1 in the Excel host (the recording Office.js fake): the same ownership rule as the
 * .xlsx host, since the plan decides it from the snapshot and the fingerprints in the state.
 */
import { scoreActiveSheet } from '../../../src/excel/score-active-sheet';
import { FakeBook, createFakeExcel, sheetFromRows, type FakeSheet } from '../../excel/fake-excel';
import { FIXED_TIME } from '../../excel/helpers';

const now = (): Date => FIXED_TIME;

/** Measure | Polarity | Target | Actual | Commentary | Rag Status. */
function book(): { fx: ReturnType<typeof createFakeExcel>; sheet: FakeSheet } {
  const b = new FakeBook();
  const sheet = sheetFromRows(b, 'KPIs', [
    ['Performance Measure', 'Polarity', 'Target', 'Actual', 'Commentary', 'Rag Status'],
    ['Measure 1', 'Bigger is better', 50, 55, 'Ahead of plan', ''],
    ['Measure 2', 'Bigger is better', 60, 40, 'Staff shortage', ''],
  ]);
  return { fx: createFakeExcel(b), sheet };
}

/** What Excel does to the cells when the user inserts a column at A. */
function insertColumnAtA(sheet: FakeSheet): void {
  const moved = [...sheet.cells.entries()].map(([k, c]): [string, typeof c] => {
    const [row, col] = k.split(',').map(Number);
    return [`${row},${col + 1}`, c];
  });
  sheet.cells.clear();
  for (const [k, c] of moved) sheet.cells.set(k, c);
}

describe('re-scoring in Excel after the user changed the sheet', () => {
  test('a column inserted at A: the commentary now in the old status column is kept, with a warning', async () => {
    const { fx, sheet } = book();
    const first = await scoreActiveSheet({ env: fx.env, now });
    expect(first.written).toBe(true);
    expect(String(sheet.get(1, 5).value)).toMatch(/green/i);

    insertColumnAtA(sheet);
    const again = await scoreActiveSheet({ env: fx.env, now });
    expect(again.written).toBe(true);
    // Column F (index 5) held our status; it now holds the commentary.
    expect(sheet.get(0, 5).value).toBe('Commentary');
    expect(sheet.get(1, 5).value).toBe('Ahead of plan');
    expect(sheet.get(2, 5).value).toBe('Staff shortage');
    expect(String(sheet.get(1, 6).value)).toMatch(/green/i);
    expect(String(sheet.get(2, 6).value)).toMatch(/red/i);
    expect(again.result.warnings.some((w) => w.cell === 'F2:F3' && /inserted rows or columns/.test(w.message))).toBe(
      true,
    );
  });

  test('our variance cell the user edited is kept when its indicator leaves the table', async () => {
    const { fx, sheet } = book();
    await scoreActiveSheet({ env: fx.env, now });
    // Trend/variance land right of the table; the user overwrites one variance line.
    const variance = [...sheet.cells.entries()].find(([, c]) => /target of 60/.test(String(c.value)));
    expect(variance).toBeDefined();
    const [row, col] = variance![0].split(',').map(Number);
    sheet.cell(row, col).value = 'Agreed with the director';
    // The indicator leaves the table: its row is emptied by hand except the user's note.
    for (let c = 0; c < 6; c++) sheet.cell(row, c).value = '';
    const again = await scoreActiveSheet({ env: fx.env, now });
    expect(again.written).toBe(true);
    expect(sheet.get(row, col).value).toBe('Agreed with the director');
  });
});
