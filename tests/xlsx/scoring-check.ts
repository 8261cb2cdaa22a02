/**
 * Test helper: checks a scored workbook against the plans that produced it, cell by cell: each
 * write holds its text as a string with the planned fill/bold/colour, every other cell of the
 * user's is exactly as it was, and sheet-level settings (merges, widths, views) are unchanged.
 * Workbooks here are packages as ExcelJS reads them (the file before scoring, and the saved Book
 * from `exceljsFrom`), as another program would see them.
 */
import type { Cell, Workbook } from 'exceljs';
import { toA1 } from '../../src/core/a1';
import type { CellStyle } from '../../src/core/cell-style';
import type { SheetResult } from '../../src/core/pipeline';
import { STATE_SHEET_NAME } from '../../src/core/state/types';
import { cellPicture, changedCells, type CellPicture } from './workbook-compare';

/** "AARRGGBB" (or "RRGGBB") to "#RRGGBB"; undefined when not a plain RGB colour (theme, indexed). */
function argbToHex(argb: string | undefined): string | undefined {
  if (!argb || !/^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

/**
 * The part of a cell's look Scorelight owns (solid fill, font colour, bold) as ExcelJS reads it
 * from a saved file, in the plan's terms ("#RRGGBB").
 */
export function lookOfCell(cell: Cell | undefined): CellStyle {
  const out: CellStyle = {};
  if (!cell) return out;
  const fill = cell.style?.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const hex = argbToHex(fill.fgColor?.argb);
    if (hex) out.fill = hex;
  }
  const font = cell.style?.font;
  const color = argbToHex(font?.color?.argb);
  if (color) out.fontColor = color;
  if (font?.bold) out.bold = true;
  return out;
}

export interface Before {
  cells: CellPicture;
  sheets: Record<string, string>;
  widths: Record<string, (number | null)[]>;
}

function sheetSettings(wb: Workbook): { sheets: Record<string, string>; widths: Record<string, (number | null)[]> } {
  const sheets: Record<string, string> = {};
  const widths: Record<string, (number | null)[]> = {};
  for (const ws of wb.worksheets) {
    if (ws.name === STATE_SHEET_NAME) continue;
    const heights: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      if (row.height !== undefined || row.hidden) heights.push([n, row.height ?? null, row.hidden]);
    });
    sheets[ws.name] = JSON.stringify({
      state: ws.state,
      merges: [...(ws.model.merges ?? [])].sort(),
      heights,
      views: ws.views,
      protection: (ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null,
      footer: ws.headerFooter,
      // ExcelJS itself turns useFirstPageNumber on when it writes firstPageNumber back: not ours.
      pageSetup: { ...ws.pageSetup, useFirstPageNumber: undefined },
    });
    widths[ws.name] = [];
    for (let c = 1; c <= 30; c++) widths[ws.name].push(ws.getColumn(c).width ?? null);
  }
  return { sheets, widths };
}

export function takeBefore(wb: Workbook): Before {
  return { cells: cellPicture(wb, [STATE_SHEET_NAME]), ...sheetSettings(wb) };
}

/** The user's workbook is untouched except the cells the plans wrote or cleared. */
export function expectOnlyPlannedChanges(
  before: Before,
  wb: Workbook,
  results: SheetResult[],
  written: string[],
): void {
  const allowed = new Set<string>();
  for (const r of results) {
    if (!written.includes(r.sheet)) continue;
    for (const w of r.plan.writes) allowed.add(`${r.sheet}!${toA1(w.cell)}`);
    for (const c of r.plan.clears) allowed.add(`${r.sheet}!${toA1(c)}`);
  }
  const changed = changedCells(before.cells, cellPicture(wb, [STATE_SHEET_NAME]));
  expect(changed.filter((k) => !allowed.has(k))).toEqual([]);
  const now = sheetSettings(wb);
  expect(now.sheets).toEqual(before.sheets);
  for (const r of results) {
    const added = written.includes(r.sheet) ? r.plan.columnWidths : {};
    const expected = before.widths[r.sheet].map((w, i) => (w === null && added[i] !== undefined ? added[i] : w));
    expect(now.widths[r.sheet]).toEqual(expected);
  }
  for (const name of Object.keys(before.widths)) {
    if (!results.some((r) => r.sheet === name)) expect(now.widths[name]).toEqual(before.widths[name]);
  }
}

/** Every planned write is in the workbook as text, with the planned look. */
export function expectWritesApplied(wb: Workbook, result: SheetResult): void {
  const ws = wb.getWorksheet(result.sheet);
  if (!ws) throw new Error(`no sheet ${result.sheet}`);
  for (const w of result.plan.writes) {
    const cell = ws.getCell(w.cell.row + 1, w.cell.col + 1);
    const where = `${result.sheet}!${toA1(w.cell)}`;
    expect({ where, value: cell.value, formula: cell.formula ?? null }).toEqual({
      where,
      value: w.text,
      formula: null,
    });
    // An added header wears the table's own header look (the cell it names), else the plan's style.
    const want = w.lookFrom
      ? lookOfCell(ws.getCell(w.lookFrom.row + 1, w.lookFrom.col + 1))
      : result.plan.styles[w.style];
    const got = lookOfCell(cell);
    expect({ where, fill: got.fill, fontColor: got.fontColor, bold: got.bold ?? false }).toEqual({
      where,
      fill: want.fill?.toUpperCase(),
      fontColor: want.fontColor?.toUpperCase(),
      bold: want.bold ?? false,
    });
  }
}
