/**
 * The package editor's pieces on small, exact inputs: escaping (checked by saxes, the parser that
 * reads it back), splicing cells into a sheet, appending styles, inserting sheets into the workbook.
 */
import fc from 'fast-check';
import { patchSheetXml, type CellEdit } from '../../src/xlsx/package/sheet-patch';
import { StylesPart } from '../../src/xlsx/package/styles-part';
import { editWorkbookXml } from '../../src/xlsx/package/workbook-part';
import { parseTree, scanXml } from '../../src/xlsx/package/xml-scan';
import { escapeAttr, escapeText, stripInvalidXmlChars } from '../../src/xlsx/package/xml-text';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function textOf(xml: string): string {
  let t = '';
  scanXml(xml, { text: (s) => (t += s) });
  return t;
}

describe('escaping', () => {
  it('any string survives as element text and as an attribute, minus what XML forbids', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const want = stripInvalidXmlChars(s);
        expect(textOf(`<t>${escapeText(s)}</t>`)).toBe(want);
        let attr = '';
        scanXml(`<a v="${escapeAttr(s)}"/>`, { open: (tag) => (attr = tag.attrs.v) });
        expect(attr).toBe(want);
      }),
      { numRuns: 100 },
    );
  });

  it('drops U+FFFE, U+FFFF, control characters and lone surrogates; keeps tabs, newlines and pairs', () => {
    expect(stripInvalidXmlChars('a\uFFFEb\uFFFFc\u0001d\uD800e\t\n😀')).toBe('abcde\t\n😀');
  });
});

