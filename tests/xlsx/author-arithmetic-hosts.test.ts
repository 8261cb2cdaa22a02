/**
 * The author's own arithmetic read from a real workbook through both hosts: a Variance column
 * written as one shared formula =C2-B2 (actual minus target) down the table, with one row written
 * =B5-C5 (target minus actual). That row is smaller-is-better, from the arithmetic; the CLI reads
 * the package, the Excel host reads Range.formulas from the fake Excel holding the same sheet.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/json-report';
import { scoreActiveSheet } from '../../src/excel/score-active-sheet';
import { openBook } from '../../src/xlsx/book/read-book';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { createFakeExcel, FakeBook, sheetFromSnapshot } from '../excel/fake-excel';
import { FIXED_TIME } from '../excel/helpers';
import { runCli } from '../cli/run-cli';

jest.setTimeout(120_000);

/** Measure | Target | Actual | Variance | RAG; the odd row is Headcount (row 5). */
const ROWS: [string, number, number][] = [
  ['Orders (000s)', 9147, 9795],
  ['Gross margin (000s)', 914, 997],
  ['Market share', 20, 21],
  ['Headcount', 100, 110],
  ['Orders shipped', 480, 455],
  ['Web visits', 12000, 12500],
];
const ODD = 5;

async function workbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Scorecard');
  ws.addRow(['Measure', 'Target', 'Actual', 'Variance', 'RAG']);
  ROWS.forEach(([name, target, actual], i) => {
    const r = i + 2;
    ws.addRow([name, target, actual]);
    ws.getCell(r, 4).value =
      r === ODD
        ? { formula: `B${r}-C${r}`, result: target - actual }
        : r === 2
          ? ({
              formula: 'C2-B2',
              result: actual - target,
              shareType: 'shared',
              ref: `D2:D${ROWS.length + 1}`,
            } as ExcelJS.CellFormulaValue)
          : ({ sharedFormula: 'D2', result: actual - target } as ExcelJS.CellSharedFormulaValue);
  });
  await wb.xlsx.writeFile(file);
}

describe("the author's variance arithmetic, read by both hosts", () => {
  const dir = path.join(os.tmpdir(), `scorelight-arithmetic-${process.pid}`);
  const file = path.join(dir, 'scorecard.xlsx');

  beforeAll(async () => {
    await fs.mkdir(dir, { recursive: true });
    await workbook(file);
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('the package really holds a shared formula (the case this is about)', async () => {
    const book = await openBook(await fs.readFile(file));
    const snap = readSnapshot(book.sheets[0]);
    expect(snap.formulas?.map((r) => r?.[3] ?? null)).toEqual([
      null,
      '=C2-B2',
      '=C3-B3',
      '=C4-B4',
      '=B5-C5',
      '=C6-B6',
      '=C7-B7',
    ]);
  });

  it('the CLI: the row written target minus actual is smaller-is-better, from the arithmetic', async () => {
    const out = path.join(dir, 'scored.xlsx');
    const run = await runCli([file, '--out', out, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const inds = report.sheets[0].indicators;
    const head = inds.find((i) => i.name === 'Headcount')!;
    expect(head).toMatchObject({ polarity: 'lower', polaritySource: 'arithmetic', status: 'RED' });
    expect(head.notes.join(' ')).toMatch(/variance formula '=B5-C5' \(target minus actual/);
    const sales = inds.find((i) => i.name === 'Orders (000s)')!;
    expect(sales).toMatchObject({ polarity: 'higher', polaritySource: 'arithmetic', status: 'GREEN' });
    // The author's Variance cells keep their formulas.
    const scored = await openBook(await fs.readFile(out));
    expect(readSnapshot(scored.sheets[0]).formulas?.[4]?.[3]).toBe('=B5-C5');
  });

  it('the Excel host: Range.formulas read in the same sync as the values gives the same answer', async () => {
    const book = await openBook(await fs.readFile(file));
    const fake = new FakeBook();
    const snapshot = readSnapshot(book.sheets[0]);
    sheetFromSnapshot(fake, snapshot);
    const fx = createFakeExcel(fake);
    const out = await scoreActiveSheet({ env: fx.env, now: () => FIXED_TIME });
    expect(out.written).toBe(true);
    const head = out.result.indicators.find((i) => i.source.name === 'Headcount')!;
    expect(head).toMatchObject({ polarity: 'lower', polaritySource: 'arithmetic', status: 'RED' });
    expect(head.notes.join(' ')).toMatch(/variance formula '=B5-C5' \(target minus actual/);
    const shipped = out.result.indicators.find((i) => i.source.name === 'Orders shipped')!;
    expect(shipped).toMatchObject({ polarity: 'higher', polaritySource: 'arithmetic' });
    // The formula cells were read as formulas: still there, not written over.
    expect(fake.sheet('Scorecard')!.get(4, 3).formula).toBe('=B5-C5');
  });
});
