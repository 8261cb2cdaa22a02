/**
 * Scorelight's own model of an .xlsx workbook, read straight from the package (read-book.ts): per
 * sheet only what the engine reads and what scoring writes back. Cells keep the index of the cell
 * format they had in the package, so the writer (package/write-package.ts) can derive our looks
 * from it; everything else in the package stays in the package, untouched, and is copied byte for
 * byte. No ExcelJS: the CLI and the browser preview read and write workbooks with this alone.
 */
import { cellNumber, parseA1 } from '../../core/a1';
import type { CellStyle } from '../../core/cell-style';
import type { CellRange, CellRef, CellValue } from '../../core/snapshot';
import type { SummaryPlan } from '../../core/summary/types';
import type { SheetLayout } from '../package/sheet-layout';
import type { BookStyles } from './book-styles';

export type SheetVisibility = 'visible' | 'hidden' | 'veryHidden';

export interface BookCell {
  /** As the core reads it: '' when empty, a formula's cached result, errors as their text ("#N/A"). */
  value: CellValue;
  /** The cell holds a formula (its value is the cached result). */
  formula: boolean;
  /**
   * The formula's text as Excel shows it ("=C2-B2"), a shared formula's translated to this cell;
   * absent where the package gives none (a cell inside an array formula, a data table).
   */
  formulaText?: string;
  /** The value is an Excel error. */
  error: boolean;
  /** Index of the cell's format in the package's style sheet (0 = the default). */
  xf: number;
  /** Fill, font colour and bold set by Scorelight, replacing those of `xf` when saved. */
  look?: CellStyle;
  /** Number format of a cell in a sheet Scorelight lays out (summaries); others read theirs from `xf`. */
  format?: string;
}

/** A cell seen from outside, as tests and the preview read it. */
export interface CellView {
  value: CellValue;
  formula: boolean;
  numberFormat: string;
  look: CellStyle;
}

/** Merged areas larger than this are checked by their bounds rather than indexed cell by cell. */
const LARGE_MERGE_CELLS = 10_000;

export class BookSheet {
  /** Rows by 0-based index, cells by 0-based column. */
  readonly rows = new Map<number, Map<number, BookCell>>();
  merges: CellRange[] = [];
  protected = false;
  /** Header and footer texts of the printed page (our summaries carry a marker there). */
  footers: string[] = [];
  /** Widths the sheet sets per 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Widths for columns Scorelight added, where the sheet sets none. */
  readonly addedColumnWidths: Record<number, number> = {};
  /** Cells Scorelight wrote, cleared or restored: the only cells the writer edits. */
  readonly touched = new Map<number, CellRef>();
  /** For a board summary laid out by Scorelight: its plan, from which the writer builds the part. */
  summary?: SummaryPlan;
  /** The content changed and the whole part is written anew (the state sheet, a summary). */
  rewritten = false;
  private mergeIndex?: Map<number, 'master' | 'covered'>;
  private largeMerges: CellRange[] = [];

  constructor(
    public name: string,
    /** The worksheet part in the package; undefined for a sheet Scorelight added. */
    public part: string | undefined,
    readonly styles: BookStyles,
    public visibility: SheetVisibility = 'visible',
  ) {}

  /** The cell's look now: ours if Scorelight set one, else its format's. */
  lookOf(cell: BookCell | undefined): CellStyle {
    if (!cell) return {};
    return { ...(cell.look ?? this.styles.look(cell.xf)) };
  }

  numberFormatOf(cell: BookCell | undefined): string {
    if (!cell) return 'General';
    return cell.format ?? this.styles.numberFormat(cell.xf);
  }

  cellAt(row: number, col: number): BookCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created empty (format 0, or the row's) when the sheet has none there. */
  cellFor(row: number, col: number): BookCell {
    let line = this.rows.get(row);
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    let cell = line.get(col);
    if (!cell) {
      cell = { value: '', formula: false, error: false, xf: 0 };
      line.set(col, cell);
    }
    return cell;
  }

  /** Where the cell sits in a merged area: its top-left, covered by one, or in none. */
  mergedRole(row: number, col: number): 'master' | 'covered' | undefined {
    if (this.merges.length === 0) return undefined;
    if (!this.mergeIndex) {
      const index = new Map<number, 'master' | 'covered'>();
      const large: CellRange[] = [];
      for (const m of this.merges) {
        // A merged area over most of the sheet (A10:XFD1048576) is looked at whole, not cell by cell.
        if (m.rowCount * m.colCount > LARGE_MERGE_CELLS) {
          large.push(m);
          continue;
        }
        for (let r = m.row; r < m.row + m.rowCount; r++)
          for (let c = m.col; c < m.col + m.colCount; c++)
            index.set(cellNumber({ row: r, col: c }), r === m.row && c === m.col ? 'master' : 'covered');
      }
      this.mergeIndex = index;
      this.largeMerges = large;
    }
    const role = this.mergeIndex.get(cellNumber({ row, col }));
    if (role) return role;
    for (const m of this.largeMerges)
      if (row >= m.row && row < m.row + m.rowCount && col >= m.col && col < m.col + m.colCount)
        return row === m.row && col === m.col ? 'master' : 'covered';
    return undefined;
  }

  /** Replace the merged areas (a sheet Scorelight lays out). */
  setMerges(merges: CellRange[]): void {
    this.merges = merges;
    this.mergeIndex = undefined;
  }

  touch(ref: CellRef): void {
    this.touched.set(cellNumber(ref), ref);
  }

  /** Remove every cell (a sheet whose whole content Scorelight replaces). */
  clear(): void {
    this.rows.clear();
    this.setMerges([]);
  }
}

export class Book {
  readonly sheets: BookSheet[] = [];
  /** Problems met while reading (a part skipped), in sentences for the report. */
  readonly warnings: string[] = [];
  /** The saved state changed and the state sheet must be written. */
  stateChanged = false;
  /** The first summary plan's document title and language, for document properties left empty. */
  document?: { title: string; language: string };
  /** Names of the package's sheets that are not in `sheets` (chart and dialog sheets, sheets that
   * could not be read): kept as they are, and no sheet of ours may take their names. */
  readonly otherSheetNames: string[] = [];
  /** Worksheet parts' text as read, and where their rows and cells are, by part name: the writer
   * patches them without inflating or parsing them again. */
  readonly parts = new Map<string, { text: string; layout: SheetLayout }>();

  constructor(
    /** The package as opened: the writer edits a copy of it. */
    readonly original: Uint8Array,
    readonly styles: BookStyles,
    readonly date1904: boolean,
  ) {}

  /** A sheet by name; Excel's sheet names are case-insensitive. */
  sheet(name: string): BookSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** A cell as shown: value, number format and look (ours if we set one). */
  view(sheet: string, address: string): CellView | undefined {
    const ws = this.sheet(sheet);
    const ref = parseA1(address);
    if (!ws || !ref) return undefined;
    const cell = ws.cellAt(ref.row, ref.col);
    return {
      value: cell?.value ?? '',
      formula: cell?.formula ?? false,
      numberFormat: ws.numberFormatOf(cell),
      look: ws.lookOf(cell),
    };
  }

  /** True when Scorelight changed anything a save must write. */
  get changed(): boolean {
    return this.stateChanged || this.sheets.some((s) => s.rewritten || s.touched.size > 0);
  }
}
