/**
 * Seed 004 (St Helens "Performance Data"): one column per month September..April, a RAG column,
 * section rows that repeat the headers, "-" for not yet, percentages both as percent-formatted
 * numbers and as typed text ("63%").
 */
import type { Workbook } from 'exceljs';
import { bold, box, fill, FILL, landscape, pct, put, putRow, type Entry } from './sheet-helpers';

export const MONTHS = ['September', 'October', 'November', 'December', 'January', 'February', 'March', 'April'];

/** Section title, then rows of [measure, September, October]. */
export const SECTIONS: [string, [string, Entry, Entry][]][] = [
  [
    'Brilliant at the Basics',
    [
      ['No. of dip samples', '-', undefined],
      ['No. of audits', 22, undefined],
      ['No. of assessments within timescales', '63%', undefined],
      ['% Of visits taking place within timescale CWLA', pct(0.9), undefined],
      ['% Of visits taking place within timescale Child Protection (28 days)', pct(0.96), undefined],
      ['% Of visits taking place within timescale Child in Need (28 days)', pct(0.79), undefined],
      ['% Of Child Protection reviews within timescales', pct(0.99), undefined],
      ['Number of re-referrals', 36, undefined],
      ['Number of compliments (Year to date)', 85, 98],
      ['Number of complaints (Year to date)', 25, 31],
      ['Placement Stability', pct(0.78), undefined],
    ],
  ],
  [
    'Partnerships',
    [
      ['% Of Health reviews completed in timescale', pct(0.95), pct(0.97)],
      ['% Of Dental checks', pct(0.64), '67%'],
      ['% Of immunisations', pct(0.95), pct(0.95)],
      ['% Of SDQs completed', pct(0.81), pct(0.81)],
    ],
  ],
  [
    'Workforce',
    [
      ['% Of Vacancy Rates', '-', pct(0.146, 1)],
      ['Number of vacancies (excludes vacancies under offer)', '-', 20],
      ['Current true vacancies (not backfilled)', '-', 3],
      ['Vacancies under offer', undefined, 5],
      ['% Of Sickness Rates (Absence Rate of rolling 12 months)', '-', pct(0.0554, 2)],
      ['% Of Agency workers', '-', pct(0.19)],
      ['No. of New starters', 1, 1],
      ['No. of Leavers', 2, 3],
      ['No. of Case Loads FTE', 15.6, undefined],
      ['Headcount Caseload Average', 15.2, undefined],
      ['Number of Social Workers with caseloads over 20', 11, undefined],
      ['Number of ASYE with caseloads over 20', 1, undefined],
      ['No. of permanent workers', '-', 152],
      ['100% ASYE complete induction', pct(1), pct(1)],
      ['100% ASYE have mentors', pct(1), pct(1)],
    ],
  ],
  [
    'Quality Assurance',
    [
      ['No. of dip samples', '-', undefined],
      ['No. of audits', 22, undefined],
      ['Number of Compliments (Year to date)', 85, 98],
      ['Number of Complaints (Year to date)', 25, 31],
      ['Child Protection conferences converted to ICPC', pct(0.36), undefined],
      ['ICPCs on time', pct(1), undefined],
    ],
  ],
];

/** Adds the sheet; returns the 1-based row of each section's header row (Measure | months | RAG). */
export function addTimeSeriesSheet(wb: Workbook, name = 'Performance Data', sections = SECTIONS): number[] {
  const ws = wb.addWorksheet(name);
  put(ws, 1, 1, 'RAG Guide');
  const guide: [string, string][] = [
    [FILL.green, 'Favourable'],
    [FILL.amber, 'On Track/Neutral'],
    [FILL.red, 'Unfavourable'],
    [FILL.grey, 'Not started'],
  ];
  guide.forEach(([colour, label], i) => {
    fill(put(ws, 2 + i, 1, null), colour);
    put(ws, 2 + i, 2, label);
  });
  put(ws, 7, 1, "Children's Social Care data is run mid-month to capture the previous months performance");
  bold(put(ws, 9, 1, 'Performance Data'), 12);
  ws.mergeCells(9, 1, 9, 10);
  let row = 10;
  const headerRows: number[] = [];
  for (const [title, rows] of sections) {
    const t = put(ws, row, 1, title);
    bold(t);
    fill(t, FILL.section);
    ws.mergeCells(row, 1, row, 10);
    row++;
    putRow(ws, row, ['Measure', ...MONTHS, 'RAG']).forEach((c) => {
      bold(c);
      fill(c, FILL.header);
      box(c);
    });
    headerRows.push(row);
    row++;
    for (const [measure, sep, oct] of rows) {
      putRow(ws, row, [measure, sep, oct]);
      for (let c = 1; c <= 10; c++) box(ws.getCell(row, c));
      row++;
    }
  }
  // Permanency: the seed's last section, headers only (nothing reported yet).
  bold(put(ws, row, 1, 'Permanency'));
  ws.mergeCells(row, 1, row, 10);
  putRow(ws, row + 1, ['Measure', ...MONTHS, 'RAG']).forEach((c) => bold(c));
  ws.getColumn(1).width = 58;
  for (let c = 2; c <= 10; c++) ws.getColumn(c).width = 11;
  landscape(ws);
  return headerRows;
}
