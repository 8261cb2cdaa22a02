/**
 * Issue 22, item 4 and the state sheet's smaller defects: a state past 5 MB is read and written in
 * pieces that each stay under Excel on the web's request limit; a state past a sane size is trimmed
 * (other sheets' undo first) or refused with a message; a visible sheet of the user's that has our
 * state sheet's name is never cleared; after Document Inspector removed the hidden sheets, earlier
 * outputs are recognised and re-scored instead of going stale.
 */
import { encodeState } from '../../src/core/state/codec';
import { STATE_SHEET_NAME, type SheetState, type UndoCell, type WorkbookState } from '../../src/core/state/types';
import { FORMAT_BACKUP_SHEET } from '../../src/excel/format-backup';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { fitState, MAX_STATE_CHARS } from '../../src/excel/state-store';
import { updateState } from '../../src/excel/state-access';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows, type FakeExcel, type FakeSheet } from './fake-excel';
import { FIXED_TIME, registerRows, savedStateOf } from './helpers';

jest.setTimeout(120_000);
const now = (): Date => FIXED_TIME;
const LIMIT = 5 * 1024 * 1024;

/** A scored sheet's record with `n` undo cells of earlier text (what a large register leaves). */
function bigRecord(n: number, scoredAt: string): SheetState {
  const undo: UndoCell[] = [];
  for (let i = 0; i < n; i++)
    undo.push({
      cell: { row: i + 1, col: 5 },
      value: `Earlier comment number ${i} on this row`,
      numberFormat: 'General',
    });
  return { owned: [], mappings: [], undo, scoredAt };
}

/** Put a state into the book's state sheet as Scorelight would have (very hidden, text cells). */
function plantState(book: FakeBook, state: WorkbookState): FakeSheet {
  const ws = book.add(STATE_SHEET_NAME);
  ws.visibility = 'VeryHidden';
  encodeState(state).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === '') return;
      const cell = ws.cell(r, c);
      cell.numberFormat = '@';
      cell.value = v;
    }),
  );
  return ws;
}

const readBack = savedStateOf;

