/**
 * The workbook model behind the recording fake: sheets of cells with value, formula, number
 * format and the few formats Scorelight touches. Writing a string follows Excel's input rules
 * (the part that matters for safety): a leading apostrophe keeps the rest as text; in a cell
 * formatted as Text ("@") a string stays a string; otherwise "=", "+", "-" or "@" at the start
 * makes a formula and a numeric-looking string ("1,305", "25%") becomes a number.
 * Display text depends on the column width, as in Excel: a number that does not fit shows fewer
 * decimals under General, and "####" otherwise.
 */
import { displayText } from '../../src/core/format/display';
import type { CellRange, CellValue } from '../../src/core/snapshot';

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  /** Display text when the sheet was built from a snapshot; otherwise derived from the value. */
  text?: string;
  /** Fill colour; undefined = no fill. With a theme colour, the colour as Excel resolves it plus a tint. */
  fill?: string;
  /** Fill pattern when not Solid ("Gray25", "LightUp"...). */
  pattern?: string;
  /** The pattern's colour; undefined = Automatic. */
  patternColor?: string;
  /** Tint or shade of the fill colour (-1..1): themed fills ("Blue, Accent 1, Lighter 80%"). */
  tintAndShade?: number;
  patternTintAndShade?: number;
  /** Font colour; undefined = Automatic (follows dark mode and high contrast), unlike "#000000". */
  fontColor?: string;
  fontTintAndShade?: number;
  bold?: boolean;
  italic?: boolean;
  /** The cell's style by name; undefined = Normal (fake/cell-styles.ts). */
  style?: string;
  /** Wrap text; undefined = off. */
  wrap?: boolean;
  quotePrefix?: boolean;
}

/** The parts of a cell's look the fake models, copied together. */
export const LOOK_KEYS = [
  'fill',
  'pattern',
  'patternColor',
  'tintAndShade',
  'patternTintAndShade',
  'fontColor',
  'fontTintAndShade',
  'bold',
  'italic',
  'wrap',
  'style',
] as const;

export const EMPTY_CELL: Readonly<FakeCell> = { value: '', numberFormat: 'General' };

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: CellRange[] = [];
  /** Ranges of conditional-format rules, one entry per rule (copyFrom of formats adds more). */
  conditionalFormats: CellRange[] = [];
  protected = false;
  visibility = 'Visible';
  leftFooter = '';
  readonly columnWidths = new Map<number, number>();
  /** Worksheet.id: fixed for the sheet's life, kept through renames, never reused. */
  readonly id: string;
  private static made = 0;

  constructor(public name: string) {
    FakeSheet.made++;
    this.id = `{00000000-0001-0000-${String(FakeSheet.made).padStart(4, '0')}-000000000000}`;
  }

  /** The user inserts rows (count > 0) or deletes them (count < 0) at `at`: cells and merges move. */
  shiftRows(at: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [row, col] = k.split(',').map(Number);
      if (row < at) moved.set(k, c);
      else if (count > 0 || row >= at - count) moved.set(FakeSheet.key(row + count, col), c);
    }
    this.cells.clear();
    for (const [k, c] of moved) this.cells.set(k, c);
    this.merges = this.merges.map((m) => (m.row >= at ? { ...m, row: m.row + count } : m));
  }

  static key(row: number, col: number): string {
    return `${row},${col}`;
  }

  get(row: number, col: number): FakeCell {
    return this.cells.get(FakeSheet.key(row, col)) ?? { ...EMPTY_CELL };
  }

  /** Mutable cell, created on first touch. */
  cell(row: number, col: number): FakeCell {
    const k = FakeSheet.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { ...EMPTY_CELL };
      this.cells.set(k, c);
    }
    return c;
  }

  forEachIn(rect: CellRange, fn: (row: number, col: number, cell: FakeCell) => void): void {
    for (const [k, c] of this.cells) {
      const [row, col] = k.split(',').map(Number);
      if (row >= rect.row && row < rect.row + rect.rowCount && col >= rect.col && col < rect.col + rect.colCount)
        fn(row, col, c);
    }
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or any content/format. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of this.cells) {
      const hasValue = c.value !== '' || c.formula !== undefined;
      const hasFormat =
        c.numberFormat !== 'General' || c.fill !== undefined || c.fontColor !== undefined || c.bold !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, col] = k.split(',').map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
  }

  text(row: number, col: number): string {
    const c = this.get(row, col);
    // As Excel shows it: the value under its number format (0.05 in a "0%" cell shows "5%").
    const shown = c.text !== undefined ? c.text : c.value === '' ? '' : displayText(c.value, c.numberFormat);
    if (typeof c.value !== 'number') return shown;
    return fitToWidth(c.value, c.numberFormat, shown, this.widthInChars(col));
  }

  /** Digits that fit in the column: (pixels - 5 of padding) / 7 per digit of the default font. */
  widthInChars(col: number): number {
    const points = this.columnWidths.get(col) ?? DEFAULT_COLUMN_POINTS;
    return Math.max(0, Math.floor((points / 0.75 - 5) / 7));
  }

  /** Excel's input rules for a value written through Range.values. */
  input(row: number, col: number, v: CellValue): void {
    const c = this.cell(row, col);
    c.text = undefined;
    c.formula = undefined;
    c.quotePrefix = undefined;
    if (typeof v !== 'string') {
      c.value = v;
      return;
    }
    if (v.startsWith("'")) {
      c.value = v.slice(1);
      c.quotePrefix = true;
      return;
    }
    if (c.numberFormat === '@' || v === '') {
      c.value = v;
      return;
    }
    const numeric = parseNumeric(v);
    if (numeric !== null) {
      c.value = numeric;
      return;
    }
    if (/^[=+\-@]/.test(v)) {
      c.formula = v;
      c.value = '#NAME?';
      return;
    }
    c.value = v;
  }
}

/** Excel's default column: 8.43 characters of Calibri 11, 64 pixels. */
export const DEFAULT_COLUMN_POINTS = 48;

/** What Excel shows for a number in a column `chars` wide. */
function fitToWidth(value: number, numberFormat: string, shown: string, chars: number): string {
  if (shown.length <= chars) return shown;
  if (numberFormat === 'General') {
    // General rounds away decimals to fit before giving up.
    const decimals = (shown.split('.')[1] ?? '').length;
    for (let d = decimals - 1; d >= 0; d--) {
      const s = String(Number(value.toFixed(d)));
      if (s.length <= chars) return s;
    }
  }
  return '#'.repeat(Math.max(1, chars));
}

function parseNumeric(v: string): number | null {
  const t = v.trim();
  const m = /^([+-]?)(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(%?)$/.exec(t);
  if (!m) return null;
  const n = Number(`${m[1]}${m[2].replace(/,/g, '')}${m[4] ?? ''}`);
  return m[5] ? n / 100 : n;
}

export class FakeBook {
  readonly sheets: FakeSheet[] = [];
  active = '';
  /** The active cell's range and, after RangeAreas.select, every selected area. */
  selection: { sheet: string; range: CellRange; areas?: CellRange[] } | null = null;
  /** Review > Protect Workbook (structure): sheets cannot be added, removed or renamed. */
  structureProtected = false;
  /** The user is typing in a cell: Excel refuses requests unless the run asked to wait. */
  cellEditMode = false;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  add(name: string): FakeSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named "${name}" already exists`);
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
}
