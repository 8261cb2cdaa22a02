/**
 * The package reader on hand-written parts, in the forms other tools write them: shared and inline
 * strings (rich runs, phonetic guides), booleans, errors, ISO dates, cached formula results, prefixed
 * element names, cells without addresses, merges, protection, widths, the 1904 date system, chart
 * sheets, a sheet that cannot be parsed, and the cell cap.
 */
import JSZip from 'jszip';
import { NotAWorkbookError, openBook, TooLargeWorkbookError } from '../../src/xlsx/book/read-book';
import { displayText } from '../../src/core/format/display';
import { formatFacts } from '../../src/core/format/format-code';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { MAIN, pack } from './support/hand-package';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const sheet = (body: string, prefix = '') =>
  `<${prefix}worksheet xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${MAIN}"><${prefix}sheetData>${body}</${prefix}sheetData></${prefix}worksheet>`;

describe('openBook', () => {
  it('reads every kind of cell value as the engine expects it', async () => {
    const strings = `<sst xmlns="${MAIN}"><si><t>Plain</t></si><si><r><t>Rich </t></r><r><rPr><b/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si></sst>`;
    const body =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c></row>' +
      '<row r="2"><c r="A2"><v>42.5</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c><c r="D2" t="d"><v>2024-03-31</v></c></row>' +
      '<row r="3"><c r="A3"><f>1+1</f><v>2</v></c><c r="B3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="C3"><f t="shared" si="0" ref="C3:C4">A3*2</f><v>4</v></c><c r="D3"><f>NOW()</f></c></row>' +
      '<row r="4"><c r="C4"><f t="shared" si="0"/><v>8</v></c></row>';
    const book = await openBook(await pack([{ name: 'KPIs', xml: sheet(body) }], { strings }));
    const v = (a1: string) => book.view('KPIs', a1)?.value;
    expect([v('A1'), v('B1'), v('C1')]).toEqual(['Plain', 'Rich text', ' inline ']);
    expect([v('A2'), v('B2'), v('C2'), v('D2')]).toEqual([42.5, true, '#N/A', 45382]);
    expect([v('A3'), v('B3'), v('C3'), v('D3'), v('C4')]).toEqual([2, 'ab', 4, '', 8]);
    const ws = book.sheet('kpis');
    expect(ws?.cellAt(2, 2)?.formula).toBe(true);
    expect(ws?.cellAt(3, 2)?.formula).toBe(true);
    expect(ws?.cellAt(1, 2)?.error).toBe(true);
    const snap = readSnapshot(ws!);
    // Formula runs along a row are one range: A3:D3, and C4 alone.
    expect(snap.formulaRanges).toEqual([
      { row: 2, col: 0, rowCount: 1, colCount: 4 },
      { row: 3, col: 2, rowCount: 1, colCount: 1 },
    ]);
  });

  it('reads prefixed element names and cells and rows without addresses', async () => {
    const body =
      '<x:row><x:c t="inlineStr"><x:is><x:t>Name</x:t></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>9</x:v></x:c></x:row>';
    const book = await openBook(await pack([{ name: 'S', xml: sheet(body, 'x:') }]));
    expect(book.view('S', 'A1')?.value).toBe('Name');
    expect(book.view('S', 'B1')?.value).toBe(7);
    expect(book.view('S', 'C2')?.value).toBe(9);
  });

  it('reads merges, protection, widths, footers, visibility, 1904 dates and number formats', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="2"><font><sz val="11"/></font><font><b/><color rgb="FFC00000"/><sz val="11"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FF00B050"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0"/><xf numFmtId="14" fontId="1" fillId="2" borderId="0"/></cellXfs></styleSheet>`;
    const xml = `<worksheet xmlns="${MAIN}"><cols><col min="2" max="3" width="20" customWidth="1"/></cols><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title</t></is></c><c r="B1"/></row><row r="2"><c r="A2" s="1"><v>0.25</v></c><c r="B2" s="2"><v>0</v></c></row></sheetData><sheetProtection sheet="1"/><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><headerFooter><oddFooter>&amp;LMy footer</oddFooter></headerFooter></worksheet>`;
    const book = await openBook(
      await pack([{ name: 'S', xml, state: 'hidden' }], { styles, workbookPr: '<workbookPr date1904="1"/>' }),
    );
    const ws = book.sheet('S')!;
    expect(ws.visibility).toBe('hidden');
    expect(ws.protected).toBe(true);
    expect(ws.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 2 }]);
    expect(ws.mergedRole(0, 1)).toBe('covered');
    expect([...ws.columnWidths]).toEqual([
      [1, 20],
      [2, 20],
    ]);
    expect(ws.footers).toEqual(['&LMy footer']);
    expect(book.date1904).toBe(true);
    expect(book.view('S', 'A2')).toMatchObject({ value: 0.25, numberFormat: '0.0%' });
    expect(book.view('S', 'B2')).toMatchObject({
      numberFormat: 'mm-dd-yy',
      look: { fill: '#00B050', fontColor: '#C00000', bold: true },
    });
    const snap = readSnapshot(ws);
    expect(snap.protected).toBe(true);
    expect(snap.values).toEqual([
      ['Title', ''],
      [0.25, 0],
    ]);
  });

  it('leaves chart sheets out, skips a sheet it cannot parse with a warning, and reads the others', async () => {
    const book = await openBook(
      await pack([
        { name: 'Chart', xml: '<chartsheet/>', kind: 'chartsheet' },
        { name: 'Broken', xml: `<worksheet xmlns="${MAIN}"><sheetData><row><c>` },
        { name: 'Good', xml: sheet('<row r="1"><c r="A1"><v>1</v></c></row>') },
      ]),
    );
    expect(book.sheets.map((s) => s.name)).toEqual(['Good']);
    expect(book.warnings).toHaveLength(1);
    expect(book.warnings[0]).toMatch(/could not read the sheet "Broken"/);
  });

  it('refuses what is not a workbook, and counts cells against the cap as it reads', async () => {
    await expect(openBook(new TextEncoder().encode('hello'))).rejects.toBeInstanceOf(NotAWorkbookError);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    await expect(openBook(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(/no workbook part/);
    const rows = Array.from({ length: 30 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join(
      '',
    );
    const bytes = await pack([{ name: 'Big', xml: sheet(rows) }]);
    await expect(openBook(bytes, { maxCells: 30 })).resolves.toBeDefined();
    const err = await openBook(bytes, { maxCells: 29 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooLargeWorkbookError);
    expect((err as Error).message).toMatch(/more than 29 cells \(sheet "Big"/);
  });

  it('reads built-in currency and accounting formats (ids 5 to 8, 41 to 44) with their decimals', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="5"/><xf numFmtId="8"/><xf numFmtId="44"/></cellXfs></styleSheet>`;
    const body =
      '<row r="1"><c r="A1" s="1"><v>1305</v></c><c r="B1" s="2"><v>-2.5</v></c><c r="C1" s="3"><v>12.5</v></c></row>';
    const book = await openBook(await pack([{ name: 'S', xml: sheet(body) }], { styles }));
    expect(book.view('S', 'A1')?.numberFormat).toBe('"£"#,##0;\\-"£"#,##0');
    expect(displayText(1305, book.view('S', 'A1')!.numberFormat)).toBe('£1,305');
    expect(displayText(-2.5, book.view('S', 'B1')!.numberFormat)).toBe('-£2.50');
    expect(formatFacts(book.view('S', 'C1')!.numberFormat)).toMatchObject({ decimals: 2, grouping: true });
  });
});
