/**
 * Defect 6: what Scorelight writes must not depend on column widths. Excel's Range.text shows fewer
 * decimals (or ####) in a narrow column; the host reads values and number formats only, and the
 * engine derives the displayed precision from the number format (General by Excel's rules).
 */
import { scoreSheet } from '../../src/core/pipeline';
import { defaultRules } from '../../src/core/rules/presets';
import type { CellValue } from '../../src/core/snapshot';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { forEachApiLevel } from './api-levels';
import { createFakeExcel, FakeBook, sheetFromRows } from './fake-excel';
import { FIXED_TIME } from './helpers';

const rows: CellValue[][] = [
  ['Performance Measure', 'Polarity', 'Target', 'Actual', 'Rag Status'],
  ['Average days to relet', 'Smaller is better', 21.25, 23.4567, ''],
  ['Calls answered', 'Bigger is better', 1234.5678, 1187.125, ''],
  ['Visits per 1,000', 'Bigger is better', 36, 37.4711, ''],
];

async function scoredWith(widthPoints: number | null): Promise<string[]> {
  const book = new FakeBook();
  const sheet = sheetFromRows(book, 'KPIs', rows);
  if (widthPoints !== null) for (const c of [2, 3]) sheet.columnWidths.set(c, widthPoints);
  const fx = createFakeExcel(book);
  const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
  expect(out.written).toBe(true);
  return out.result.plan.writes.map((w) => `${w.role}:${w.text}`);
}

forEachApiLevel(() => {
  test('narrow, default and wide columns give the same statuses and texts', async () => {
    const narrow = await scoredWith(30);
    const standard = await scoredWith(null);
    const wide = await scoredWith(200);
    expect(narrow).toEqual(wide);
    expect(standard).toEqual(wide);
  });

  test('the same texts as the engine given values and number formats alone (as the .xlsx host does)', async () => {
    const direct = scoreSheet(
      {
        name: 'KPIs',
        top: 0,
        left: 0,
        values: rows,
        numberFormats: rows.map((r) => r.map(() => 'General')),
        merges: [],
        protected: false,
      },
      defaultRules(),
    );
    expect(await scoredWith(30)).toEqual(direct.plan.writes.map((w) => `${w.role}:${w.text}`));
  });
});
