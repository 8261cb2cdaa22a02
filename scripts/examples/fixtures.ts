/** Awkward inputs for the CLI and host tests (tests/fixtures/xlsx). */
import type { Workbook } from 'exceljs';
import { REGISTER_HEADERS } from './register';
import { pct, put, putRow } from './sheet-helpers';

/** Deterministic bytes (a small LCG) so the fixture is the same on every run. */
export function corruptBytes(length = 2048): Uint8Array {
  const out = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = (x >>> 16) & 0xff;
  }
  // A zip signature first, so the file looks like an .xlsx until it is opened.
  out.set([0x50, 0x4b, 0x03, 0x04], 0);
  return out;
}

export function addEmptySheet(wb: Workbook): void {
  wb.addWorksheet('Sheet1');
}

/** A register whose actuals are errors or formulas, as exported sheets often are. */
export function addErrorsSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('Errors');
  putRow(ws, 1, ['Performance Measure (Indicator)', 'Target', 'Numerator', 'Denominator', 'Actual', 'RAG']);
  putRow(ws, 2, ['Referrals with no further action', pct(0.25), 40, 200, { formula: 'C2/D2', result: 0.2 }]);
  ws.getCell('E2').numFmt = '0%';
  putRow(ws, 3, ['Assessments in timescale', pct(0.8), 30, 0, { formula: 'C3/D3', result: { error: '#DIV/0!' } }]);
  putRow(ws, 4, ['Reviews on time', pct(0.9), null, null, { error: '#N/A' }]);
  putRow(ws, 5, [
    'Visits within 28 days',
    { formula: '0.5+0.4', result: 0.9 },
    45,
    50,
    { formula: 'C5/D5', result: 0.9 },
  ]);
  ws.getCell('B5').numFmt = '0%';
  ws.getCell('E5').numFmt = '0%';
  putRow(ws, 6, [
    'Open cases per 10,000',
    40,
    null,
    null,
    { formula: 'VLOOKUP("x",H1:I2,2,FALSE)', result: { error: '#N/A' } },
  ]);
  put(ws, 7, 1, 'Status already set by a formula');
  put(ws, 7, 2, 50);
  put(ws, 7, 5, 45);
  put(ws, 7, 6, { formula: 'IF(E7>=B7,"GREEN","RED")', result: 'RED' });
}

export async function addProtectedSheet(wb: Workbook): Promise<void> {
  const ws = wb.addWorksheet('Protected KPIs');
  putRow(ws, 1, REGISTER_HEADERS);
  putRow(ws, 2, [null, 'Objective', 'Increase of foster carers', 3, 2, 'Annually', 'Currently 2 foster families']);
  putRow(ws, 3, [
    null,
    'Objective',
    "Percentage per demographic of cases open to Children's social care",
    pct(0.12),
    pct(0.13),
    'Quarterly',
    '13% per population',
  ]);
  await ws.protect('', {});
}
