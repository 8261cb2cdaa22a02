import { Workbook } from 'exceljs';
import type { BookSheet } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { bookFrom, xlsxBytes } from '../helpers/book';
import { editPart, partText } from './support/package-parts';
import { bookPicture } from './workbook-compare';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

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

/**
 * The sample's package as ExcelJS writes it (shared strings, rich text in the shared strings),
 * plus cells other tools write: a value left in a covered merged cell (C7), an inline rich string
 * (B9), a formula with a text result (C9), an ISO date cell (D9) and a formula with a boolean
 * result (E9).
 */
async function samplePackage(): Promise<Uint8Array> {
  return editPart(await xlsxBytes(sample()), 'xl/worksheets/sheet1.xml', (xml) =>
    xml
      .replace(/<c r="C7"([^>]*?)\/>/, '<c r="C7"$1 t="inlineStr"><is><t>hidden under the merge</t></is></c>')
      .replace(
        '</sheetData>',
        '<row r="9">' +
          '<c r="B9" t="inlineStr"><is><r><t xml:space="preserve">Inline </t></r><r><t>rich</t></r></is></c>' +
          '<c r="C9" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
          '<c r="D9" t="d"><v>2012-06-30T00:00:00</v></c>' +
          '<c r="E9" t="b"><f>1=2</f><v>0</v></c>' +
          '</row></sheetData>',
      ),
  );
}

async function sheetOf(bytes: Uint8Array, name: string): Promise<BookSheet> {
  const ws = (await openBook(bytes)).sheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('readSnapshot', () => {
  it('reads every kind of cell of a real package into the Office.js shape', async () => {
    const bytes = await samplePackage();
    // The strings really are shared (rich text among them) and B9 really is inline.
    expect(await partText(bytes, 'xl/sharedStrings.xml')).toMatch(/<r>.*Rich /);
    const s = readSnapshot(await sheetOf(bytes, 'KPIs'));
    expect(s.name).toBe('KPIs');
    expect([s.top, s.left]).toEqual([1, 1]);
    expect(s.values).toEqual([
      ['Measure', 41090, 42461, ''],
      ['Rate', 0.25, '1,305', true],
      ['#N/A', 0.5, '#DIV/0!', ''],
      ['Rich text', 'Link', 1305, ''],
      ['', '', '', ''],
      // C7 holds a value in the file, but it is covered by the merge: "" as Office.js gives it.
      ['Merged title', '', '', ''],
      ['', '', '', ''],
      ['Inline rich', 'ab', 41090, false],
    ]);
    expect(s.numberFormats[0]).toEqual(['General', 'dd/mm/yy', 'mmm-yy', 'General']);
    expect(s.numberFormats[1][1]).toBe('0%');
    expect(s.numberFormats[3][2]).toBe('#,##0');
    // No display text is read; the core formats the cells it needs (checked in the detector tests).
    expect(s.texts).toBeUndefined();
    // C4:E4 are formulas (E4 without a cached result still counts: never write over it); C9 and E9 too.
    expect(s.formulaRanges).toEqual([
      { row: 3, col: 2, rowCount: 1, colCount: 3 },
      { row: 8, col: 2, rowCount: 1, colCount: 1 },
      { row: 8, col: 4, rowCount: 1, colCount: 1 },
    ]);
    expect(s.merges).toEqual([{ row: 6, col: 1, rowCount: 1, colCount: 3 }]);
    expect(s.protected).toBe(false);
  });

  it('reads dates of a 1904 workbook as serials of that system', async () => {
    const wb = sample();
    wb.properties.date1904 = true;
    const bytes = await editPart(await xlsxBytes(wb), 'xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</sheetData>', '<row r="9"><c r="D9" t="d"><v>2012-06-30</v></c></row></sheetData>'),
    );
    expect(await partText(bytes, 'xl/workbook.xml')).toMatch(/date1904="1"/);
    const book = await openBook(bytes);
    expect(book.date1904).toBe(true);
    const ws = book.sheet('KPIs');
    if (!ws) throw new Error('no sheet');
    const s = readSnapshot(ws);
    expect(s.values[0]).toEqual(['Measure', 41090 - 1462, 42461 - 1462, '']);
    expect(s.values[7][2]).toBe(41090 - 1462);
  });

  it('reads shared formulas as their cached results', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('B1').value = { formula: 'A1*2', result: 4 };
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 6 };
    const bytes = await xlsxBytes(wb);
    // B1 is the shared formula's master, B2 refers to it.
    expect(await partText(bytes, 'xl/worksheets/sheet1.xml')).toMatch(/<c r="B2"[^>]*><f t="shared"[^>]*\/>/);
    const s = readSnapshot(await sheetOf(bytes, 'S'));
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
    const s = readSnapshot(await sheetOf(await xlsxBytes(wb), 'Empty'));
    expect(s.values).toEqual([['']]);
    expect(s.numberFormats).toEqual([['General']]);
    expect(s.protected).toBe(true);
  });

  it('changes nothing in the workbook it reads', async () => {
    const book = await openBook(await samplePackage());
    const other = await bookFrom(sample());
    const before = bookPicture(book);
    const ws = book.sheet('KPIs');
    if (!ws) throw new Error('no sheet');
    readSnapshot(ws);
    expect(bookPicture(book)).toEqual(before);
    expect(book.changed).toBe(false);
    expect(bookPicture(other)).not.toEqual(before);
  });
});
