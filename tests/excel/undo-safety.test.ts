/**
 * Issue 22, items 2 and 3: "Undo last scoring" puts back only cells that still hold exactly what the
 * scoring left there, refuses when rows or columns moved the cells since, follows the sheet by
 * Worksheet.id (renamed: still its undo; a new sheet with an old name: none), and restores exactly
 * the look scoring changed: Automatic font colour, patterned and themed (tinted) fills.
 */
import { sheetState } from '../../src/core/state/codec';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeCell, type FakeExcel, type FakeSheet } from './fake-excel';
import { LOOK_KEYS } from './fake-grid';
import { FIXED_TIME, registerRows, savedStateOf } from './helpers';

forEachApiLevel(() => {
  const now = (): Date => FIXED_TIME;

  function book(n = 6): { fx: FakeExcel; sheet: FakeSheet } {
    const b = new FakeBook();
    const sheet = sheetFromRows(b, 'KPIs', registerRows(n));
    return { fx: createFakeExcel(b), sheet };
  }

  const savedUndo = (fx: FakeExcel, name: string) => sheetState(savedStateOf(fx.book), name).undo;

  test('a cell the user typed into and filled yellow after scoring is left, named, and everything else restored', async () => {
    const { fx, sheet } = book();
    const scored = await scoreActiveSheet({ env: fx.env, now });
    const status = scored.result.plan.writes.find((w) => w.role === 'status' && w.cell.row === 2)!;
    expect(status).toBeDefined();
    // The user writes a comment over our status and fills it yellow.
    const cell = sheet.cell(status.cell.row, status.cell.col);
    cell.value = 'Checked with the service lead';
    cell.fill = '#FFFF00';
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(
      /^Restored \d+ cells on "KPIs" .* Left 1 cell as it is, changed since the scoring: E3\.$/,
    );
    expect(sheet.get(2, 4)).toMatchObject({ value: 'Checked with the service lead', fill: '#FFFF00' });
    // Another status cell is back to what it was (empty).
    expect(sheet.get(3, 4).value).toBe('');
    expect(savedUndo(fx, 'KPIs')).toBeUndefined();
  });

  test('rows inserted above the table since the scoring: undo refuses and changes nothing', async () => {
    const { fx, sheet } = book(8);
    await scoreActiveSheet({ env: fx.env, now });
    sheet.shiftRows(0, 2);
    const after = JSON.stringify([...sheet.cells.entries()].sort());
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBe(0);
    expect(undone.message).toMatch(
      /Rows or columns on "KPIs" have been inserted or deleted since the last scoring.*Nothing was changed/,
    );
    expect(JSON.stringify([...sheet.cells.entries()].sort())).toBe(after);
    // The record is kept: deleting the rows again makes undo possible.
    sheet.shiftRows(0, -2);
    expect((await undoLastScoring({ env: fx.env })).message).toMatch(/^Restored/);
  });

  test('a row deleted inside the table since the scoring: undo refuses', async () => {
    const { fx, sheet } = book(12);
    await scoreActiveSheet({ env: fx.env, now });
    sheet.shiftRows(5, -1);
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBe(0);
    expect(undone.message).toMatch(/inserted or deleted/);
  });

  test('a renamed sheet keeps its undo; a new sheet given the old name gets none', async () => {
    const { fx, sheet } = book();
    const before = sheet.get(2, 4);
    await scoreActiveSheet({ env: fx.env, now });
    sheet.name = 'KPIs 2026';
    fx.book.active = 'KPIs 2026';
    const fresh = sheetFromRows(fx.book, 'KPIs', registerRows(6));
    fx.book.active = 'KPIs';
    const none = await undoLastScoring({ env: fx.env });
    expect(none.message).toBe('Nothing to undo on "KPIs".');
    expect(fresh.get(2, 4).value).toBe('');
    fx.book.active = 'KPIs 2026';
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(/^Restored \d+ cells on "KPIs 2026"/);
    expect(sheet.get(2, 4).value).toBe(before.value);
  });

  test('an Automatic font colour comes back Automatic, not explicit black, through score and undo', async () => {
    const { fx, sheet } = book();
    // Status cells get a font colour from the rules; their earlier font was Automatic.
    const scored = await scoreActiveSheet({ env: fx.env, now });
    expect(scored.written).toBe(true);
    const coloured = scored.result.plan.writes.filter((w) => scored.result.plan.styles[w.style]?.fontColor);
    const plain = scored.result.plan.writes.filter((w) => !scored.result.plan.styles[w.style]?.fontColor);
    expect(plain.length).toBeGreaterThan(0);
    await undoLastScoring({ env: fx.env });
    // Cells whose colour scoring never set keep Automatic (undefined), not "#000000".
    for (const w of plain) expect(sheet.get(w.cell.row, w.cell.col).fontColor).toBeUndefined();
    // Where scoring did set one, the cell's style puts Automatic back (undo-style-reset.ts), not black.
    expect(coloured.length).toBeGreaterThan(0);
    for (const w of coloured) expect(sheet.get(w.cell.row, w.cell.col).fontColor).toBeUndefined();
  });

  test('a user font colour scoring never touched is not rewritten; patterned and themed fills come back whole', async () => {
    const { fx, sheet } = book();
    const scored = await scoreActiveSheet({ env: fx.env, now });
    await undoLastScoring({ env: fx.env });
    // Start again with a hand-made look on the output cells.
    const targets = scored.result.plan.writes.slice(0, 3).map((w) => w.cell);
    const [a, b, c] = targets.map((t) => sheet.cell(t.row, t.col));
    Object.assign(a, { fill: '#4472C4', tintAndShade: 0.8 }); // Accent 1, Lighter 80%
    Object.assign(b, { fill: '#FFFF00', pattern: 'Gray25', patternColor: '#FF0000' });
    Object.assign(c, { fontColor: '#7030A0', bold: true });
    const look = (cell: FakeCell) => LOOK_KEYS.map((k) => cell[k]);
    const before = targets.map((t) => look(sheet.get(t.row, t.col)));
    await scoreActiveSheet({ env: fx.env, now });
    await undoLastScoring({ env: fx.env });
    expect(targets.map((t) => look(sheet.get(t.row, t.col)))).toEqual(before);
  });
});
