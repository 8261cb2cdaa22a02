/**
 * Ratings history in the .xlsx host: scoring a register's Q1, saving, adding Q2 and scoring again
 * gives a summary that lists the true movements, and the history survives save and reopen;
 * producing the Q2 summary again does not add a period.
 */
import ExcelJS from 'exceljs';
import { readState } from '../../src/xlsx/state-sheet';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { addSummaries } from '../../src/xlsx/summary-writer';
import type { Book } from '../../src/xlsx/book/book';
import { bookFrom, exceljsFrom, reopen } from '../helpers/book';

jest.setTimeout(120_000);

const AT = new Date(2026, 10, 21, 9, 0);
/** Measure, target, Q1 and Q2: visits green then red, plans red then green, reviews green both times. */
const ROWS: [string, number, number, number][] = [
  ['% of visits within timescale', 90, 95, 80],
  ['% of plans reviewed on time', 50, 40, 55],
  ['% of reviews completed', 70, 75, 76],
];

function register(withQ2: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Corporate performance indicators 2020/21']);
  ws.addRow([]);
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status']);
  for (const [name, target, q1, q2] of ROWS) ws.addRow([name, target, q1, withQ2 ? q2 : null, null]);
  return wb;
}

function summarise(book: Book): string[] {
  const scored = scoreWorkbook(book, { scoredAt: AT });
  return addSummaries(book, scored.results, scored.rules, AT);
}

function column(wb: ExcelJS.Workbook, sheet: string): string[] {
  const out: string[] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => out.push(String(row.getCell(1).value ?? '')));
  return out;
}

test('Q1, then Q2: the movements are the true ones, and the history survives save and reopen', async () => {
  const first = await bookFrom(register(false));
  expect(summarise(first)).toEqual(['KPIs summary']);
  const afterQ1 = await exceljsFrom(first);
  // A first report: nothing to compare with yet.
  expect(column(afterQ1, 'KPIs summary').some((t) => t.startsWith('Changes since'))).toBe(false);

  // The officer fills in Q2 in the saved file and scores it again.
  const ws = afterQ1.getWorksheet('KPIs')!;
  ROWS.forEach(([, , , q2], i) => (ws.getCell(4 + i, 4).value = q2));
  const second = await bookFrom(afterQ1);
  const q1History = readState(second).history ?? {};
  expect(Object.values(q1History).map((h) => h.ratings.map((r) => r.status))).toEqual([['GREEN'], ['RED'], ['GREEN']]);

  summarise(second);
  const reopened = await reopen(second);
  const history = readState(reopened).history ?? {};
  expect(Object.values(history).map((h) => h.ratings.map((r) => r.status))).toEqual([
    ['GREEN', 'RED'],
    ['RED', 'GREEN'],
    ['GREEN', 'GREEN'],
  ]);
  const text = column(await exceljsFrom(reopened), 'KPIs summary');
  expect(text).toContain('Changes since the last report (2)');
  expect(text.find((t) => t.startsWith('Since the last report'))).toMatch(
    /^Since the last report \(Quarter 1 2020\/21.*\), 1 indicator moved up and 1 indicator moved down \(% of visits within timescale\)\.$/,
  );

  // The Q2 summary made again replaces Q2's record rather than adding a period.
  summarise(reopened);
  const again = readState(await reopen(reopened)).history ?? {};
  expect(Object.values(again).map((h) => h.ratings.length)).toEqual([2, 2, 2]);
});
