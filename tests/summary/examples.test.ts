/**
 * The four seed layouts end to end: score each example workbook with the .xlsx host, add a board
 * summary for every scored sheet, save, reload (with ExcelJS), and read the summary as a board member
 * would.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Workbook, Worksheet } from 'exceljs';
import type { Period, ScoredIndicator } from '../../src/core/model';
import { fyLabel, quarterLabel, quarterOf } from '../../src/core/periods';
import { oneLine } from '../../src/core/summary/narrative';
import { openWorkbook } from '../../src/xlsx/workbook-io';
import { scoreWorkbook } from '../../src/xlsx/score-workbook';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { exceljsFrom } from '../helpers/book';

const SCORED_AT = new Date(2026, 10, 21, 9, 0);

async function summarised(
  file: string,
): Promise<{ wb: Workbook; sheets: { source: string; summary: string; indicators: ScoredIndicator[] }[] }> {
  const book = await openWorkbook(readFileSync(join(__dirname, '../../examples', file)));
  const scored = scoreWorkbook(book, { scoredAt: SCORED_AT });
  const sheets = [];
  for (const r of scored.results) {
    if (r.indicators.length === 0) continue;
    const { sheetName } = addSummarySheet(book, r, scored.rules, SCORED_AT);
    sheets.push({ source: r.sheet, summary: sheetName, indicators: r.indicators });
  }
  // The saved package, as another program reads it.
  return { wb: await exceljsFrom(book), sheets };
}

function columnA(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string') out.push(v);
  });
  return out;
}

function rowOf(ws: Worksheet, text: string): number {
  let found = -1;
  ws.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === text) found = n;
  });
  return found;
}

function checkSummary(wb: Workbook, s: { source: string; summary: string; indicators: ScoredIndicator[] }): Worksheet {
  const ws = wb.getWorksheet(s.summary);
  if (!ws) throw new Error(`no summary for ${s.source}`);
  // Right after its source in the tabs.
  const names = wb.worksheets.map((w) => w.name);
  expect(names.indexOf(s.summary)).toBe(names.indexOf(s.source) + 1);
  expect(ws.getCell('A1').value).toBe(`Performance indicators: ${s.source}`);
  // No rule-set ids on the board page.
  expect(ws.getCell('A3').value).toBe('Scored on 21 November 2026 by Scorelight.');
  // Counts by status add up to the indicators scored, and "Total" says so.
  const total = rowOf(ws, 'Total');
  expect(ws.getCell(total, 2).value).toBe(s.indicators.length);
  const header = rowOf(ws, 'Status');
  let sum = 0;
  for (let r = header + 1; r < total; r++) sum += Number(ws.getCell(r, 2).value);
  expect(sum).toBe(s.indicators.length);
  // Every indicator is listed by name (performing well, areas for focus or not rated).
  const listed = columnA(ws);
  for (const ind of s.indicators) expect(listed).toContain(oneLine(ind.source.name));
  // Values only; printable page.
  ws.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  expect(ws.pageSetup).toMatchObject({
    paperSize: 9,
    orientation: 'landscape',
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:2',
  });
  expect(ws.headerFooter.oddFooter).toContain(`&LScorelight board summary: ${s.source.replace(/&/g, '&&')}&C`);
  return ws;
}

describe('board summaries of the example workbooks', () => {
  test("register (seed 000): the period in the title's own words; no quarter table", async () => {
    const { wb, sheets } = await summarised('register.xlsx');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const ws = checkSummary(wb, s);
      // The title reads "Performance Reporting - Qtr 2 (July - Sept 2020)"; the headers say only "Q2 Actual".
      expect(ws.getCell('A2').value).toBe('Qtr 2 (July - Sept 2020)');
      expect(columnA(ws).some((t) => t.startsWith('Quarter on quarter'))).toBe(false);
    }
  });

  test('register with quarter columns: the year comes from the title ("... 2020/21")', async () => {
    const { wb, sheets } = await summarised('register-quarters.xlsx');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const ws = checkSummary(wb, s);
      expect(ws.getCell('A2').value).toBe('Quarter 2 2020/21 (July to September 2020)');
    }
  });

  test('time series (seed 004): months without a year give a quarter without one', async () => {
    const { wb, sheets } = await summarised('time-series.xlsx');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const ws = checkSummary(wb, s);
      expect(String(ws.getCell('A2').value)).toMatch(/^Quarter [1-4] \([A-Z][a-z]+ to [A-Z][a-z]+\)/);
      expect(String(ws.getCell('A2').value)).not.toMatch(/20\d\d/);
      const qoq = columnA(ws).find((t) => t.startsWith('Quarter on quarter'));
      expect(qoq).toMatch(/^Quarter on quarter: Q[1-4] \(\d+\)$/);
    }
  });

  test('indicator cards (seed 003): month-end dates give Quarter 1 2012/13', async () => {
    const { wb, sheets } = await summarised('cards.xlsx');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const ws = checkSummary(wb, s);
      expect(ws.getCell('A2').value).toBe('Quarter 1 2012/13 (April to June 2012)');
    }
  });

  test('metric blocks (seed 001): month columns give the financial quarter of the latest month', async () => {
    const { wb, sheets } = await summarised('metric-blocks.xlsx');
    expect(sheets.length).toBeGreaterThan(0);
    for (const s of sheets) {
      const ws = checkSummary(wb, s);
      // The latest current period of any table, through the shared periods module.
      const latest = s.indicators
        .map((i) => i.source.currentPeriod)
        .filter((p): p is Period => p !== undefined && p.kind === 'month')
        .sort((a, b) => (a.year ?? 0) * 12 + (a.month ?? 0) - ((b.year ?? 0) * 12 + (b.month ?? 0)))
        .pop();
      if (!latest) throw new Error('expected month columns');
      const q = quarterOf(latest);
      if (!q) throw new Error('expected a quarter');
      expect(String(ws.getCell('A2').value).startsWith(quarterLabel(q.fyStart, q.quarter))).toBe(true);
      expect(columnA(ws).some((t) => t.startsWith(`Quarter on quarter: Q${q.quarter} ${fyLabel(q.fyStart)}`))).toBe(
        true,
      );
    }
  });

  test('mixed layouts: one summary per scored sheet, each after its own source', async () => {
    const { wb, sheets } = await summarised('mixed.xlsx');
    expect(sheets.length).toBeGreaterThan(1);
    for (const s of sheets) checkSummary(wb, s);
  });
});
