/**
 * The sheet's own status words, written back the way the sheet writes them: a register whose RAG
 * column holds the author's letters G / A / R, counted by COUNTIF formulas on another sheet, is
 * scored through the .xlsx host, saved, read back, and recalculated by LibreOffice: the totals
 * equal the letters now in the column, because we wrote letters, bare, not "● Green".
 * Skipped with a message where LibreOffice (soffice) is not installed.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { scoreWorkbook } from '../../../src/xlsx/score-workbook';
import { savePackage } from '../../../src/xlsx/workbook-io';
import { bookFrom } from '../../helpers/book';

jest.setTimeout(240_000);

const ROWS: [string, number | null, number, string][] = [
  ['% of calls answered', 90, 95, 'G'],
  ['% of invoices paid on time', 95, 80, 'G'],
  ['% of enquiries answered in time', 90, 88, 'A'],
  ['% of staff trained', 80, 60, ''],
  ['Number of apprenticeships started', 20, 21, 'R'],
  ['Number of volunteers recruited', null, 5, 'A'],
];
const LETTERS = ['G', 'A', 'R'];

function authorsWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Measure', 'Target', 'Actual', 'RAG']);
  for (const [name, target, actual, rag] of ROWS) ws.addRow([name, target, actual, rag || null]);
  const totals = wb.addWorksheet('Totals');
  LETTERS.forEach((letter, i) => {
    // As Excel saves them: the formula with its last computed result.
    const count = ROWS.filter((r) => r[3] === letter).length;
    totals.getCell(i + 1, 1).value = letter;
    totals.getCell(i + 1, 2).value = { formula: `COUNTIF(KPIs!D2:D${ROWS.length + 1},"${letter}")`, result: count };
  });
  return wb;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** LibreOffice with a throwaway profile that recalculates every formula of an .xlsx on load. */
function recalculate(file: string, outDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-lo-'));
  const user = path.join(profile, 'user');
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file],
      { stdio: 'ignore', timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, path.basename(file));
}

async function load(bytes: Uint8Array | Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const ragColumn = (wb: ExcelJS.Workbook): string[] =>
  ROWS.map((_, i) => String(wb.getWorksheet('KPIs')!.getCell(i + 2, 4).value ?? ''));

const counts = (rags: string[]): number[] => LETTERS.map((l) => rags.filter((v) => v === l).length);

function totalsOf(wb: ExcelJS.Workbook): number[] {
  const ws = wb.getWorksheet('Totals')!;
  return LETTERS.map((_, i) => {
    const v = ws.getCell(i + 1, 2).value as ExcelJS.CellFormulaValue | number;
    return typeof v === 'number' ? v : Number(v.result);
  });
}

describe('a G / A / R register counted by COUNTIF', () => {
  it('gets letters back, bare, so the counts still count them', async () => {
    const book = await bookFrom(authorsWorkbook());
    const result = scoreWorkbook(book, { scoredAt: new Date(Date.UTC(2026, 0, 1)) });
    const kpis = result.results.find((r) => r.sheet === 'KPIs')!;
    const saved = await savePackage(book);
    const after = await load(saved);
    const rags = ragColumn(after);
    // Every rated row holds one of the sheet's letters; the unrated one keeps the author's 'A'.
    for (const v of rags) expect(LETTERS).toContain(v);
    expect(rags[5]).toBe('A');
    expect(kpis.warnings.map((w) => w.message).join('\n')).toMatch(/author's rating 'A'/);
    // Scoring changed the letters (the wrong 'G' and 'R', the blank row), so the counts moved.
    expect(counts(rags)).not.toEqual(counts(ROWS.map((r) => r[3])));
    // The author's formulas are kept as formulas. (Their cached results in our saved file are the
    // old counts: the .xlsx writer does not ask for a recalculation on load; see the report.)
    const f = after.getWorksheet('Totals')!.getCell(1, 2).value as ExcelJS.CellFormulaValue;
    expect(f.formula).toMatch(/^COUNTIF\(KPIs!D2:D7,"G"\)$/);

    if (!hasSoffice()) {
      console.log('soffice (LibreOffice) not found: the recalculation of the COUNTIF totals is skipped');
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorelight-gar-'));
    try {
      const file = path.join(dir, 'register.xlsx');
      fs.writeFileSync(file, saved);
      const outDir = path.join(dir, 'recalculated');
      fs.mkdirSync(outDir);
      const recalculated = await load(fs.readFileSync(recalculate(file, outDir)));
      expect(ragColumn(recalculated)).toEqual(rags);
      expect(totalsOf(recalculated)).toEqual(counts(rags));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