// Large states take a while on a slow machine: these run once, on the newest ExcelApi.
describe('a large state', () => {
  test('four large scored sheets (a 5.5 MB state): the next scoring reads and writes it in pieces under 5 MB', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', registerRows(20));
    const sheets: Record<string, SheetState> = {};
    for (let k = 1; k <= 4; k++) {
      sheetFromRows(book, `Area ${k}`, [['x']]);
      sheets[`Area ${k}`] = bigRecord(13_000, `2026-11-0${k}T09:00:00.000Z`);
    }
    plantState(book, { version: 1, sheets });
    const chars = encodeState({ version: 1, sheets }).flat().join('').length;
    expect(chars).toBeGreaterThan(LIMIT);
    book.active = 'KPIs';
    const fx = createFakeExcel(book);
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written ? 'written' : out.message).toBe('written');
    expect(Math.max(...fx.counts.bytesPerSync)).toBeLessThanOrEqual(LIMIT);
    const after = readBack(book);
    for (let k = 1; k <= 4; k++) expect(after.sheets[`Area ${k}`].undo).toHaveLength(13_000);
    expect(after.sheets.KPIs.owned.length).toBeGreaterThan(0);
    // And once more, now that the state sits in the other column slot.
    fx.resetCounts();
    const again = await scoreActiveSheet({ env: fx.env, now });
    expect(again.written ? 'written' : again.message).toBe('written');
    expect(Math.max(...fx.counts.bytesPerSync)).toBeLessThanOrEqual(LIMIT);
    expect(readBack(book).sheets['Area 4'].undo).toHaveLength(13_000);
  });

  test('a write that stops part-way leaves the earlier state readable', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', registerRows(5));
    const sheets: Record<string, SheetState> = {};
    for (let k = 1; k <= 2; k++) {
      sheetFromRows(book, `Area ${k}`, [['x']]);
      sheets[`Area ${k}`] = bigRecord(10_000, `2026-11-0${k}T09:00:00.000Z`);
    }
    plantState(book, { version: 1, sheets });
    book.active = 'KPIs';
    const change = (s: WorkbookState): WorkbookState => ({
      ...s,
      sheets: { ...s.sheets, 'Area 1': { ...s.sheets['Area 1'], scoredAt: '2026-12-01T00:00:00.000Z' } },
    });
    // Count the syncs of a whole read and write (it is idempotent), then fail the step before the header.
    const probe = createFakeExcel(book);
    await probe.env.run((ctx) => updateState(ctx, (s) => s));
    const fx = createFakeExcel(book, { failSyncs: [probe.counts.syncs - 1] });
    await expect(fx.env.run((ctx) => updateState(ctx, change))).rejects.toThrow(/lost/);
    expect(readBack(book).sheets['Area 1'].scoredAt).toBe('2026-11-01T09:00:00.000Z');
    expect(readBack(book).sheets['Area 2'].undo).toHaveLength(10_000);
    await createFakeExcel(book).env.run((ctx) => updateState(ctx, change));
    expect(readBack(book).sheets['Area 1'].scoredAt).toBe('2026-12-01T00:00:00.000Z');
  });

  test('past a sane size: other sheets lose their undo first (oldest scoring first), then a message', () => {
    // A small ceiling stands in for the real one (MAX_STATE_CHARS): the rule is the same.
    const max = 200_000;
    const per = Math.ceil(max / 3 / 60);
    const state: WorkbookState = {
      version: 1,
      sheets: {
        Old: bigRecord(per, '2026-01-01T00:00:00.000Z'),
        Newer: bigRecord(per, '2026-06-01T00:00:00.000Z'),
        Newest: bigRecord(per, '2026-09-01T00:00:00.000Z'),
        KPIs: bigRecord(10, '2026-11-01T00:00:00.000Z'),
      },
    };
    const fitted = fitState(state, 'KPIs', max);
    expect(fitted.ok).toBe(true);
    if (fitted.ok) {
      expect(fitted.dropped[0]).toBe('Old');
      expect(fitted.encoded.chars).toBeLessThanOrEqual(max);
    }
    const alone = fitState(
      { version: 1, sheets: { KPIs: bigRecord(per * 4, '2026-11-01T00:00:00.000Z') } },
      'KPIs',
      max,
    );
    expect(alone.ok).toBe(false);
    if (!alone.ok) expect(alone.message).toMatch(/MB, past the 0\.2 MB it keeps, so nothing was written/);
    expect(MAX_STATE_CHARS).toBe(20_000_000);
  });
});

forEachApiLevel(() => {
  function scoredBook(): FakeExcel {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', registerRows(6));
    return createFakeExcel(book);
  }

  test('a visible sheet of the user named like our state sheet is never cleared', async () => {
    const fx = scoredBook();
    const theirs = sheetFromRows(fx.book, STATE_SHEET_NAME, [['My notes'], ['Keep these']]);
    fx.book.active = 'KPIs';
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written).toBe(false);
    expect(out.message).toMatch(/already has a sheet of its own named "Scorelight_state".*rename that sheet/);
    expect(theirs.get(0, 0).value).toBe('My notes');
    expect(theirs.get(1, 0).value).toBe('Keep these');
    await expect(fx.env.run((ctx) => updateState(ctx, (s) => s))).rejects.toThrow(/rename that sheet/);
    expect(theirs.get(0, 0).value).toBe('My notes');
  });

  test('after Document Inspector removed the hidden sheets, earlier outputs are re-scored, not left stale', async () => {
    const fx = scoredBook();
    const sheet = fx.book.sheet('KPIs')!;
    await scoreActiveSheet({ env: fx.env, now });
    const varianceCol = 6;
    expect(String(sheet.get(1, varianceCol).value)).toMatch(/below the target of 50/);
    // Inspect Document > Remove All hidden worksheets.
    fx.book.sheets.splice(
      0,
      fx.book.sheets.length,
      ...fx.book.sheets.filter((s) => s.name !== STATE_SHEET_NAME && s.name !== FORMAT_BACKUP_SHEET),
    );
    sheet.cell(1, 3).value = 10; // The actual changes.
    const out = await scoreActiveSheet({ env: fx.env, now });
    expect(out.written).toBe(true);
    expect(sheet.get(1, varianceCol).value).toBe('40 below the target of 50 (bigger is better)');
    expect(out.message).not.toMatch(/hold your own content/);
  });
});
