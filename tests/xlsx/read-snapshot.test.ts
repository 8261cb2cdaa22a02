import { Workbook } from 'exceljs';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { openWorkbook, saveWorkbook } from '../../src/xlsx/workbook-io';
import { cellPicture } from './workbook-compare';

async function roundTrip(wb: Workbook): Promise<Workbook> {
  return openWorkbook(await saveWorkbook(wb));
}

function sample(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('KPIs');
  // Used range starts at B2, as Office.js would report it.
  ws.getCell('B2').value = 'Measure';
  ws.getCell('C2').value = new Date(Date.UTC(2012, 5, 30));
  ws.getCell('C2').numFmt = 'dd/mm/yy';
  ws.getCell('D2').value = new Date(Date.UTC(2016, 3, 1));
  ws.getCell('D2').numFmt = 'mmm-yy';
  ws.getCell('B3').value = 'Rate';
  ws.getCell('C3').value = 0.25;
  ws.getCell('C3').numFmt = '0%';
  ws.getCell('D3').value = '1,305';
  ws.getCell('E3').value = true;
  ws.getCell('B4').value = { error: '#N/A' };
  ws.getCell('C4').value = { formula: 'C3*2', result: 0.5 };
  ws.getCell('D4').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('E4').value = { formula: 'C3+1' };
  ws.getCell('B5').value = { richText: [{ text: 'Rich ', font: { bold: true } }, { text: 'text' }] };
  ws.getCell('C5').value = { text: 'Link', hyperlink: 'https://example.org' };
  ws.getCell('D5').value = 1305;
  ws.getCell('D5').numFmt = '#,##0';
  ws.getCell('B7').value = 'Merged title';
  ws.mergeCells('B7:D7');
  return wb;
}

describe('readSnapshot', () => {
  it('converts every kind of ExcelJS value to the Office.js shape', async () => {
    const wb = await roundTrip(sample());
    const ws = wb.getWorksheet('KPIs');
    if (!ws) throw new Error('no sheet');
    const s = readSnapshot(ws);
    expect(s.name).toBe('KPIs');
    expect([s.top, s.left]).toEqual([1, 1]);
    expect(s.values).toEqual([
      ['Measure', 41090, 42461, ''],
      ['Rate', 0.25, '1,305', true],
      ['#N/A', 0.5, '#DIV/0!', ''],
      ['Rich text', 'Link', 1305, ''],
      ['', '', '', ''],
      ['Merged title', '', '', ''],
    ]);
    expect(s.numberFormats[0]).toEqual(['General', 'dd/mm/yy', 'mmm-yy', 'General']);
    expect(s.numberFormats[1][1]).toBe('0%');
    // ExcelJS keeps no display text; the core formats the cells it needs (checked in the detector tests).
    expect(s.texts).toBeUndefined();
    // C4:E4 are formulas (E4 without a cached result still counts: never write over it).
    expect(s.formulaRanges).toEqual([{ row: 3, col: 2, rowCount: 1, colCount: 3 }]);
    expect(s.merges).toEqual([{ row: 6, col: 1, rowCount: 1, colCount: 3 }]);
    expect(s.protected).toBe(false);
  });

  it('reads shared formulas as their cached results', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 4 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 6 };
    const back = (await roundTrip(wb)).getWorksheet('S');
    if (!back) throw new Error('no sheet');
    const s = readSnapshot(back);
    expect(s.values.map((r) => r[1])).toEqual([4, 6]);
    expect(s.formulaRanges).toEqual([
      { row: 0, col: 1, rowCount: 1, colCount: 1 },
      { row: 1, col: 1, rowCount: 1, colCount: 1 },
    ]);
  });

  it('reports an empty sheet as A1 holding "" and sees protection', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('Empty');
    await ws.protect('', {});
    const back = (await roundTrip(wb)).getWorksheet('Empty');
    if (!back) throw new Error('no sheet');
    const s = readSnapshot(back);
    expect(s.values).toEqual([['']]);
    expect(s.protected).toBe(true);
  });

  it('changes nothing in the workbook it reads', async () => {
    const wb = await roundTrip(sample());
    const before = cellPicture(wb);
    const ws = wb.getWorksheet('KPIs');
    if (!ws) throw new Error('no sheet');
    readSnapshot(ws);
    expect(cellPicture(wb)).toEqual(before);
  });
});
