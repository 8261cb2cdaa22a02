import type { WritePlan } from '../../src/core/plan/types';
import { emptyState } from '../../src/core/state/codec';
import { applyPlan } from '../../src/excel/apply-plan';
import { restoredValue } from '../../src/excel/text-safety';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { FIXED_TIME } from './helpers';
import { forEachApiLevel } from './api-levels';

forEachApiLevel(() => {
  const RISKY = [
    '=SUM(A1:A9)',
    '+44 20 7946 0000',
    '-3.8 percentage points below the target of 94%',
    '@risk indicator',
    '=HYPERLINK("http://x","y")',
  ];

  function planWriting(texts: string[]): WritePlan {
    return {
      sheet: 'KPIs',
      writes: texts.map((text, i) => ({
        cell: { row: i + 1, col: 5 },
        text,
        style: 'variance',
        role: 'variance' as const,
      })),
      styles: { variance: {} },
      clears: [],
      owned: texts.map((_t, i) => `F${i + 2}`),
      columnWidths: {},
      undo: [],
      blocked: false,
    };
  }

  test('the fake models the danger: a raw "=" string written to Range.values becomes a formula', async () => {
    const book = new FakeBook();
    sheetFromRows(book, 'KPIs', [['x']]);
    const fx = createFakeExcel(book);
    await fx.env.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('KPIs').getRange('B2').values = [['=SUM(A1:A9)']];
      await ctx.sync();
    });
    expect(book.sheet('KPIs')!.get(1, 1).formula).toBe('=SUM(A1:A9)');
  });

  test('text beginning with = + - @ is written as text, exactly, never as a formula', async () => {
    const book = new FakeBook();
    const sheet = sheetFromRows(book, 'KPIs', [['Measure'], ['a'], ['b'], ['c'], ['d'], ['e']]);
    const fx = createFakeExcel(book);
    await fx.env.run(async (ctx) => {
      const r = await applyPlan(ctx, {
        plan: planWriting(RISKY),
        snapshot: { name: 'KPIs', top: 0, left: 0, values: [], numberFormats: [], merges: [], protected: false },
        state: emptyState(),
        stateSheetExists: false,
        backupSheetExists: false,
        scoredAt: FIXED_TIME,
      });
      expect(r.error).toBeUndefined();
    });
    RISKY.forEach((text, i) => {
      const cell = sheet.get(i + 1, 5);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
      expect(cell.numberFormat).toBe('@');
    });
  });

  test('undo puts user text back as text even where Excel would read a number or formula', () => {
    expect(restoredValue('25%', 'General')).toBe("'25%");
    expect(restoredValue('=not a formula', 'General')).toBe("'=not a formula");
    expect(restoredValue('-', '@')).toBe("'-");
    expect(restoredValue('plain', '@')).toBe('plain');
    expect(restoredValue(0.25, '0%')).toBe(0.25);
    expect(restoredValue('', 'General')).toBe('');
  });
});
