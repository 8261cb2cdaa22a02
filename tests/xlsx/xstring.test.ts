/**
 * Excel's `_xHHHH_` escape in cell text: read as Excel shows it, and written so that any text,
 * including a literal "_x0041_" or a control character, reads back exactly.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { openBook } from '../../src/xlsx/book/read-book';
import { readSharedStrings } from '../../src/xlsx/book/shared-strings';
import { decodeXstring, encodeXstring } from '../../src/xlsx/package/xstring';
import { escapeText } from '../../src/xlsx/package/xml-text';
import { localName, scanXml } from '../../src/xlsx/package/xml-scan';
import { savePackage } from '../../src/xlsx/workbook-io';

/** Text as an inline string cell, parsed back with saxes and decoded as the reader does. */
function roundTrip(text: string): string {
  const xml = `<is><t xml:space="preserve">${escapeText(encodeXstring(text))}</t></is>`;
  let read = '';
  let inT = false;
  scanXml(xml, {
    open: (tag) => void (inT = localName(tag.name) === 't'),
    close: () => void (inT = false),
    text: (t) => void (inT && (read += t)),
  });
  return decodeXstring(read);
}

describe('ST_Xstring escapes', () => {
  it('decodes what Excel writes: a carriage return, a tab, a literal escape', () => {
    expect(decodeXstring('Line one_x000D_\nLine two')).toBe('Line one\r\nLine two');
    expect(decodeXstring('a_x0009_b')).toBe('a\tb');
    expect(decodeXstring('_x005F_x0041_')).toBe('_x0041_');
    expect(decodeXstring('no escape _x12_ here')).toBe('no escape _x12_ here');
    const sst = readSharedStrings(
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Target_x000D_\n(revised)</t></si></sst>',
    );
    expect(sst).toEqual(['Target\r\n(revised)']);
  });

  it('writes overlapping literal escapes so that they read back the same', () => {
    // Found by the property below (seed -90508250): the second escape starts at the first's closing underscore.
    expect(roundTrip('_x0000_x0041_')).toBe('_x0000_x0041_');
    expect(roundTrip('_x005F_x0041_')).toBe('_x005F_x0041_');
    expect(roundTrip('__x0041_')).toBe('__x0041_');
  });

  it('writes any text so that it reads back the same', () => {
    const pieces = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('_x0041_', '_x005F_', '_x000D_', '_X00ff_', '\u0001', '\u001f', '\r\n', '\t', '_x', 'x_'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const text = parts.join('');
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('a workbook cell holding "_x0041_" and a control character survives a scoring save', async () => {
    const zip = new JSZip();
    const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    zip.file(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    zip.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    );
    zip.file(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>_x005F_x0041_ and _x0001_</t></is></c></row></sheetData></worksheet>`,
    );
    const book = await openBook(await zip.generateAsync({ type: 'uint8array' }));
    expect(book.view('S', 'A1')?.value).toBe('_x0041_ and \u0001');
    // Written back through the package writer (as undo would put it back), then read again.
    const ws = book.sheet('S')!;
    ws.cellFor(0, 1).value = String(book.view('S', 'A1')?.value);
    ws.touch({ row: 0, col: 1 });
    const again = await openBook(await savePackage(book));
    expect(again.view('S', 'B1')?.value).toBe('_x0041_ and \u0001');
  });
});
