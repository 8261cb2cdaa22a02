/**
 * A scored sheet prints as the user set it up: on a register set to fit one page wide, the columns
 * Scorelight adds change neither the print scale nor the fit settings (<sheetPr>, <pageSetup>,
 * margins and print options stay byte for byte); a print area the user defined grows to take the
 * added columns, and the scoring says so; a sheet without one gets none.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import type { JsonReport } from '../../src/cli/json-report';
import { openBook } from '../../src/xlsx/book/read-book';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { widenedPrintArea } from '../../src/xlsx/package/print-area';
import { writePackage } from '../../src/xlsx/package/write-package';
import { runCli } from '../cli/run-cli';

jest.setTimeout(120_000);

async function register(printArea?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.pageSetup = {
    ...ws.pageSetup,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    orientation: 'landscape',
    ...(printArea ? { printArea } : {}),
  };
  ws.addRow(['Corporate performance indicators 2020/21']);
  ws.addRow([]);
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status']);
  ws.addRow(['% of visits within timescale', 90, 95, 80, null]);
  ws.addRow(['% of plans reviewed on time', 50, 40, 55, null]);
  ws.addRow(['% of reviews completed', 70, 75, 76, null]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(name)!.async('string');
}

/** The elements that set how the sheet prints, as written. */
function printElements(sheetXml: string): string[] {
  const names = ['sheetPr', 'pageSetUpPr', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter'];
  return names.map((n) => sheetXml.match(new RegExp(`<${n}\\b[^>]*?(/>|>[\\s\\S]*?</${n}>)`))?.[0] ?? '');
}

function printAreas(workbookXml: string): string[] {
  const xmlText = (t: string) =>
    t
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return [...workbookXml.matchAll(/<definedName\b[^>]*name="_xlnm\.Print_Area"[^>]*>([^<]*)</g)].map((m) =>
    xmlText(m[1]),
  );
}

async function scored(input: Uint8Array) {
  const book = await openBook(input);
  const outcome = scoreWorkbook(book, {});
  expect(outcome.written).toEqual(['KPIs']);
  const notes: string[] = [];
  const bytes = await writePackage(book, { notes });
  const sheet = await partText(bytes, 'xl/worksheets/sheet1.xml');
  const written = outcome.writtenCells.KPIs ?? [];
  return { bytes, sheet, written, notes };
}

/** The rightmost column letter of the cells written. */
function lastColumn(cells: string[]): string {
  return cells.map((a) => a.replace(/\d+$/, '')).sort((a, b) => a.length - b.length || a.localeCompare(b))[
    cells.length - 1
  ];
}

test('a register fit to one page wide keeps its fit settings and print scale byte for byte', async () => {
  const input = await register();
  const before = printElements(await partText(input, 'xl/worksheets/sheet1.xml'));
  expect(before.join('')).toMatch(/fitToPage="1"/);
  expect(before.join('')).toMatch(/fitToWidth="1"/);
  const { bytes, sheet, written, notes } = await scored(input);
  // Columns were added beside the table (beyond the user's E), and the sheet still prints as set up.
  expect(lastColumn(written) > 'E').toBe(true);
  expect(printElements(sheet)).toEqual(before);
  // No print area where the user had none.
  expect(printAreas(await partText(bytes, 'xl/workbook.xml'))).toEqual([]);
  expect(notes).toEqual([]);
});

test('a print area the user defined grows to take the added columns, and the scoring says so', async () => {
  const input = await register('A1:E6');
  expect(printAreas(await partText(input, 'xl/workbook.xml'))).toEqual(["'KPIs'!$A1:$E6"]);
  const before = printElements(await partText(input, 'xl/worksheets/sheet1.xml'));
  const { bytes, sheet, written, notes } = await scored(input);
  expect(printElements(sheet)).toEqual(before);
  const last = lastColumn(written);
  expect(printAreas(await partText(bytes, 'xl/workbook.xml'))).toEqual([`'KPIs'!$A$1:$${last}$6`]);
  expect(notes).toEqual([
    `The print area of "KPIs" now runs to column ${last}, so the columns Scorelight added print with the table.`,
  ]);
});

test('the command line says when it widened a print area, and still writes over the input when asked', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-print-area-'));
  const file = path.join(dir, 'register.xlsx');
  try {
    await fs.writeFile(file, await register('A1:E6'));
    const run = await runCli([file, '--out', file, '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.workbookWarnings).toEqual([
      expect.stringMatching(/^The print area of "KPIs" now runs to column [F-Z], so the columns Scorelight added/),
    ]);
    expect(report.output).toBe(file);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

describe('which print areas grow', () => {
  const cells = [
    { row: 3, col: 5 },
    { row: 3, col: 6 },
    { row: 30, col: 9 },
  ];
  test('a plain range grows to the right, to our cells on its rows only', () => {
    expect(widenedPrintArea("'Q2 pack'!$A$1:$E$20", cells)).toBe("'Q2 pack'!$A$1:$G$20");
    expect(widenedPrintArea('KPIs!$A$1:$H$20', cells)).toBeNull();
  });
  test('areas of several ranges, whole columns or no sheet are the user’s design and stay', () => {
    expect(widenedPrintArea('KPIs!$A$1:$E$20,KPIs!$A$30:$E$40', cells)).toBeNull();
    expect(widenedPrintArea('KPIs!$A:$E', cells)).toBeNull();
    expect(widenedPrintArea('$A$1:$E$20', cells)).toBeNull();
  });
});
