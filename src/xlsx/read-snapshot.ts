/**
 * Reads an ExcelJS worksheet into the SheetSnapshot the core scores, in the same shape the Excel
 * host gets from Office.js, so both hosts feed the engine identical grids. Reading never creates
 * cells (findCell, not getCell): a read must leave the workbook byte-for-byte as it was.
 */
import type { Cell, Worksheet } from 'exceljs';
import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot';
import { isFormulaValue, toSnapshotValue } from './cell-values';

/** ExcelJS keeps the parsed <sheetProtection> here but its typings omit it. */
interface WithProtection {
  sheetProtection?: { sheet?: boolean } | null;
}

export function isSheetProtected(ws: Worksheet): boolean {
  return Boolean((ws as unknown as WithProtection).sheetProtection?.sheet);
}

/** The used range (cells holding values or formulas), 1-based, or null for an empty sheet. */
export function usedBounds(ws: Worksheet): { top: number; left: number; bottom: number; right: number } | null {
  if (ws.actualRowCount === 0) return null;
  const d = ws.dimensions;
  if (!d.top || !d.left) return null;
  return { top: d.top, left: d.left, bottom: d.bottom, right: d.right };
}

function numberFormatOf(cell: Cell): string {
  const fmt = cell.numFmt;
  return typeof fmt === 'string' && fmt !== '' ? fmt : 'General';
}

export function readSnapshot(ws: Worksheet): SheetSnapshot {
  const bounds = usedBounds(ws);
  if (!bounds) {
    // Office.js reports an empty sheet's used range as A1 holding "".
    return {
      name: ws.name,
      top: 0,
      left: 0,
      values: [['']],
      numberFormats: [['General']],
      formulaRanges: [],
      merges: [],
      protected: isSheetProtected(ws),
    };
  }
  const date1904 = Boolean(ws.workbook?.properties?.date1904);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulaRanges: CellRange[] = [];
  // Merged areas keyed by their master cell, grown as their cells are met.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();

  for (let r = bounds.top; r <= bounds.bottom; r++) {
    const rowValues: CellValue[] = [];
    const rowFormats: string[] = [];
    const row = ws.findRow(r);
    let run: CellRange | null = null;
    for (let c = bounds.left; c <= bounds.right; c++) {
      const cell = row?.findCell(c);
      if (cell === undefined) {
        rowValues.push('');
        rowFormats.push('General');
        continue;
      }
      const merged = cell.isMerged;
      // ExcelJS answers a merged cell's value with the top-left one's; Office.js gives "" there.
      const covered = merged && cell.master !== cell;
      const raw = covered ? undefined : cell.value;
      rowValues.push(covered ? '' : toSnapshotValue(raw, date1904));
      rowFormats.push(numberFormatOf(cell));
      if (!covered && isFormulaValue(raw)) {
        // Runs of formula cells along a row become one range, keeping the list short.
        if (run && run.col + run.colCount === c - 1) run.colCount++;
        else {
          run = { row: r - 1, col: c - 1, rowCount: 1, colCount: 1 };
          formulaRanges.push(run);
        }
      }
      if (merged) {
        const master = cell.master;
        const key = master.address;
        const m = merges.get(key) ?? {
          top: Number(master.row),
          left: Number(master.col),
          bottom: Number(master.row),
          right: Number(master.col),
        };
        m.top = Math.min(m.top, r);
        m.left = Math.min(m.left, c);
        m.bottom = Math.max(m.bottom, r);
        m.right = Math.max(m.right, c);
        merges.set(key, m);
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
  }

  return {
    name: ws.name,
    top: bounds.top - 1,
    left: bounds.left - 1,
    values,
    numberFormats,
    // No `texts`: ExcelJS keeps no display text, and formatting every cell up front costs more than
    // the whole scoring; the core formats the few cells whose text it reads, on demand.
    formulaRanges,
    merges: [...merges.values()]
      .filter((m) => m.bottom > m.top || m.right > m.left)
      .map((m) => ({
        row: m.top - 1,
        col: m.left - 1,
        rowCount: m.bottom - m.top + 1,
        colCount: m.right - m.left + 1,
      })),
    protected: isSheetProtected(ws),
  };
}
