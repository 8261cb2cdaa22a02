/**
 * Formula injection: indicator names beginning with =, +, - or @ are text in the sheet and must stay
 * text wherever we write (the scored sheet, the board summary, the JSON report). ExcelJS writes JS
 * strings as string cells; this proves no path of ours turns one into a formula.
 */
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import type { JsonReport } from '../../src/cli/json-report';
import { runCli } from './run-cli';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const NAMES = ['=1+1', '+44 calls answered', '@x', '-5 days backlog', '=HYPERLINK("http://evil","click")'];

async function injectionBook(file: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('=SUM(A1)');
  ws.getRow(1).values = ['KPI', 'Polarity', 'Target', 'Actual', 'RAG'];
  NAMES.forEach((name, i) => {
    ws.getRow(2 + i).values = [name, i % 2 === 0 ? 'Bigger is better' : 'Smaller is better', 10, 8 + i];
  });
  await wb.xlsx.writeFile(file);
}

describe('formula injection', () => {
  it('names starting with = + - @ stay text in every cell we write and in the JSON', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scorelight-inject-'));
    const input = path.join(dir, 'inject.xlsx');
    await injectionBook(input);
    const run = await runCli([input, '--json', '--summary']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport;
    const names = report.sheets.flatMap((s) => s.indicators.map((i) => i.name));
    expect(names).toEqual(NAMES);

    const out = new Workbook();
    await out.xlsx.readFile(path.join(dir, 'inject.scored.xlsx'));
    let seen = 0;
    for (const ws of out.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (cell) => {
          // No formula anywhere: the input had none.
          expect({ at: `${ws.name}!${cell.address}`, formula: cell.formula ?? null }).toEqual({
            at: `${ws.name}!${cell.address}`,
            formula: null,
          });
          if (typeof cell.value === 'string' && NAMES.includes(cell.value)) seen++;
        });
      });
    }
    // At least the source sheet's name cells; the summary (when available) repeats them as text.
    expect(seen).toBeGreaterThanOrEqual(NAMES.length);
    const scored = out.getWorksheet('=SUM(A1)');
    NAMES.forEach((name, i) => expect(scored?.getCell(2 + i, 1).value).toBe(name));
  });
});
