import type { Worksheet } from 'exceljs';
import { Workbook as ExcelWorkbook } from 'exceljs';
import type { WritePlan } from '../../src/core/plan/types';
import type { WorkbookState } from '../../src/core/state/types';
import { applyPlan } from '../../src/xlsx/apply-plan';
import type { Book, BookSheet } from '../../src/xlsx/book/book';
import { bookFrom, exceljsFrom, reopen, valueAt } from '../helpers/book';
import { bookPicture, cellPicture, changedCells, sheetPicture } from './workbook-compare';

// Each test reads or writes real workbooks: seconds each on a loaded 1-core machine, not jest's 5.
jest.setTimeout(60_000);

const EMPTY_STATE: WorkbookState = { version: 1, sheets: {} };

/** A small table whose cells share style ids once read back from a file, as real workbooks do. */
async function table(): Promise<Book> {
  const wb = new ExcelWorkbook();
  const ws = wb.addWorksheet('KPIs');
  const font = { name: 'Arial', size: 10, italic: true };
  const header = ['KPI', 'Target', 'Actual', 'RAG'];
  header.forEach((h, i) => {
    const c = ws.getCell(1, i + 1);
    c.value = h;
    c.font = { name: 'Arial', size: 10, bold: true };
  });
  const rows: [string, number, number][] = [
    ['=1+1', 0.25, 0.2],
    ['+44 calls answered', 0.5, 0.4],
    ['@x', 10, 12],
  ];
  rows.forEach((r, i) => {
    r.forEach((v, j) => {
      const c = ws.getCell(2 + i, 1 + j);
      c.value = v;
      c.font = font;
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
    });
    // The RAG cells carry the same style as the rest of the row.
    const rag = ws.getCell(2 + i, 4);
    rag.font = font;
    rag.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });
  ws.getCell('B6').value = { formula: 'B2+B3', result: 0.75 };
  ws.getCell('A8').value = 'Merged';
  ws.mergeCells('A8:C8');
  ws.getColumn(1).width = 30;
  return bookFrom(wb);
}

