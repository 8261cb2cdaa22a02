/**
 * The ratings history through the command line: a register scored for Q1, then for Q2 (the officer
 * fills in Q2 in the scored copy), reports each indicator's Q1 status as previousStatus in --json,
 * the same word and period as the summary's Previous column (also without --summary); scoring Q2
 * again adds no period.
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { JsonIndicator, JsonReport } from '../../src/cli/json-report';
import { openBook } from '../../src/xlsx/book/read-book';
import { readState } from '../../src/xlsx/state-sheet';
import { runCli } from '../cli/run-cli';

jest.setTimeout(120_000);

/** Measure, target, Q1 and Q2: visits green then red, plans red then green, reviews green both times. */
const ROWS: [string, number, number, number][] = [
  ['% of visits within timescale', 90, 95, 80],
  ['% of plans reviewed on time', 50, 40, 55],
  ['% of reviews completed', 70, 75, 76],
];

async function writeRegister(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('KPIs');
  ws.addRow(['Corporate performance indicators 2020/21']);
  ws.addRow([]);
  ws.addRow(['Performance Measure', 'Target', 'Q1 Actual', 'Q2 Actual', 'Rag Status']);
  for (const [name, target, q1] of ROWS) ws.addRow([name, target, q1, null, null]);
  await wb.xlsx.writeFile(file);
}

/** The officer types Q2's figures into the scored copy, in another program. */
async function fillQ2(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('KPIs')!;
  ROWS.forEach(([, , , q2], i) => (ws.getCell(4 + i, 4).value = q2));
  await wb.xlsx.writeFile(file);
}

async function scoreJson(file: string): Promise<JsonIndicator[]> {
  const run = await runCli([file, '--out', file, '--summary', '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as JsonReport;
  return report.sheets.flatMap((s) => s.indicators);
}

/** The summary's Previous column, row by row: indicator name -> the word shown. */
async function previousColumn(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.worksheets.find((w) => w.name.endsWith('summary'))!;
  const out = new Map<string, string>();
  let col = 0;
  ws.eachRow((row) => {
    const texts = (row.values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const at = texts.indexOf('Previous');
    if (texts[1] === 'Indicator') col = at;
    else if (col > 0 && texts[1] !== '' && texts[col]) out.set(texts[1], texts[col]);
  });
  return out;
}

test('Q1 then Q2 through the CLI: --json gives the Q1 status and period as previousStatus; Q2 again adds no period', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-history-cli-'));
  const file = path.join(dir, 'register.xlsx');
  try {
    await writeRegister(file);
    const q1 = await scoreJson(file);
    expect(q1.map((i) => i.status)).toEqual(['GREEN', 'RED', 'GREEN']);
    // A first report: nothing earlier on record.
    for (const i of q1) {
      expect(i.previousStatus).toBeNull();
      expect(i.previousStatusLabel).toBeNull();
      expect(i.previousStatusPeriod).toBeNull();
    }
    const q1Period = Object.values(readState(await openBook(await fs.readFile(file))).history ?? {})[0].ratings[0]
      .period;
    expect(q1Period).toMatch(/Quarter 1/);

    await fillQ2(file);
    const q2 = await scoreJson(file);
    expect(q2.map((i) => [i.status, i.previousStatus, i.previousStatusPeriod])).toEqual([
      ['RED', 'GREEN', q1Period],
      ['GREEN', 'RED', q1Period],
      ['GREEN', 'GREEN', q1Period],
    ]);
    // The same word as the summary's Previous column beside each indicator.
    const shown = await previousColumn(file);
    for (const i of q2) expect(shown.get(i.name)).toMatch(new RegExp(`${i.previousStatusLabel!}$`));

    // Without --summary the report still says what the summary would show, and records nothing.
    const plain = await runCli([file, '--out', file, '--json']);
    expect(plain.code).toBe(0);
    const quiet = (JSON.parse(plain.stdout) as JsonReport).sheets.flatMap((s) => s.indicators);
    expect(quiet.map((i) => [i.previousStatus, i.previousStatusLabel, i.previousStatusPeriod])).toEqual(
      q2.map((i) => [i.previousStatus, i.previousStatusLabel, i.previousStatusPeriod]),
    );

    // Q2 scored again: still Q1 as the previous report, and two periods on record, not three.
    const again = await scoreJson(file);
    expect(again.map((i) => i.previousStatusPeriod)).toEqual([q1Period, q1Period, q1Period]);
    const history = readState(await openBook(await fs.readFile(file))).history ?? {};
    expect(Object.values(history).map((h) => h.ratings.length)).toEqual([2, 2, 2]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