const SHEET =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><dimension ref="A1:C3"/>` +
  '<sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"><f>SUM(A2:A3)</f><v>5</v></c></row>' +
  '<row r="3"><c r="A3"><v>2</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const keep = (base: number) => base;

describe('patchSheetXml', () => {
  const edit = (row: number, col: number, value: CellEdit['value']): CellEdit => ({ row, col, value, look: {} });

  it('inserts cells in column order, drops the stale spans hint, adds a missing row in order, grows the dimension', () => {
    const out = patchSheetXml(SHEET, { edits: [edit(0, 1, 'Red'), edit(1, 3, 'Green')] }, keep);
    expect(out).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">Red</t></is></c><c r="C1" s="2"><f>SUM(A2:A3)</f><v>5</v></c></row>',
    );
    expect(out).toContain(
      '<row r="2"><c r="D2" t="inlineStr"><is><t xml:space="preserve">Green</t></is></c></row><row r="3">',
    );
    expect(out).toContain('<dimension ref="A1:D3"/>');
    // Everything else is the source, byte for byte.
    expect(out.endsWith(SHEET.slice(SHEET.indexOf('</sheetData>')))).toBe(true);
  });

  it('replaces a cell whole; text that looks like a formula stays text; markup in text is escaped', () => {
    const out = patchSheetXml(SHEET, { edits: [edit(2, 0, '=1+1 <b>&')] }, keep);
    expect(out).toContain('<c r="A3" t="inlineStr"><is><t xml:space="preserve">=1+1 &lt;b&gt;&amp;</t></is></c>');
    expect(parseTree(out).root.name).toBe('worksheet');
    expect(out).not.toContain('<f>1+1');
  });

  it('a cleared cell keeps only its format, and its element even without one (cells after it may give no address)', () => {
    const out = patchSheetXml(SHEET, { edits: [edit(0, 0, null), edit(0, 2, null)] }, (base) => base + 10);
    expect(out).toContain('<row r="1" spans="1:3"><c r="A1" s="10"/><c r="C1" s="12"/></row>');
    expect(patchSheetXml(SHEET, { edits: [edit(2, 0, null)] }, keep)).toContain('<row r="3"><c r="A3"/></row>');
  });

  it('works on an empty <sheetData/> and on prefixed SpreadsheetML (x:)', () => {
    const empty = `<worksheet ${NS}><sheetData/></worksheet>`;
    expect(patchSheetXml(empty, { edits: [edit(4, 1, 7)] }, keep)).toBe(
      `<worksheet ${NS}><sheetData><row r="5"><c r="B5"><v>7</v></c></row></sheetData></worksheet>`,
    );
    const prefixed =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(patchSheetXml(prefixed, { edits: [edit(0, 1, 'Amber')] }, keep)).toContain(
      '<x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">Amber</x:t></x:is></x:c></x:row>',
    );
  });

  it('adds widths only for columns no <col> covers, in order', () => {
    const withCols = SHEET.replace(
      '<sheetData>',
      '<cols><col min="2" max="2" width="30" customWidth="1"/></cols><sheetData>',
    );
    const out = patchSheetXml(withCols, { edits: [], columnWidths: { 0: 12, 1: 14, 3: 16 } }, keep);
    expect(out).toContain(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/><col min="4" max="4" width="16" customWidth="1"/></cols>',
    );
    expect(patchSheetXml(SHEET, { edits: [], columnWidths: { 4: 20 } }, keep)).toContain(
      '<cols><col min="5" max="5" width="20" customWidth="1"/></cols><sheetData>',
    );
  });
});

const STYLES =
  `<styleSheet ${NS}><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><color rgb="FF9C0006"/><name val="Calibri"/></font></fonts>` +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="1" fillId="2" borderId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';

describe('StylesPart', () => {
  it('appends a format with our look, keeping number format and alignment, without renumbering any', () => {
    const styles = new StylesPart(STYLES);
    expect(styles.lookOf(1)).toEqual({ fill: '#FFC7CE', fontColor: '#9C0006', bold: true });
    expect(styles.withLook(1, { fill: '#FFC7CE', fontColor: '#9C0006', bold: true })).toBe(1);
    const green = styles.withLook(1, { fill: '#C6EFCE', fontColor: '#006100' });
    expect(green).toBe(2);
    expect(styles.withLook(1, { fill: '#C6EFCE', fontColor: '#006100' })).toBe(2);
    expect(styles.lookOf(green)).toEqual({ fill: '#C6EFCE', fontColor: '#006100' });
    const xml = styles.toXml();
    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf('<fonts')))).toBe(true);
    expect(xml).toContain('<cellXfs count="3">');
    expect(xml).toContain('numFmtId="10"');
    expect(xml).toContain('<alignment wrapText="1"/></xf></cellXfs>');
    // The old records are still first, in their order.
    expect(xml).toContain(
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="10" fontId="1" fillId="2" borderId="0" applyNumberFormat="1">',
    );
  });

  it('imports a format from another style sheet with its custom number format', () => {
    const scratch = new StylesPart(
      `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1"><font><i/><sz val="9"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    );
    const styles = new StylesPart(STYLES);
    const xf = styles.importXf(scratch, 0);
    expect(xf).toBe(2);
    const xml = styles.toXml();
    expect(xml).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts');
    expect(xml).toContain('<font><i/><sz val="9"/></font></fonts>');
  });
});

describe('editWorkbookXml', () => {
  const WB =
    `<workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="1"/></bookViews>` +
    '<sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId2"/></sheets>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$C$9</definedName></definedNames></workbook>';

  it('inserts a sheet after another and renumbers later positions', () => {
    const out = editWorkbookXml(
      WB,
      2,
      [{ after: 0, name: 'A summary', sheetId: 3, relId: 'rId9' }],
      [{ name: '_xlnm.Print_Titles', text: "'A summary'!$1:$2", sheet: 1 }],
      new Map(),
    );
    expect(out).toContain(
      '<sheet name="A" sheetId="1" r:id="rId1"/><sheet name="A summary" sheetId="3" r:id="rId9"/><sheet name="B"',
    );
    expect(out).toContain('<workbookView activeTab="2"/>');
    expect(out).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">B!$A$1:$C$9</definedName>');
    expect(out).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'A summary'!$1:$2</definedName>`);
  });
});
