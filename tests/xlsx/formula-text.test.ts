/**
 * The .xlsx host keeps each formula's text for the engine (SheetSnapshot.formulas): formulas of
 * their own, shared formulas translated to each cell of their group, array formulas as written;
 * rows without a formula cost nothing, and a sheet of values has no formula grid at all.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { openBook } from '../../src/xlsx/book/read-book';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { writeSyntheticWorkbook } from '../../scripts/bench/synthetic-workbook';
import { MAIN, pack } from './support/hand-package';

// Real workbooks, some of 10,000 rows: seconds each on a loaded 1-core machine.
jest.setTimeout(180_000);

/** A one-sheet package around `sheetData` (cells with inline values only: no shared strings). */
const packSheet = (sheetData: string): Promise<Uint8Array> =>
  pack([{ name: 'Data', xml: `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>` }]);

const num = (ref: string, v: number): string => `<c r="${ref}"><v>${v}</v></c>`;
const fcell = (ref: string, f: string, v: number): string => `<c r="${ref}">${f}<v>${v}</v></c>`;

describe('formula text from the package', () => {
  it('keeps formulas of their own and translates a shared group to each of its cells', async () => {
    const bytes = await packSheet(
      [
        `<row r="2">${num('B2', 10)}${num('C2', 12)}${fcell('D2', '<f t="shared" ref="D2:E4" si="0">C2-$B2+C$1</f>', 2)}${fcell('E2', '<f t="shared" si="0"/>', 0)}</row>`,
        `<row r="3">${num('B3', 10)}${num('C3', 12)}${fcell('D3', '<f t="shared" si="0"/>', 2)}</row>`,
        `<row r="4">${num('B4', 10)}${num('C4', 12)}${fcell('D4', '<f>IF(B4&gt;C4,"B4 &amp; more",B4-C4)</f>', -2)}</row>`,
        `<row r="6">${num('A6', 1)}</row>`,
      ].join(''),
    );
    const book = await openBook(bytes);
    const snap = readSnapshot(book.sheets[0]);
    expect(snap.top).toBe(1);
    expect(snap.left).toBe(0);
    expect(snap.formulas).toEqual([
      ['', '', '', '=C2-$B2+C$1', '=D2-$B2+D$1'],
      ['', '', '', '=C3-$B3+C$1', ''],
      ['', '', '', '=IF(B4>C4,"B4 & more",B4-C4)', ''],
      // A row without a formula is null, not a row of "".
      null,
      null,
    ]);
    // The formula ranges (cells never written over) are as before.
    expect(snap.formulaRanges).toEqual([
      { row: 1, col: 3, rowCount: 1, colCount: 2 },
      { row: 2, col: 3, rowCount: 1, colCount: 1 },
      { row: 3, col: 3, rowCount: 1, colCount: 1 },
    ]);
  });

  it('a cell written before its group master is translated once the master is read', async () => {
    const bytes = await packSheet(
      `<row r="1">${fcell('A1', '<f t="shared" si="3"/>', 0)}</row><row r="2">${fcell('A2', '<f t="shared" si="3" ref="A1:A2">B2*2</f>', 0)}</row>`,
    );
    const snap = readSnapshot((await openBook(bytes)).sheets[0]);
    expect(snap.formulas).toEqual([['=B1*2'], ['=B2*2']]);
  });

  it('an array formula is kept as written on its first cell; a data table has no text', async () => {
    const bytes = await packSheet(
      `<row r="1">${fcell('A1', '<f t="array" ref="A1:A2">B1:B2-C1:C2</f>', 1)}${fcell('B1', '<f t="dataTable" ref="B1:B2" dt2D="0" dtr="0" r1="C1"/>', 3)}</row><row r="2">${num('A2', 2)}</row>`,
    );
    const snap = readSnapshot((await openBook(bytes)).sheets[0]);
    expect(snap.formulas).toEqual([['=B1:B2-C1:C2', ''], null]);
    expect(snap.formulaRanges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
  });

  it('past the budget, a shared group keeps "a formula is here" without its text', async () => {
    const rows = Array.from(
      { length: 10 },
      (_x, i) =>
        `<row r="${i + 1}">${fcell(`A${i + 1}`, i === 0 ? '<f t="shared" si="0" ref="A1:A10">B1+1</f>' : '<f t="shared" si="0"/>', 1)}</row>`,
    );
    const bytes = await packSheet(rows.join(''));
    // "B1+1" is 4 characters: a budget of 12 writes out three of the nine other cells.
    const snap = readSnapshot((await openBook(bytes, { maxFormulaChars: 12 })).sheets[0]);
    expect(snap.formulas!.map((r) => (r === null ? null : r[0]))).toEqual([
      '=B1+1',
      '=B2+1',
      '=B3+1',
      '=B4+1',
      ...Array(6).fill(null),
    ]);
    expect(snap.formulaRanges).toEqual(
      Array.from({ length: 10 }, (_x, i) => ({ row: i, col: 0, rowCount: 1, colCount: 1 })),
    );
  });

  it('a sheet of values has no formula grid', async () => {
    const snap = readSnapshot((await openBook(await packSheet(`<row r="1">${num('A1', 1)}</row>`))).sheets[0]);
    expect(snap.formulas).toBeUndefined();
  });
});

describe('the 10,000-row bench sheet', () => {
  const dir = path.join(os.tmpdir(), `scorelight-formulas-${process.pid}`);
  const plain = path.join(dir, 'plain.xlsx');
  const withVariance = path.join(dir, 'variance.xlsx');
  const ROWS = 10_000;
  const PERIODS = 24;

  beforeAll(async () => {
    await fs.mkdir(dir, { recursive: true });
    await writeSyntheticWorkbook(plain, ROWS, PERIODS, false);
    // The same sheet with a Variance column: one shared formula (last month minus target) down it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(plain);
    const ws = wb.worksheets[0];
    const last = PERIODS + 1; // the last month's column (1-based): Measure, then the months
    const target = PERIODS + 2;
    const col = PERIODS + 4;
    const letter = (c: number): string => ws.getColumn(c).letter;
    ws.getCell(1, col).value = 'Variance';
    for (let r = 2; r <= ROWS + 1; r++) {
      ws.getCell(r, col).value =
        r === 2
          ? ({
              formula: `${letter(last)}2-${letter(target)}2`,
              result: 0,
              shareType: 'shared',
              ref: `${letter(col)}2:${letter(col)}${ROWS + 1}`,
            } as ExcelJS.CellFormulaValue)
          : ({ sharedFormula: `${letter(col)}2`, result: 0 } as ExcelJS.CellSharedFormulaValue);
    }
    await wb.xlsx.writeFile(withVariance);
  });

  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  async function timedRead(file: string) {
    const bytes = await fs.readFile(file);
    const start = process.hrtime.bigint();
    const book = await openBook(bytes);
    const snap = readSnapshot(book.sheets[0]);
    return { snap, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  }

  it('reads its formulas sparsely and in about the time the values take', async () => {
    // Warm up (module loading, JIT) so the two timings compare.
    await timedRead(plain);
    const a = await timedRead(plain);
    const b = await timedRead(withVariance);
    expect(a.snap.formulas).toBeUndefined();
    const f = b.snap.formulas!;
    expect(f).toHaveLength(ROWS + 1);
    expect(f[0]).toBeNull();
    const col = PERIODS + 3;
    expect(f[1]![col]).toBe(`=${'Y'}2-Z2`);
    expect(f[ROWS]![col]).toBe(`=Y${ROWS + 1}-Z${ROWS + 1}`);
    // One text per formula cell; every other entry of a formula row is the one empty string.
    let texts = 0;
    for (const line of f) for (const t of line ?? []) if (t !== '') texts++;
    expect(texts).toBe(ROWS);
    // A column more and its formula text: well under twice the plain read (the grid is 26 columns).
    console.log(`10,000-row sheet: ${a.ms.toFixed(0)} ms plain, ${b.ms.toFixed(0)} ms with a shared Variance formula`);
    expect(b.ms).toBeLessThan(a.ms * 2 + 1000);
  });
});
