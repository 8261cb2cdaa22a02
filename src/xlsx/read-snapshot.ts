/**
 * Reads a Book sheet into the SheetSnapshot the core scores, in the same shape the Excel host gets
 * from Office.js, so both hosts feed the engine identical grids. Reading never creates cells.
 */
import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot';
import type { BookSheet } from './book/book';

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The used range, 0-based and inclusive, or null for a sheet holding no value: as the Excel host
 * reads it (getUsedRange with valuesOnly), it spans the cells holding a value or a formula. A
 * formatted empty cell at XFD1048576, or a merged area out to it, does not stretch the grid the
 * engine is given over the whole sheet.
 */
export function usedBounds(ws: BookSheet): Bounds | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, line] of ws.rows) {
    for (const [c, cell] of line) {
      if (cell.value === '' && !cell.formula) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

/**
 * The most cells the engine's grid may span (rows by columns between the first and last values).
 * A few values far apart (A1 and XFD1048576) would otherwise ask for 17 billion cells.
 */
export const MAX_GRID_CELLS = 20_000_000;

/** Thrown for a sheet whose values are spread too far apart; the message is a plain sentence. */
export class SparseSheetError extends Error {
  constructor(rows: number, cols: number) {
    super(
      `its values are spread over ${rows.toLocaleString('en-GB')} rows by ${cols.toLocaleString('en-GB')} columns, too far apart to read as tables`,
    );
    this.name = 'SparseSheetError';
  }
}

export function readSnapshot(ws: BookSheet, date1904 = false): SheetSnapshot {
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
      protected: ws.protected,
      date1904,
    };
  }
  const width = bounds.right - bounds.left + 1;
  const height = bounds.bottom - bounds.top + 1;
  if (width * height > MAX_GRID_CELLS) throw new SparseSheetError(height, width);
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const formulaRanges: CellRange[] = [];
  // Formula texts, a row only where one is: a sheet of values costs one null per row.
  const formulas: (string[] | null)[] = [];
  let anyFormula = false;
  for (let r = bounds.top; r <= bounds.bottom; r++) {
    let rowFormulas: string[] | null = null;
    const rowValues: CellValue[] = new Array<CellValue>(width).fill('');
    const rowFormats: string[] = new Array<string>(width).fill('General');
    const line = ws.rows.get(r);
    let run: CellRange | null = null;
    if (line) {
      // Cells in column order, so runs of formulas along a row become one range.
      const cols = [...line.keys()].sort((a, b) => a - b);
      for (const c of cols) {
        const cell = line.get(c);
        if (!cell) continue;
        const i = c - bounds.left;
        rowFormats[i] = ws.numberFormatOf(cell);
        // Office.js gives "" for a cell covered by a merged area; its value is the top-left one's.
        if (ws.mergedRole(r, c) === 'covered') continue;
        rowValues[i] = cell.value;
        if (cell.formula) {
          if (cell.formulaText !== undefined) {
            rowFormulas ??= new Array<string>(width).fill('');
            rowFormulas[i] = cell.formulaText;
          }
          if (run && run.col + run.colCount === c) run.colCount++;
          else {
            run = { row: r, col: c, rowCount: 1, colCount: 1 };
            formulaRanges.push(run);
          }
        }
      }
    }
    values.push(rowValues);
    numberFormats.push(rowFormats);
    formulas.push(rowFormulas);
    if (rowFormulas) anyFormula = true;
  }
  return {
    name: ws.name,
    top: bounds.top,
    left: bounds.left,
    values,
    numberFormats,
    // No `texts`: formatting every cell up front costs more than the whole scoring; the core
    // formats the few cells whose text it reads, on demand.
    formulaRanges,
    ...(anyFormula ? { formulas } : {}),
    merges: ws.merges
      .filter(
        (m) =>
          m.row <= bounds.bottom &&
          m.row + m.rowCount - 1 >= bounds.top &&
          m.col <= bounds.right &&
          m.col + m.colCount - 1 >= bounds.left &&
          (m.rowCount > 1 || m.colCount > 1),
      )
      .map((m) => ({ ...m })),
    protected: ws.protected,
    date1904,
  };
}
