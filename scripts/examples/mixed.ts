/**
 * Several layouts on one sheet (a register, a metric block and a card, with titles, notes and blank
 * rows between them), a time series on a second sheet, a protected register on a third, and a notes
 * sheet that Scorelight must leave exactly as it is.
 */
import type { Workbook } from 'exceljs';
import { CARDS, putCard } from './cards';
import { APRIL_2016, putBlock } from './metric-blocks';
import { REGISTER_HEADERS, REGISTER_ROWS } from './register';
import { bold, box, fill, FILL, put, putRow, utcDate } from './sheet-helpers';
import { addTimeSeriesSheet, SECTIONS } from './time-series';

export const MIXED_REGISTER_ROWS = REGISTER_ROWS.slice(1, 5);

export async function addMixedSheets(wb: Workbook): Promise<void> {
  const ws = wb.addWorksheet('Q2 pack');
  bold(put(ws, 1, 1, 'Children and adults: quarterly KPI pack'), 14);
  put(ws, 2, 1, 'Prepared by the Performance and Intelligence Team');
  putRow(ws, 4, REGISTER_HEADERS).forEach((c) => {
    bold(c);
    fill(c, FILL.header);
  });
  MIXED_REGISTER_ROWS.forEach((r, i) => putRow(ws, 5 + i, ['Child and Adult Social Care', ...r]));
  let row = 5 + MIXED_REGISTER_ROWS.length + 2;
  put(ws, row, 1, 'Note: figures for Q2 are provisional until validated.');
  row += 3;
  row = putBlock(ws, row, APRIL_2016[0]).next;
  row = putCard(ws, row, CARDS[4]).next;
  ws.getColumn(3).width = 48;

  addTimeSeriesSheet(wb, 'Workforce', [SECTIONS[2]]);

  const locked = wb.addWorksheet('Locked register');
  putRow(locked, 1, REGISTER_HEADERS).forEach((c) => bold(c));
  MIXED_REGISTER_ROWS.forEach((r, i) => putRow(locked, 2 + i, ['Child and Adult Social Care', ...r]));
  // No password: the point is the protection flag, which Excel and Office.js both honour.
  await locked.protect('', { selectLockedCells: true, selectUnlockedCells: true });

  const notes = wb.addWorksheet('Notes');
  bold(put(notes, 1, 1, 'Notes for the board'), 12);
  notes.mergeCells(1, 1, 1, 4);
  putRow(notes, 3, ['Quarter', 'Referrals', 'Re-referrals', 'Rate']);
  putRow(notes, 4, ['Q1', 1168, 239, { formula: 'C4/B4', result: 239 / 1168 }]);
  putRow(notes, 5, ['Q2', 1328, 370, { formula: 'C5/B5', result: 370 / 1328 }]);
  notes.getCell('D4').numFmt = '0.0%';
  notes.getCell('D5').numFmt = '0.0%';
  putRow(notes, 6, ['Total', { formula: 'SUM(B4:B5)', result: 2496 }, { formula: 'SUM(C4:C5)', result: 609 }]);
  put(notes, 8, 1, 'Next review');
  put(notes, 8, 2, utcDate(2020, 11, 30)).numFmt = 'd mmmm yyyy';
  put(notes, 9, 1, { richText: [{ text: 'Bold ', font: { bold: true } }, { text: 'and plain' }] } as unknown as string);
  put(notes, 10, 1, {
    text: 'Ofsted framework',
    hyperlink: 'https://www.gov.uk/government/organisations/ofsted',
  } as unknown as string);
  for (let r = 3; r <= 6; r++) for (let c = 1; c <= 4; c++) box(notes.getCell(r, c));
  notes.getColumn(1).width = 22;
}