function sheet(book: Book, name = 'KPIs'): BookSheet {
  const ws = book.sheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The sheet as another program reads it from the saved package. */
async function saved(book: Book, name = 'KPIs'): Promise<Worksheet> {
  const ws = (await exceljsFrom(book)).getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function plan(partial: Partial<WritePlan>): WritePlan {
  return {
    sheet: 'KPIs',
    writes: [],
    styles: {},
    clears: [],
    owned: [],
    columnWidths: {},
    undo: [],
    blocked: false,
    ...partial,
  };
}

/** ExcelJS reads "no fill" back from a file as a pattern of none. */
function noFill(fill: unknown): boolean {
  return fill === undefined || (fill as { pattern?: string }).pattern === 'none';
}

const GREEN = { fill: '#00B050', fontColor: '#FFFFFF', bold: true };

describe('applyPlan', () => {
  it('writes text as text, with our fill and font colour, keeping the rest of the font', async () => {
    const wb = await table();
    const ws = sheet(wb);
    const before = cellPicture(await exceljsFrom(wb));
    const p = plan({
      writes: [
        { cell: { row: 1, col: 3 }, text: 'GREEN', style: 'status:GREEN', role: 'status' },
        { cell: { row: 2, col: 3 }, text: '=1+1', style: 'variance', role: 'variance' },
        { cell: { row: 3, col: 3 }, text: '+44 calls', style: 'variance', role: 'variance' },
        { cell: { row: 1, col: 4 }, text: '-0.05 below', style: 'variance', role: 'variance' },
      ],
      styles: { 'status:GREEN': GREEN, variance: {} },
      owned: ['D2', 'D3', 'D4', 'E2'],
      columnWidths: { 4: 50, 0: 99 },
      undo: [
        { cell: { row: 1, col: 3 }, value: '', numberFormat: 'General' },
        { cell: { row: 2, col: 3 }, value: '', numberFormat: 'General' },
      ],
    });
    const out = applyPlan(ws, p, EMPTY_STATE, new Date('2020-10-01T09:00:00Z'));
    expect(out.written).toBe(true);
    expect(out.skipped).toEqual([]);

    // In the Book: text as text, our look.
    expect(valueAt(wb, 'KPIs', 'D3')).toBe('=1+1');
    expect(wb.view('KPIs', 'D3')?.formula).toBe(false);
    expect(wb.view('KPIs', 'D2')?.look).toEqual({ fill: '#00B050', fontColor: '#FFFFFF', bold: true });
    // And once saved and read again, by us and by another program.
    const again = await reopen(wb);
    expect(valueAt(again, 'KPIs', 'D3')).toBe('=1+1');
    expect(again.view('KPIs', 'D3')?.formula).toBe(false);
    const back = await saved(wb);
    for (const [a1, text] of [
      ['D2', 'GREEN'],
      ['D3', '=1+1'],
      ['D4', '+44 calls'],
      ['E2', '-0.05 below'],
    ] as const) {
      const c = back.getCell(a1);
      expect(c.value).toBe(text);
      expect(c.type).toBe(3); // ValueType.String
      expect(c.formula).toBeUndefined();
    }
    const d2 = back.getCell('D2');
    // Written as Excel writes a solid fill (with bgColor indexed 64, "automatic").
    expect(d2.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } });
    expect(d2.font).toMatchObject({ name: 'Arial', size: 10, italic: true, bold: true, color: { argb: 'FFFFFFFF' } });
    // An unstyled plan style means no fill and no colour of ours, the font otherwise kept.
    expect(noFill(back.getCell('D3').fill)).toBe(true);
    expect(back.getCell('D3').font).toMatchObject({ name: 'Arial', size: 10, italic: true });
    expect(back.getCell('D3').font?.bold).toBeUndefined();

    // Width only for the added column that had none; column A keeps the user's 30.
    expect(back.getColumn(5).width).toBe(50);
    expect(back.getColumn(1).width).toBe(30);

    // Every other cell (including those that shared D2's style) is as it was.
    const after = cellPicture(back.workbook);
    expect(changedCells(before, after)).toEqual(['KPIs!D2', 'KPIs!D3', 'KPIs!D4', 'KPIs!E2']);

    const s = out.state.sheets.KPIs;
    expect(s.owned).toEqual(['D2', 'D3', 'D4', 'E2']);
    expect(s.scoredAt).toBe('2020-10-01T09:00:00.000Z');
    expect(s.undo).toEqual([
      { cell: { row: 1, col: 3 }, value: '', numberFormat: 'General', style: { fill: '#EEEEEE' } },
      { cell: { row: 2, col: 3 }, value: '', numberFormat: 'General', style: { fill: '#EEEEEE' } },
    ]);
  });

  it('clears our old cells: value, fill, colour and bold', async () => {
    const wb = await table();
    const ws = sheet(wb);
    applyPlan(
      ws,
      plan({
        writes: [{ cell: { row: 1, col: 3 }, text: 'RED', style: 's', role: 'status' }],
        styles: { s: GREEN },
        owned: ['D2'],
      }),
      EMPTY_STATE,
    );
    applyPlan(ws, plan({ clears: [{ row: 1, col: 3 }] }), EMPTY_STATE);
    expect(valueAt(wb, 'KPIs', 'D2')).toBe('');
    expect(wb.view('KPIs', 'D2')?.look).toEqual({});
    const c = (await saved(wb)).getCell('D2');
    expect(c.value).toBeNull();
    expect(noFill(c.fill)).toBe(true);
    expect(c.font).toMatchObject({ name: 'Arial', size: 10, italic: true });
    expect(c.font?.color).toBeUndefined();
    expect(c.font?.bold).toBeUndefined();
  });

  it('writes nothing for a blocked plan', async () => {
    const wb = await table();
    const before = cellPicture(await exceljsFrom(wb));
    const beforeSheet = sheetPicture(await saved(wb));
    const beforeBook = bookPicture(wb);
    const out = applyPlan(
      sheet(wb),
      plan({
        blocked: true,
        writes: [{ cell: { row: 1, col: 3 }, text: 'RED', style: 's', role: 'status' }],
        styles: { s: GREEN },
        columnWidths: { 5: 40 },
      }),
      EMPTY_STATE,
    );
    expect(out).toEqual({ state: EMPTY_STATE, written: false, skipped: [] });
    expect(bookPicture(wb)).toBe(beforeBook);
    expect(wb.changed).toBe(false);
    expect(cellPicture(await exceljsFrom(wb))).toEqual(before);
    expect(sheetPicture(await saved(wb))).toBe(beforeSheet);
  });

  it('never writes into a formula or the covered part of a merged area', async () => {
    const wb = await table();
    const before = cellPicture(await exceljsFrom(wb));
    const beforeBook = bookPicture(wb);
    const out = applyPlan(
      sheet(wb),
      plan({
        writes: [
          { cell: { row: 5, col: 1 }, text: 'GREEN', style: 's', role: 'status' },
          { cell: { row: 7, col: 1 }, text: 'GREEN', style: 's', role: 'status' },
        ],
        styles: { s: GREEN },
        owned: ['B6', 'B8'],
      }),
      EMPTY_STATE,
    );
    expect(out.skipped.sort()).toEqual(['B6', 'B8']);
    expect(out.state.sheets.KPIs.owned).toEqual([]);
    expect(bookPicture(wb)).toBe(beforeBook);
    expect(cellPicture(await exceljsFrom(wb))).toEqual(before);
  });
});
