/**
 * A sheet as both hosts can supply it in one read. The shape follows Office.js range properties
 * (`values`, `numberFormat`, `text`) so the Excel host passes them through untouched; the .xlsx host
 * converts ExcelJS cells to the same shape.
 */

/** Empty cell = "". Excel errors arrive as their text ("#N/A", "#DIV/0!"). Dates are serial numbers. */
export type CellValue = number | string | boolean;

/** A rectangle in sheet coordinates, 0-based. */
export interface CellRange {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** A single cell in sheet coordinates, 0-based (row 0 col 0 is A1). */
export interface CellRef {
  row: number;
  col: number;
}

export interface SheetSnapshot {
  name: string;
  /** Sheet coordinates of values[0][0] (the used range need not start at A1). */
  top: number;
  left: number;
  /** Row-major grid of the used range. All grids below have the same dimensions as this one. */
  values: CellValue[][];
  /** Excel number format codes ("General", "0.0%", "mmm-yy", "@"). */
  numberFormats: string[][];
  /** Text as Excel displays it. Optional: a host that cannot supply it omits it and the core formats. */
  texts?: string[][];
  /** Cells that hold formulas, so an apparently empty formula cell is never written over. */
  formulaRanges?: CellRange[];
  /**
   * Formula text per cell ("=D5-E5"), one entry per row of `values`: null for a row without a
   * formula, else the row's texts with "" where a cell holds none. Absent when the sheet has no
   * formula (or the host cannot read them). Read as weak polarity evidence (the author's own
   * variance arithmetic). The Excel host passes range.formulas (only strings that start with "=");
   * the .xlsx host fills it from each cell's <f>, shared formulas translated to the cell they stand for.
   */
  formulas?: (string[] | null)[];
  /** Merged areas that intersect the used range. */
  merges: CellRange[];
  /** Sheet protection is on: the sheet is read and scored but nothing is written. */
  protected: boolean;
  /** The workbook counts dates from 1904 (old Mac workbooks): date serials are read in that system. */
  date1904?: boolean;
}

/** Dimensions of a snapshot's grid. */
export function snapshotSize(s: SheetSnapshot): { rows: number; cols: number } {
  const rows = s.values.length;
  let cols = 0;
  // Indexed: asked of every large sheet, often before this is optimised.
  for (let i = 0; i < rows; i++) if (s.values[i].length > cols) cols = s.values[i].length;
  return { rows, cols };
}
