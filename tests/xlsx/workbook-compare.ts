/**
 * Test helper: a full, comparable picture of a workbook (every cell's value, formula, type and
 * style; every sheet's merges, widths, heights, views, protection), so a test can assert that
 * scoring changed nothing but the cells it planned.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Book } from '../../src/xlsx/book/book';

export type CellPicture = Record<string, string>;

function cellJson(cell: Cell): string {
  const v = cell.value;
  const value = v instanceof Date ? { date: v.toISOString() } : v;
  return JSON.stringify({ value, type: cell.type, formula: cell.formula ?? null, style: cell.style ?? {} });
}

/** Never-touched cells and cells ExcelJS creates empty on access look the same. */
const EMPTY = JSON.stringify({ value: null, type: 0, formula: null, style: {} });

export function cellPicture(wb: Workbook, skipSheets: string[] = []): CellPicture {
  const out: CellPicture = {};
  for (const ws of wb.worksheets) {
    if (skipSheets.includes(ws.name)) continue;
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        const json = cellJson(cell);
        if (json !== EMPTY) out[`${ws.name}!${cell.address}`] = json;
      });
    });
  }
  return out;
}

export function sheetPicture(ws: Worksheet): string {
  const cols: unknown[] = [];
  for (let c = 1; c <= Math.max(ws.columnCount, 20); c++) {
    const col = ws.getColumn(c);
    cols.push([col.width ?? null, col.hidden ?? false]);
  }
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => rows.push([n, row.height ?? null, row.hidden]));
  const merges = [...(ws.model.merges ?? [])].sort();
  return JSON.stringify({
    name: ws.name,
    state: ws.state,
    merges,
    cols,
    rows,
    views: ws.views,
    protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null,
    footer: ws.headerFooter,
  });
}

/** Keys ("Sheet!A1") whose picture differs between two workbooks' pictures. */
export function changedCells(before: CellPicture, after: CellPicture): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => (before[k] ?? EMPTY) !== (after[k] ?? EMPTY)).sort();
}

/**
 * A Book's picture: per sheet its name, visibility, protection, merges, widths and every cell (value,
 * formula, error, format index, our look); and what it would write when saved.
 */
export function bookPicture(book: Book): string {
  return JSON.stringify({
    changed: book.changed,
    sheets: book.sheets.map((ws) => ({
      name: ws.name,
      visibility: ws.visibility,
      protected: ws.protected,
      merges: ws.merges,
      footers: ws.footers,
      widths: [...ws.columnWidths],
      added: ws.addedColumnWidths,
      touched: [...ws.touched.keys()],
      rows: [...ws.rows].map(([r, line]) => [r, [...line]]),
    })),
  });
}
