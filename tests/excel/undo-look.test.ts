/**
 * Issue 22, "undo never changes a cell the user touched since" and "Automatic font colour":
 * - the undo fingerprint covers the look scoring set (fill, weight, and the font colour and wrap
 *   where it set them) as well as the text: a cell whose fill or font colour the user changed
 *   since, text untouched, is left as they made it and named in the message;
 * - undo writes back exactly the properties scoring set, so a font colour the user gave a cell
 *   whose colour scoring never set stays;
 * - a state saved before look codes still undoes, on its text alone;
 * - a cell whose font was Automatic comes back Automatic (reset through its style, as Microsoft
 *   documents a style overwriting formatting), not explicit black, and keeps the rest of its font.
 */
import { sheetState, withSheetState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { encodeForSheet } from '../../src/excel/state-store';
import { undoLastScoring } from '../../src/excel/undo-scoring';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel, type FakeSheet } from './fake-excel';
import { CELL_STYLES, STYLE_SOURCE } from './fake/cell-styles';
import { FIXED_TIME, registerRows, savedStateOf } from './helpers';

forEachApiLevel(() => {
  const now = (): Date => FIXED_TIME;

  function book(n = 8): { fx: FakeExcel; sheet: FakeSheet } {
    const b = new FakeBook();
    const sheet = sheetFromRows(b, 'KPIs', registerRows(n));
    return { fx: createFakeExcel(b), sheet };
  }

  /** The status writes of a scoring, and which of them got a font colour from the rules. */
  async function score(fx: FakeExcel) {
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written).toBe(true);
    const { plan } = out.result;
    const statuses = plan.writes.filter((w) => w.role === 'status');
    const coloured = statuses.filter((w) => plan.styles[w.style]?.fontColor);
    expect(coloured.length).toBeGreaterThan(1);
    return { plan, statuses, coloured };
  }

  test('a status cell whose fill alone the user changed keeps their fill and value, is named, and the rest is restored', async () => {
    const { fx, sheet } = book();
    const { statuses } = await score(fx);
    const [touched, ...others] = statuses;
    const scoredText = sheet.get(touched.cell.row, touched.cell.col).value;
    // The user highlights the cell; its text stays what Scorelight wrote.
    sheet.cell(touched.cell.row, touched.cell.col).fill = '#FFFF00';
    const undone = await undoLastScoring({ env: fx.env });
    const a1 = `E${touched.cell.row + 1}`;
    expect(undone.message).toMatch(new RegExp(`Left 1 cell as it is, changed since the scoring: ${a1}\\.$`));
    expect(sheet.get(touched.cell.row, touched.cell.col)).toMatchObject({ value: scoredText, fill: '#FFFF00' });
    // Every other status cell is back to what it was before: empty, no fill, Automatic font.
    for (const w of others)
      expect(sheet.get(w.cell.row, w.cell.col)).toMatchObject({ value: '', fill: undefined, fontColor: undefined });
  });

  test("a font colour the user gave a status cell is kept and named; on a variance cell (colour not scoring's) it stays while the text goes back", async () => {
    const { fx, sheet } = book();
    const { plan, coloured } = await score(fx);
    const status = coloured[0];
    sheet.cell(status.cell.row, status.cell.col).fontColor = '#7030A0';
    const variance = plan.writes.find((w) => w.role === 'variance' && !plan.styles[w.style]?.fontColor)!;
    expect(variance).toBeDefined();
    sheet.cell(variance.cell.row, variance.cell.col).fontColor = '#0070C0';
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(new RegExp(`Left 1 cell .*: E${status.cell.row + 1}\\.$`));
    expect(sheet.get(status.cell.row, status.cell.col).fontColor).toBe('#7030A0');
    // Scoring never set the variance cell's colour: undo restores its text and leaves the colour.
    expect(sheet.get(variance.cell.row, variance.cell.col)).toMatchObject({ value: '', fontColor: '#0070C0' });
  });

  test('a number format the user gave a scored cell since is their edit: kept and named', async () => {
    const { fx, sheet } = book();
    const { statuses } = await score(fx);
    const w = statuses[1];
    const scoredText = sheet.get(w.cell.row, w.cell.col).value;
    expect(sheet.get(w.cell.row, w.cell.col).numberFormat).toBe('@');
    sheet.cell(w.cell.row, w.cell.col).numberFormat = '0.0%';
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(
      new RegExp(`Left 1 cell as it is, changed since the scoring: E${w.cell.row + 1}\\.$`),
    );
    expect(sheet.get(w.cell.row, w.cell.col)).toMatchObject({ value: scoredText, numberFormat: '0.0%' });
  });

  test('bold turned off by the user over a scored status is seen as a change too', async () => {
    const { fx, sheet } = book();
    const { statuses } = await score(fx);
    const w = statuses[statuses.length - 1];
    sheet.cell(w.cell.row, w.cell.col).bold = false;
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(new RegExp(`: E${w.cell.row + 1}\\.$`));
    expect(sheet.get(w.cell.row, w.cell.col).bold).toBe(false);
  });

  test('a state saved before look codes still undoes, on the text alone', async () => {
    const { fx, sheet } = book();
    const { statuses } = await score(fx);
    // Rewrite the saved state as an older version wrote it: no look codes.
    const state = savedStateOf(fx.book);
    const old = withSheetState(state, 'KPIs', { ...sheetState(state, 'KPIs'), looks: undefined });
    const stateSheet = fx.book.sheet(STATE_SHEET_NAME)!;
    stateSheet.cells.clear();
    encodeForSheet(old).grid.forEach((row, r) =>
      row.forEach((v, c) => Object.assign(stateSheet.cell(r, c), { value: v, numberFormat: '@' })),
    );
    expect(sheetState(savedStateOf(fx.book), 'KPIs').looks).toBeUndefined();
    const w = statuses[0];
    sheet.cell(w.cell.row, w.cell.col).fill = '#FFFF00';
    fx.resetCounts();
    const undone = await undoLastScoring({ env: fx.env });
    // Text only, as such a state always did: the re-filled cell is restored with the rest.
    expect(undone.message).toMatch(/^Restored \d+ cells on "KPIs" to how they were before the last scoring\.$/);
    expect(sheet.get(w.cell.row, w.cell.col)).toMatchObject({ value: '', fill: undefined });
    // Automatic fonts come back Automatic here too, after one more read (what a style reset overwrites).
    for (const s of statuses) expect(sheet.get(s.cell.row, s.cell.col).fontColor).toBeUndefined();
    expect(fx.counts.syncs).toBe(5);
  });

  test('an Automatic font comes back Automatic, not explicit black; italic and an explicit colour come back as they were', async () => {
    const { fx, sheet } = book();
    // Before scoring: the status column's cells have Automatic fonts; one is italic, one explicitly purple.
    const italic = sheet.cell(2, 4);
    italic.italic = true;
    const purple = sheet.cell(3, 4);
    purple.fontColor = '#7030A0';
    const { coloured, statuses } = await score(fx);
    // The italic cell's status got a font colour: its way back to Automatic is the style reset.
    expect(coloured.map((w) => w.cell.row)).toContain(2);
    for (const w of coloured) expect(sheet.get(w.cell.row, w.cell.col).fontColor).toMatch(/^#[0-9A-F]{6}$/i);
    fx.resetCounts();
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.message).toMatch(/^Restored \d+ cells on "KPIs" to how they were before the last scoring\.$/);
    for (const w of statuses) {
      const c = sheet.get(w.cell.row, w.cell.col);
      if (w.cell.row === 3) expect(c.fontColor).toBe('#7030A0');
      else expect(c.fontColor).toBeUndefined();
      expect(c).toMatchObject({ value: '', fill: undefined, numberFormat: 'General' });
    }
    expect(sheet.get(2, 4).italic).toBe(true);
    // Read; values, looks, what a style reset overwrites and the backup in one; restore; clear the record.
    expect(fx.counts.syncs).toBe(4);
  });

  test('a status cell that was bold, filled and Automatic before scoring gets all three back', async () => {
    const { fx, sheet } = book();
    Object.assign(sheet.cell(1, 4), { value: 'Green', fill: '#00B050', bold: true });
    await score(fx);
    expect(sheet.get(1, 4).fontColor).toBeDefined();
    await undoLastScoring({ env: fx.env });
    expect(sheet.get(1, 4)).toMatchObject({ value: 'Green', fill: '#00B050', bold: true, fontColor: undefined });
  });

  test('undo of a 1,000-indicator sheet: four syncs', async () => {
    const { fx } = book(1000);
    await score(fx);
    fx.resetCounts();
    const undone = await undoLastScoring({ env: fx.env });
    expect(undone.restored).toBeGreaterThan(2000);
    expect(fx.counts.syncs).toBe(4);
  });
});

describe('the fake sets cell styles as Microsoft documents', () => {
  test(`a style overwrites the cell's formatting; style and format in one object are refused (${STYLE_SOURCE})`, async () => {
    const b = new FakeBook();
    const sheet = sheetFromRows(b, 'S', [['a', 'b']]);
    Object.assign(sheet.cell(0, 0), { fill: '#FFFF00', fontColor: '#FF0000', bold: true, italic: true });
    const fx = createFakeExcel(b);
    await fx.env.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('S')
        .getRange('A1')
        .setCellProperties([[{ style: 'Bad' }]]);
      await ctx.sync();
    });
    expect(sheet.get(0, 0)).toMatchObject({ style: 'Bad', ...CELL_STYLES.Bad, bold: undefined, italic: undefined });
    const mixed = fx.env.run(async (ctx) => {
      ctx.workbook.worksheets
        .getItem('S')
        .getRange('B1')
        .setCellProperties([[{ style: 'Normal', format: { font: { bold: true } } }]]);
      await ctx.sync();
    });
    await expect(mixed).rejects.toThrow(/InvalidArgument/);
  });
});
