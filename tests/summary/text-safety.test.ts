/**
 * Sheet text written into the summary never becomes a formula: the plan marks every string as
 * text ("@"), the .xlsx writer stores strings, the Excel writer quotes formula starts.
 */
import { Workbook } from 'exceljs';
import { buildSummary } from '../../src/core/summary/build';
import { blockArrays } from '../../src/excel/summary-writer';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { bookFrom, exceljsFrom } from '../helpers/book';
import { indicator, monthly, reading, rules, sheetResult, SCORED_AT, target } from './fixtures';

const RISKY = ['=SUM(A1:A3)', '+44 visits', '-5% on last year', '@mention', '=HYPERLINK("http://x","y")'];

function riskyResult() {
  return sheetResult(
    '=Risky',
    RISKY.map((name, i) =>
      indicator({
        name,
        status: i % 2 === 0 ? 'RED' : 'NO_DATA',
        polarity: 'higher',
        actual: i % 2 === 0 ? reading(1) : null,
        target: target(2),
        series: monthly(2021, 4, [0, 1]),
        variance: i % 2 === 0 ? '-1 below the target of 2' : '',
        notes: i % 2 === 0 ? [] : ['=no figure'],
      }),
    ),
  );
}

describe('text safety', () => {
  const plan = buildSummary(riskyResult(), rules(), SCORED_AT);

  test('every string in the plan is a text cell formatted "@"', () => {
    const strings = plan.cells.filter((c) => typeof c.value === 'string');
    expect(strings.length).toBeGreaterThan(50);
    for (const c of strings) expect(c).toMatchObject({ kind: 'text', numberFormat: '@' });
    for (const c of plan.cells.filter((x) => x.kind === 'number')) expect(typeof c.value).toBe('number');
  });

  test('risky names, notes and variance lines are kept exactly as written', () => {
    const values = plan.cells.map((c) => c.value);
    for (const name of RISKY) expect(values).toContain(name);
    expect(values).toContain('-1 below the target of 2');
    // Notes are for the officer (they name cells): the board page gives a reader's reason instead.
    expect(values).not.toContain('=no figure.');
    expect(plan.sheetName).toBe('=Risky summary');
  });

  test('.xlsx: they reload as strings, and no cell holds a formula', async () => {
    const wb = new Workbook();
    wb.addWorksheet('=Risky');
    const book = await bookFrom(wb);
    const { sheetName } = addSummarySheet(book, riskyResult(), rules(), SCORED_AT);
    const back = await exceljsFrom(book);
    const ws = back.getWorksheet(sheetName);
    expect(ws).toBeDefined();
    const strings: string[] = [];
    let formulas = 0;
    ws?.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') strings.push(cell.value);
        if (cell.formula || (typeof cell.value === 'object' && cell.value !== null)) formulas++;
      }),
    );
    expect(formulas).toBe(0);
    for (const name of RISKY) expect(strings).toContain(name);
  });

  test('Excel: formula starts are quoted in "@" cells, other text is not', () => {
    const all = blockArrays(plan, { row: 0, col: 0, rowCount: 80, colCount: 8 });
    const flat = all.values.flat();
    for (const name of RISKY) expect(flat).toContain(`'${name}`);
    expect(flat).toContain("'-1 below the target of 2");
    expect(flat).toContain('Performance indicators: =Risky');
    const at = all.values.findIndex((row) => row.includes("'=SUM(A1:A3)"));
    expect(all.formats[at][all.values[at].indexOf("'=SUM(A1:A3)")]).toBe('@');
  });
});
