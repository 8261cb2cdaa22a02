/**
 * The .xlsx writer, through a real save and reload: the sheet, its cells, page setup, the cell
 * chart, and ownership (ours is replaced; a user's sheet of the same name is never touched).
 * Source workbooks are made with ExcelJS and read as a Book; the saved package is read back by
 * ExcelJS, as another program would read it.
 */
import { Workbook, type Worksheet } from 'exceljs';
import type { Book } from '../../src/xlsx/book/book';
import { openBook } from '../../src/xlsx/book/read-book';
import { buildSummary } from '../../src/core/summary/build';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { savePackage } from '../../src/xlsx/workbook-io';
import { bookFrom, exceljsFrom, reopen, sheetNames, valueAt, xlsxBytes } from '../helpers/book';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';
import { rowBreakIds, sheetPartXml } from './support/sheet-part';

function sourceWorkbook(): Workbook {
  const wb = new Workbook();
  wb.addWorksheet('Cover').getCell('A1').value = 'Cover';
  wb.addWorksheet('Children KPIs').getCell('A1').value = 'Indicator';
  wb.addWorksheet('Notes').getCell('A1').value = 'Notes';
  return wb;
}

/** The source workbook as the host reads it. */
async function sourceBook(wb: Workbook = sourceWorkbook()): Promise<Book> {
  return bookFrom(wb);
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('addSummarySheet (.xlsx)', () => {
  const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);

  test('round trip: every planned cell, as text or number, and no formula anywhere', async () => {
    const book = await sourceBook();
    expect(addSummarySheet(book, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary',
    });
    const back = await exceljsFrom(book);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Cover', 'Children KPIs', 'Children KPIs summary', 'Notes']);
    const ws = sheet(back, 'Children KPIs summary');
    // Cells inside a merge (other than its first) are planned empty: skip them with the empties.
    for (const c of plan.cells.filter((x) => x.value !== '')) {
      const { value, numFmt } = ws.getCell(c.row + 1, c.col + 1);
      expect(value).toEqual(c.value);
      expect(numFmt).toBe(c.numberFormat);
    }
    let formulas = 0;
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.formula || cell.type === 6 /* ValueType.Formula */) formulas++;
      }),
    );
    expect(formulas).toBe(0);
  });

  test('names beginning with = + - @ stay text', async () => {
    const ws = sheet(await exceljsFrom(await addTo()), 'Children KPIs summary');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        '=Children in care per 10,000',
        '+Dental checks for children in care',
        '@Young people in education, employment or training',
      ]),
    );
    expect(ws.getCell('A31').value).toBe('=Children in care per 10,000');
    expect(ws.getCell('A31').type).toBe(3); // ValueType.String
  });

  test('page setup: A4 landscape, one page wide, title rows repeated, gridlines off, our footer', async () => {
    const book = await addTo();
    const ws = sheet(await exceljsFrom(book), 'Children KPIs summary');
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      showGridLines: false,
      printTitlesRow: '1:2',
    });
    expect(ws.views[0]).toMatchObject({ showGridLines: false });
    expect(ws.headerFooter.oddFooter).toBe(
      '&LScorelight board summary: Children KPIs&CQuarter 2 2020/21 (July to September 2020)&RPage &P of &N',
    );
    // Page breaks below the row before each section that starts a page (ExcelJS does not read row
    // breaks back: read them from the saved sheet part).
    expect(plan.print.breaks.length).toBeGreaterThan(0);
    expect(rowBreakIds(await sheetPartXml(await savePackage(book), 'Children KPIs summary'))).toEqual(
      plan.print.breaks,
    );
    expect(ws.getColumn(1).width).toBe(plan.columnWidths[0]);
    expect(ws.getRow(34).height).toBe(plan.rowHeights[33]);
  });

  test('styles: status fills, bold headers, merged title', async () => {
    const ws = sheet(await exceljsFrom(await addTo()), 'Children KPIs summary');
    expect(ws.getCell('D30').value).toBe('■ Red');
    expect(ws.getCell('D30').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('D30').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(ws.getCell('A24').font).toMatchObject({ bold: true });
    expect(ws.getCell('H1').isMerged).toBe(true);
    expect(ws.getCell('H1').master.address).toBe('A1');
  });

  test('the chart is a bar of filled cells per status, longest for the largest count; the caption gives the numbers', async () => {
    const ws = sheet(await exceljsFrom(await addTo()), 'Children KPIs summary');
    const filled = (row: number) =>
      [3, 4, 5, 6, 7, 8].filter((c) => {
        const fill = ws.getCell(row, c).fill;
        return fill?.type === 'pattern' && fill.pattern === 'solid';
      }).length;
    // Green (2) fills the six bar columns; each count of 1 fills three. Bars take the status's
    // strong (text) colour, which keeps 3:1 on the white page.
    expect(filled(15)).toBe(6);
    expect(ws.getCell(15, 3).fill).toMatchObject({ fgColor: { argb: 'FF006100' } });
    expect(filled(17)).toBe(3);
    expect(ws.getCell(17, 3).fill).toMatchObject({ fgColor: { argb: 'FF9C0006' } });
    // No text beside the counts table: the caption under it says what the bars show.
    for (let c = 3; c <= 8; c++) expect(ws.getCell(15, c).value).toBeNull();
    expect(ws.getCell('A21').value).toBe(
      'Chart: Indicators by status, one bar per status. ● Green 2 (33%); ▲ Amber 1 (17%); ■ Red 1 (17%); ○ No data 1 (17%); ◇ No target 1 (17%). Total 6 indicators.',
    );
  });

  test('data regions are real Excel tables with header rows; title and language are set', async () => {
    const back = await exceljsFrom(await addTo());
    const ws = sheet(back, 'Children KPIs summary');
    const tables = ws
      .getTables()
      .map((t) => (t as unknown as { table: { name: string; tableRef: string; headerRow: boolean } }).table);
    expect(tables.map((t) => [t.name, t.tableRef, t.headerRow])).toEqual([
      ['Indicators_by_status_Children_KPIs', 'A14:B19', true],
      ['Performing_well_Children_KPIs', 'A24:F26', true],
      ['Areas_for_focus_Children_KPIs', 'A29:F31', true],
      ['Quarter_on_quarter_Children_KPIs', 'A34:H38', true],
      ['Not_rated_Children_KPIs', 'A42:F44', true],
    ]);
    // The header cells keep the plan's look and text.
    expect(ws.getCell('A24').value).toBe('Indicator');
    expect(ws.getCell('A24').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(back.title).toBe('Performance indicators: Children KPIs, Quarter 2 2020/21 (July to September 2020)');
    expect((back as unknown as { language: string }).language).toBe('en-GB');
    // No merged cell inside any table.
    for (const t of tables) {
      const [from, to] = t.tableRef.split(':');
      const r0 = Number(ws.getCell(from).row);
      const r1 = Number(ws.getCell(to).row);
      for (let r = r0; r <= r1; r++) for (let c = 1; c <= 8; c++) expect(ws.getCell(r, c).isMerged).toBe(false);
    }
  });

  test('a title the user gave the workbook is kept; table names stay unique in the workbook', async () => {
    const wb = sourceWorkbook();
    wb.title = 'Quarterly pack';
    const book = await sourceBook(wb);
    const other = boardResult();
    // Another sheet whose name cleans to the same table names: the second set gets "_2".
    other.sheet = 'Children-KPIs';
    addSummarySheet(book, boardResult(), boardRules(), SCORED_AT);
    addSummarySheet(book, other, boardRules(), SCORED_AT);
    const back = await exceljsFrom(book);
    expect(back.title).toBe('Quarterly pack');
    const names = back.worksheets.flatMap((w) =>
      w.getTables().map((t) => (t as unknown as { table: { name: string } }).table.name),
    );
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Performing_well_Children_KPIs', 'Performing_well_Children_KPIs_2']));
  });

  test('creating it again replaces our sheet in its place, also after save and reload', async () => {
    const book = await sourceBook();
    addSummarySheet(book, boardResult(), boardRules(), SCORED_AT);
    // The user moves our summary to the end (in another program); a new summary stays where they put it.
    const moved = await exceljsFrom(book);
    const ours = sheet(moved, 'Children KPIs summary') as unknown as { orderNo: number };
    ours.orderNo = 99;
    const back = await openBook(await xlsxBytes(moved));
    expect(sheetNames(back)).toEqual(['Cover', 'Children KPIs', 'Notes', 'Children KPIs summary']);
    expect(addSummarySheet(back, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary',
    });
    expect(sheetNames(back)).toEqual(['Cover', 'Children KPIs', 'Notes', 'Children KPIs summary']);
    const again = await exceljsFrom(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Cover', 'Children KPIs', 'Notes', 'Children KPIs summary']);
    expect(sheet(again, 'Children KPIs summary').getCell('A1').value).toBe('Performance indicators: Children KPIs');
  });

  test('a sheet of the user\'s with the name is never replaced: "(2)"', async () => {
    const wb = sourceWorkbook();
    const mine = wb.addWorksheet('Children KPIs summary');
    mine.getCell('A1').value = 'My own notes';
    const book = await sourceBook(wb);
    expect(addSummarySheet(book, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary (2)',
    });
    const back = await reopen(book);
    expect(valueAt(back, 'Children KPIs summary', 'A1')).toBe('My own notes');
    expect(valueAt(back, 'Children KPIs summary (2)', 'A1')).toBe('Performance indicators: Children KPIs');
    // Again: our "(2)" is replaced, the user's sheet still untouched.
    expect(addSummarySheet(back, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary (2)',
    });
    expect(sheetNames(back).filter((n) => n.startsWith('Children KPIs summary'))).toHaveLength(2);
    const saved = await exceljsFrom(back);
    expect(saved.worksheets.filter((w) => w.name.startsWith('Children KPIs summary'))).toHaveLength(2);
    expect(sheet(saved, 'Children KPIs summary').getCell('A1').value).toBe('My own notes');
    expect(sheet(saved, 'Children KPIs summary (2)').getCell('A1').value).toBe('Performance indicators: Children KPIs');
  });

  test('a summary of another sheet whose name shortens the same way is not replaced', async () => {
    const wb = new Workbook();
    const a = 'Children and Young People Q2 data';
    const b = 'Children and Young People Q3 data';
    wb.addWorksheet(a);
    wb.addWorksheet(b);
    const book = await bookFrom(wb);
    const ra = boardResult();
    const rb = boardResult();
    ra.sheet = a;
    rb.sheet = b;
    expect(addSummarySheet(book, ra, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary');
    expect(addSummarySheet(book, rb, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary (2)');
    expect(addSummarySheet(book, ra, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary');
    expect(book.sheets).toHaveLength(4);
  });
});

async function addTo(): Promise<Book> {
  const book = await sourceBook();
  addSummarySheet(book, boardResult(), boardRules(), SCORED_AT);
  return book;
}
