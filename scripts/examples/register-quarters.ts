/**
 * A corporate register with one figure column per quarter, as councils publish them (issue 11):
 * "Performance Measure", "Baseline", "Target 2020/21", "Q1 Actual" ... "Q4 Actual", "Rag Status".
 * Q1 and Q2 are reported, so Q2 is current and the trend compares it with Q1; a row with no Q2
 * figure is No data; where Q1 is empty, the Baseline is the trend's reference and says which way
 * is good. Figures are illustrative, in the style of seed 000.
 */
import type { Workbook } from 'exceljs';
import { bold, box, fill, FILL, landscape, pct, put, putRow, wrap, type Entry } from './sheet-helpers';

export const QUARTER_HEADERS = [
  'Performance Measure',
  'Baseline',
  'Target 2020/21',
  'Q1 Actual',
  'Q2 Actual',
  'Q3 Actual',
  'Q4 Actual',
  'Rag Status',
];

/** Measure, baseline, target, Q1, Q2 (Q3 and Q4 not reported yet). */
export const QUARTER_ROWS: [string, Entry, Entry, Entry, Entry][] = [
  ['% of calls answered within 30 seconds', pct(0.78), pct(0.85), pct(0.8), pct(0.86)],
  ['Number of missed bin collections per 100,000', 60, 40, 52, 45],
  ['Average time taken to process new benefit claims (days)', 24, 20, 22, 21],
  ['Households in temporary accommodation', 120, 100, 118, 125],
  ['% of invoices paid within 30 days', pct(0.9), pct(0.97), '', pct(0.95)],
  ['Number of affordable homes delivered', 80, 120, 30, ''],
  ['Working days lost to sickness per FTE', 9, 8, 2.1, 1.9],
];

/** Adds the sheet; the header row is row 3 and indicators start on row 4. */
export function addQuarterRegisterSheet(wb: Workbook, name = 'Corporate KPIs'): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  bold(put(ws, 1, 1, 'Corporate performance indicators 2020/21'), 14);
  putRow(ws, 3, QUARTER_HEADERS).forEach((c) => {
    bold(c);
    fill(c, FILL.header);
    box(c);
    wrap(c);
  });
  QUARTER_ROWS.forEach(([measure, baseline, target, q1, q2], i) => {
    putRow(ws, 4 + i, [measure, baseline, target, q1, q2, undefined, undefined, undefined]).forEach((c) => box(c));
  });
  ws.getColumn(1).width = 52;
  for (let c = 2; c <= 8; c++) ws.getColumn(c).width = 12;
  landscape(ws);
}
