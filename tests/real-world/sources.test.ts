/**
 * "Keep the data as published": the workbooks arranged from CSV hold exactly the published figures.
 * The shared corpus's from-project/sources keeps the published rows used (the source files cut to one
 * area's rows, each line as published) beside the workbooks in from-project/workbooks. Every source
 * figure is in its cell, and every figure in the sheet comes from a source row. Skips, saying so,
 * when the shared corpus is absent.
 */
import { createReadStream, promises as fs } from 'fs';
import * as path from 'path';
import { Workbook, type Worksheet } from 'exceljs';
import { fromProjectDir, sayCorpusAbsent } from '../corpus/shared-dir';

const FROM_PROJECT = fromProjectDir() ?? '';
const SOURCES = path.join(FROM_PROJECT, 'sources');
if (FROM_PROJECT === '') sayCorpusAbsent('tests/real-world/sources');
const describeShared = FROM_PROJECT === '' ? describe.skip : describe;

/** A CSV's rows as text, parsed by ExcelJS's CSV reader with no conversion of values. */
async function readCsv(file: string): Promise<Record<string, string>[]> {
  const wb = new Workbook();
  const ws = await wb.csv.read(createReadStream(file), { map: (v: unknown) => v });
  const rows: string[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === undefined ? '' : String(v)))));
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h.replace(/^\uFEFF/, ''), r[i] ?? ''])));
}

async function sheetOf(workbook: string, sheet: string): Promise<Worksheet> {
  const wb = new Workbook();
  await wb.xlsx.readFile(path.join(FROM_PROJECT, 'workbooks', workbook));
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`${workbook} has no sheet ${sheet}`);
  return ws;
}

/** The published text of a figure as the cell holds it: a number, or text such as "NA". */
function asCell(text: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Cells of a period table: row key (the first keyCols columns) and period header -> value. */
function tableCells(
  ws: Worksheet,
  headerRow: number,
  keyCols: number,
  firstPeriodCol: number,
): Map<string, number | string> {
  const header = ws.getRow(headerRow).values as unknown[];
  const cells = new Map<string, number | string>();
  ws.eachRow((row, n) => {
    if (n <= headerRow) return;
    const values = row.values as unknown[];
    const key = values.slice(1, keyCols + 1).join(' | ');
    for (let c = firstPeriodCol; c < header.length; c++) {
      const v = values[c];
      if (v !== undefined && v !== null) cells.set(`${key} @ ${String(header[c])}`, v as number | string);
    }
  });
  return cells;
}

describeShared('figures as published', () => {
  it('trafford-corporate-plan.xlsx holds the Trafford rows of the Corporate Plan CSVs', async () => {
    const ws = await sheetOf('trafford-corporate-plan.xlsx', 'Indicators');
    const inSheet = tableCells(ws, 3, 2, 4);
    const expected = new Map<string, number | string>();
    const dir = path.join(SOURCES, 'trafford');
    for (const name of (await fs.readdir(dir)).sort()) {
      for (const r of await readCsv(path.join(dir, name))) {
        // Rows by deprivation quintile and the five-year pooled figure are not in the sheet.
        if ((r.inequality ?? 'NA') !== 'NA' && (r.inequality ?? '') !== '') continue;
        if (r.period.includes(' - ')) continue;
        expected.set(`${r.indicator} | ${r.measure} @ ${r.period}`, asCell(r.value));
      }
    }
    expect(expected.size).toBeGreaterThan(100);
    expect(Object.fromEntries(inSheet)).toEqual(Object.fromEntries(expected));
  });

  it('oflog-asc-trafford.xlsx holds the Trafford rows of the Oflog data', async () => {
    const ws = await sheetOf('oflog-asc-trafford.xlsx', 'Trafford');
    const inSheet = tableCells(ws, 3, 1, 2);
    const expected = new Map<string, number | string>();
    for (const r of await readCsv(path.join(SOURCES, 'oflog-trafford.csv'))) {
      if (r.Value === '') continue; // published blank: the cell stays blank
      expected.set(`${r.Measure} @ ${r['Financial year']}`, asCell(r.Value));
    }
    expect(expected.size).toBeGreaterThan(30);
    expect(Object.fromEntries(inSheet)).toEqual(Object.fromEntries(expected));
  });

  it('lgbf-stirling-quarterly.xlsx holds the Stirling rows of the LGBF quarterly data', async () => {
    const ws = await sheetOf('lgbf-stirling-quarterly.xlsx', 'Stirling');
    const inSheet = tableCells(ws, 3, 1, 3);
    const expected = new Map<string, number | string>();
    for (const r of await readCsv(path.join(SOURCES, 'lgbf-stirling-quarterly.csv'))) {
      expected.set(`${r.Code} @ ${r.Period}`, asCell(r.Value));
    }
    expect(expected.size).toBe(42);
    expect(Object.fromEntries(inSheet)).toEqual(Object.fromEntries(expected));
  });
});
