/**
 * An NHS integrated performance report's SPC columns: "Variation" and "Assurance" hold the
 * author's words ("Common cause", "Special cause - concern"). "Variation" is the author's own
 * column, not a free place for our variance text: ours goes in a column of its own beside the
 * table (no warning per row), and scoring the scored copy again writes there again, not in one
 * more column. End to end through the command line and real .xlsx files.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { openBook } from '../../../src/xlsx/book/read-book';
import { runCli, scratch } from '../../cli/run-cli';
import { valueAt, xlsxBytes } from '../../helpers/book';

function ipr(): ExcelWorkbook {
  const wb = new ExcelWorkbook();
  const ws = wb.addWorksheet('IPR');
  ws.addRow([
    'Metric',
    'Target',
    'Actual',
    'Variation',
    'Assurance',
    'Mean',
    'Lower process limit',
    'Upper process limit',
  ]);
  ws.addRow(['Cancer 62-day referral to treatment (%)', 85, 83, 'Common cause', 'Hit and miss', 70, 60, 80]);
  ws.addRow(['Staff sickness absence (%)', 4.5, 5.1, 'Special cause - concern', 'Fail', 5, 4.5, 5.5]);
  ws.addRow(['Never events', 0, 1, 'Common cause', 'Hit and miss', 0.3, 0, 1.9]);
  return wb;
}

interface Report {
  warnings: { cell: string; message: string }[];
  indicators: { name: string; varianceCell: string; varianceText: string }[];
}

async function score(file: string, out: string): Promise<Report> {
  const run = await runCli([file, '--out', out, '--json']);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { sheets: Report[] }).sheets[0];
}

describe('an SPC "Variation" column', () => {
  it("keeps the author's words; our variance goes beside the table, once, and again there on re-scoring", async () => {
    const dir = await scratch();
    const book = path.join(dir, 'ipr.xlsx');
    await fs.writeFile(book, await xlsxBytes(ipr()));
    const scored = path.join(dir, 'scored.xlsx');
    const first = await score(book, scored);
    expect(first.warnings).toEqual([]);
    const cells = first.indicators.map((i) => i.varianceCell);
    expect(cells.every((c) => /^[I-Z]\d+$/.test(c))).toBe(true);

    const again = path.join(dir, 'again.xlsx');
    const second = await score(scored, again);
    expect(second.warnings).toEqual([]);
    expect(second.indicators.map((i) => i.varianceCell)).toEqual(cells);
    const wb = await openBook(await fs.readFile(again));
    expect(valueAt(wb, 'IPR', 'D2')).toBe('Common cause');
    expect(valueAt(wb, 'IPR', 'D3')).toBe('Special cause - concern');
    // One variance column of ours: the one right of it is empty.
    const col = cells[0].replace(/\d+$/, '');
    const next = String.fromCharCode(col.charCodeAt(0) + 1);
    expect(valueAt(wb, 'IPR', `${next}1`)).toBe('');
    expect(String(valueAt(wb, 'IPR', `${col}2`))).toMatch(/below the target of 85/);
  });
});
