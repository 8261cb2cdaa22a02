/**
 * The .xlsx writer, through a real save and reload: the sheet, its cells, page setup, the cell
 * chart, and ownership (ours is replaced; a user's sheet of the same name is never touched).
 */
import { Workbook, type Worksheet } from 'exceljs';
import { buildSummary } from '../../src/core/summary/build';
import { addSummarySheet } from '../../src/xlsx/summary-writer';
import { boardResult, boardRules } from './board-fixture';
import { SCORED_AT } from './fixtures';

async function reload(wb: Workbook): Promise<Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const again = new Workbook();
  await again.xlsx.load(buffer as unknown as Parameters<typeof again.xlsx.load>[0]);
  return again;
}

function sourceBook(): Workbook {
  const wb = new Workbook();
  wb.addWorksheet('Cover').getCell('A1').value = 'Cover';
  wb.addWorksheet('Children KPIs').getCell('A1').value = 'Indicator';
  wb.addWorksheet('Notes').getCell('A1').value = 'Notes';
  return wb;
}

function sheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('addSummarySheet (ExcelJS)', () => {
  const plan = buildSummary(boardResult(), boardRules(), SCORED_AT);

  test('round trip: every planned cell, as text or number, and no formula anywhere', async () => {
    const wb = sourceBook();
    expect(addSummarySheet(wb, boardResult(), boardRules(), SCORED_AT)).toEqual({ sheetName: 'Children KPIs summary' });
    const back = await reload(wb);
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
    const ws = sheet(await reload(addTo(sourceBook())), 'Children KPIs summary');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
    expect(texts).toEqual(
      expect.arrayContaining([
        '=Children in care per 10,000',
        '+Dental checks for children in care',
        '@Young people in education, employment or training',
      ]),
    );
    expect(ws.getCell('A30').value).toBe('=Children in care per 10,000');
    expect(ws.getCell('A30').type).toBe(3); // ValueType.String
  });

  test('page setup: A4 landscape, one page wide, title rows repeated, gridlines off, our footer', async () => {
    const ws = sheet(await reload(addTo(sourceBook())), 'Children KPIs summary');
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
    // Page breaks below the row before each section that starts a page.
    const written = sheet(addTo(sourceBook()), 'Children KPIs summary');
    expect(written.model.rowBreaks.map((b) => b.id)).toEqual(plan.print.breaks);
    expect(ws.getColumn(1).width).toBe(plan.columnWidths[0]);
    expect(ws.getRow(33).height).toBe(plan.rowHeights[32]);
  });

  test('styles: status fills, bold headers, merged title', async () => {
    const ws = sheet(await reload(addTo(sourceBook())), 'Children KPIs summary');
    expect(ws.getCell('D29').value).toBe('■ Red');
    expect(ws.getCell('D29').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('D29').font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(ws.getCell('A23').font).toMatchObject({ bold: true });
    expect(ws.getCell('H1').isMerged).toBe(true);
    expect(ws.getCell('H1').master.address).toBe('A1');
  });

  test('the chart is a bar of filled cells per status, longest for the largest count, with its share', async () => {
    const ws = sheet(await reload(addTo(sourceBook())), 'Children KPIs summary');
    const filled = (row: number) =>
      [3, 4, 5, 6, 7, 8].filter((c) => {
        const fill = ws.getCell(row, c).fill;
        return fill?.type === 'pattern' && fill.pattern === 'solid';
      }).length;
    // Green (2) fills the five bar columns; each count of 1 fills three (rounded half of five).
    expect(filled(15)).toBe(5);
    expect(ws.getCell(15, 3).fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    expect(filled(17)).toBe(3);
    expect(ws.getCell(17, 3).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell(15, 8).value).toBe('33%');
    expect(ws.getCell(17, 6).value).toBe('17%');
  });

  test('creating it again replaces our sheet in its place, also after save and reload', async () => {
    const wb = sourceBook();
    addSummarySheet(wb, boardResult(), boardRules(), SCORED_AT);
    const back = await reload(wb);
    // The user moves our summary to the end; a new summary stays where they put it.
    const ours = sheet(back, 'Children KPIs summary') as unknown as { orderNo: number };
    ours.orderNo = 99;
    expect(addSummarySheet(back, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary',
    });
    const again = await reload(back);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Cover', 'Children KPIs', 'Notes', 'Children KPIs summary']);
    expect(sheet(again, 'Children KPIs summary').getCell('A1').value).toBe('Performance indicators: Children KPIs');
  });

  test('a sheet of the user\'s with the name is never replaced: "(2)"', async () => {
    const wb = sourceBook();
    const mine = wb.addWorksheet('Children KPIs summary');
    mine.getCell('A1').value = 'My own notes';
    expect(addSummarySheet(wb, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary (2)',
    });
    const back = await reload(wb);
    expect(sheet(back, 'Children KPIs summary').getCell('A1').value).toBe('My own notes');
    expect(sheet(back, 'Children KPIs summary (2)').getCell('A1').value).toBe('Performance indicators: Children KPIs');
    // Again: our "(2)" is replaced, the user's sheet still untouched.
    expect(addSummarySheet(back, boardResult(), boardRules(), SCORED_AT)).toEqual({
      sheetName: 'Children KPIs summary (2)',
    });
    expect(back.worksheets.filter((w) => w.name.startsWith('Children KPIs summary'))).toHaveLength(2);
  });

  test('a summary of another sheet whose name shortens the same way is not replaced', () => {
    const wb = new Workbook();
    const a = 'Children and Young People Q2 data';
    const b = 'Children and Young People Q3 data';
    wb.addWorksheet(a);
    wb.addWorksheet(b);
    const ra = boardResult();
    const rb = boardResult();
    ra.sheet = a;
    rb.sheet = b;
    expect(addSummarySheet(wb, ra, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary');
    expect(addSummarySheet(wb, rb, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary (2)');
    expect(addSummarySheet(wb, ra, boardRules(), SCORED_AT).sheetName).toBe('Children and Young summary');
    expect(wb.worksheets).toHaveLength(4);
  });
});

function addTo(wb: Workbook): Workbook {
  addSummarySheet(wb, boardResult(), boardRules(), SCORED_AT);
  return wb;
}
