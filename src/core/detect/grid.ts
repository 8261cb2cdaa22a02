/**
 * A read-only view of a snapshot tuned for detection: grid coordinates (0-based within the used
 * range), blank tests, lowercase keyword text and display text computed once, and cell claims so
 * two detectors never read the same cells as two tables.
 */
import { MAX_COLUMNS, parseA1, toA1 } from '../a1';
import { displayText } from '../format/display';
import type { SourceCell } from '../model';
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { withoutAnnotations } from '../values/annotations';

/**
 * displayText memo per number format, shared across scorings: formatting costs tens of
 * microseconds a call, and sheets repeat values (and are scored again and again). Bounded.
 */
const TEXT_MEMO = new Map<string, Map<CellValue, string>>();
const TEXT_MEMO_LIMIT = 200_000;
let textMemoSize = 0;

function memoText(v: CellValue, fmt: string): string {
  let memo = TEXT_MEMO.get(fmt);
  if (!memo) {
    memo = new Map();
    TEXT_MEMO.set(fmt, memo);
  }
  let t = memo.get(v);
  if (t === undefined) {
    t = displayText(v, fmt);
    if (textMemoSize >= TEXT_MEMO_LIMIT) {
      TEXT_MEMO.clear();
      textMemoSize = 0;
    }
    memo.set(v, t);
    textMemoSize++;
  }
  return t;
}

/**
 * What Scorelight writes (default status/trend words, optionally after a symbol; variance lines;
 * our column headers). A cell reading like this is taken as ours when the workbook state was lost,
 * so re-scoring reuses it instead of adding another column beside it.
 */
export const OUR_OUTPUT_RE =
  /^(\S )?(green|amber|red|blue|no data|no target|not scored|much better|bit better|not better|improving|stable|worsening)$|\b(above|below) the target of\b|^(on|meets) the target of\b|^(status|trend|variance)$/;

export class Grid {
  readonly snapshot: SheetSnapshot;
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly top: number;
  readonly left: number;
  /** Date serials count from 1904 (see SheetSnapshot.date1904). */
  readonly date1904: boolean;
  /**
   * Lowercase trimmed text of string cells ("" for numbers, booleans and blanks): keyword matching.
   * Per cell, 0 or 1 + the text's index in lowerTexts: an array of a slot per cell of a large sheet
   * cost more to make than detection spent reading it, where zeroed bytes cost next to nothing.
   */
  private readonly lowerAt: Int32Array;
  private readonly lowerTexts: string[] = [];
  /** 1 = blank (empty or whitespace only). */
  private readonly blank: Uint8Array;
  /** Per row: first/last non-blank column (-1 when the row is blank) and the non-blank count. */
  readonly rowFirst: Int32Array;
  readonly rowLast: Int32Array;
  readonly rowFilled: Int32Array;
  /** Cells already taken by a table (or a user mapping). */
  private readonly claimed: Uint8Array;
  /** Cells that must not be written: formulas and the hidden parts of merged areas. */
  private readonly occupied: Uint8Array;
  /** Cells holding a formula (a figure the file may hold no value for). */
  private readonly formulas: Uint8Array;
  /** Cells Scorelight owns from the last scoring. */
  private readonly owned: Uint8Array;
  /** Every cell of a merged area inside the grid, its top-left included. */
  private readonly merged: Uint8Array;
  /**
   * Merged areas (grid coordinates) reaching past the used range. The snapshot lists every merged
   * area that intersects the used range, whole: a blank merged note or header can run on to the
   * right of (or below) the last value, and its cells out there are no more free than those inside.
   */
  private readonly mergesBeyond: CellRange[] = [];
  /** Output columns a table read earlier added (rows r0..r1): no later table adds its own there. */
  private readonly outputSpans: { col: number; r0: number; r1: number }[] = [];

  constructor(snapshot: SheetSnapshot, ownedA1: Iterable<string> = []) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    this.top = snapshot.top;
    this.left = snapshot.left;
    this.date1904 = snapshot.date1904 === true;
    const values = snapshot.values;
    this.rows = values.length;
    let cols = 0;
    for (const r of values) if (r.length > cols) cols = r.length;
    this.cols = cols;
    const n = this.rows * cols;
    this.lowerAt = new Int32Array(n);
    this.blank = new Uint8Array(n).fill(1);
    this.claimed = new Uint8Array(n);
    this.occupied = new Uint8Array(n);
    this.formulas = new Uint8Array(n);
    this.owned = new Uint8Array(n);
    this.merged = new Uint8Array(n);
    this.rowFirst = new Int32Array(this.rows).fill(-1);
    this.rowLast = new Int32Array(this.rows).fill(-1);
    this.rowFilled = new Int32Array(this.rows);
    for (let r = 0; r < this.rows; r++) {
      const row = values[r];
      const base = r * cols;
      let filled = 0;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === 'string') {
          const t = v.trim();
          if (t === '') continue;
          this.lowerAt[base + c] = this.lowerTexts.push(withoutAnnotations(t).toLowerCase());
        } else if (v === null || v === undefined) {
          continue;
        }
        this.blank[base + c] = 0;
        filled++;
        if (this.rowFirst[r] < 0) this.rowFirst[r] = c;
        this.rowLast[r] = c;
      }
      this.rowFilled[r] = filled;
    }
    for (const f of snapshot.formulaRanges ?? []) {
      this.markRange(this.occupied, f.row - this.top, f.col - this.left, f.rowCount, f.colCount);
      this.markRange(this.formulas, f.row - this.top, f.col - this.left, f.rowCount, f.colCount);
    }
    for (const m of snapshot.merges) {
      const r0 = m.row - this.top;
      const c0 = m.col - this.left;
      // Every cell of a merge but its top-left is hidden: writing there would vanish, so it is "occupied".
      const topLeft = this.inside(r0, c0) ? this.occupied[r0 * cols + c0] : 0;
      this.markRange(this.occupied, r0, c0, m.rowCount, m.colCount);
      if (this.inside(r0, c0)) this.occupied[r0 * cols + c0] = topLeft;
      this.markRange(this.merged, r0, c0, m.rowCount, m.colCount);
      if (r0 < 0 || c0 < 0 || r0 + m.rowCount > this.rows || c0 + m.colCount > cols)
        this.mergesBeyond.push({ row: r0, col: c0, rowCount: m.rowCount, colCount: m.colCount });
    }
    for (const a1 of ownedA1) {
      const ref = parseA1(a1);
      if (!ref) continue;
      const r = ref.row - this.top;
      const c = ref.col - this.left;
      if (this.inside(r, c)) this.owned[r * cols + c] = 1;
    }
  }

  private lowerOf(i: number): string {
    const k = this.lowerAt[i];
    return k === 0 ? '' : this.lowerTexts[k - 1];
  }

  private markRange(mask: Uint8Array, r0: number, c0: number, rowCount: number, colCount: number): void {
    for (let r = Math.max(0, r0); r < Math.min(this.rows, r0 + rowCount); r++) {
      for (let c = Math.max(0, c0); c < Math.min(this.cols, c0 + colCount); c++) mask[r * this.cols + c] = 1;
    }
  }

  inside(r: number, c: number): boolean {
    return r >= 0 && c >= 0 && r < this.rows && c < this.cols;
  }

  value(r: number, c: number): CellValue {
    const v = this.snapshot.values[r]?.[c];
    return v === undefined || v === null ? '' : v;
  }

  format(r: number, c: number): string {
    return this.snapshot.numberFormats[r]?.[c] ?? 'General';
  }

  isBlank(r: number, c: number): boolean {
    return !this.inside(r, c) || this.blank[r * this.cols + c] === 1;
  }

  isString(r: number, c: number): boolean {
    return this.inside(r, c) && this.lowerAt[r * this.cols + c] !== 0;
  }

  /** Lowercase trimmed text of a string cell; "" otherwise. */
  lower(r: number, c: number): string {
    return this.inside(r, c) ? this.lowerOf(r * this.cols + c) : '';
  }

  /**
   * The text as Excel shows it: the snapshot's texts, else formatted here (memoised per format). A
   * text cell's annotations ("[note 3]", "[p]", "*") are left out: headers, names and labels are
   * read without them (values/annotations.ts); the cell's value keeps them.
   */
  text(r: number, c: number): string {
    const texts = this.snapshot.texts;
    const v = this.value(r, c);
    if (texts) {
      const shown = texts[r]?.[c] ?? '';
      return typeof v === 'string' ? withoutAnnotations(shown) : shown;
    }
    if (v === '') return '';
    if (typeof v === 'string') return withoutAnnotations(v);
    return memoText(v, this.format(r, c));
  }

  /** Trimmed display text. */
  trimmed(r: number, c: number): string {
    return this.text(r, c).trim();
  }

  /** Sheet coordinates of a grid cell. */
  ref(r: number, c: number): { row: number; col: number } {
    return { row: r + this.top, col: c + this.left };
  }

  /** cellNumber of the cell's sheet coordinates (a1.ts), with no CellRef made for it. */
  cellNumber(r: number, c: number): number {
    return (r + this.top) * MAX_COLUMNS + c + this.left;
  }

  a1(r: number, c: number): string {
    return toA1(this.ref(r, c));
  }

  source(r: number, c: number): SourceCell {
    return {
      cell: this.ref(r, c),
      value: this.value(r, c),
      numberFormat: this.format(r, c),
      text: this.sourceText(r, c),
    };
  }

  /** SourceCell.text: the host's display text where it gave one, else a string cell's own text, else "". */
  sourceText(r: number, c: number): string {
    // A number's text is the host's displayed text when it gave one. Formatting it here would only
    // restate the number format (which the engine reads anyway) at a cost larger than the scoring.
    const texts = this.snapshot.texts;
    if (texts) return texts[r]?.[c] ?? '';
    const v = this.value(r, c);
    return typeof v === 'string' ? v : '';
  }

  /** Column `col`, rows r0..r1, takes a table's added status, trend or variance. */
  reserveOutputColumn(col: number, r0: number, r1: number): void {
    this.outputSpans.push({ col, r0, r1 });
  }

  /** True when part of column `col` in rows r0..r1 was added as another table's output column. */
  outputColumnReserved(col: number, r0: number, r1: number): boolean {
    for (const s of this.outputSpans) if (s.col === col && s.r0 <= r1 && r0 <= s.r1) return true;
    return false;
  }

  claim(r0: number, c0: number, rowCount: number, colCount: number): void {
    this.markRange(this.claimed, r0, c0, rowCount, colCount);
  }

  isClaimed(r: number, c: number): boolean {
    return this.inside(r, c) && this.claimed[r * this.cols + c] === 1;
  }

  /** True when any cell of the row in [c0, c1] is claimed. */
  rowClaimed(r: number, c0 = 0, c1 = this.cols - 1): boolean {
    const base = r * this.cols;
    for (let c = Math.max(0, c0); c <= Math.min(c1, this.cols - 1); c++) if (this.claimed[base + c]) return true;
    return false;
  }

  /** True when the cell holds a formula (blank when the file was saved without its figure). */
  isFormula(r: number, c: number): boolean {
    return this.inside(r, c) && this.formulas[r * this.cols + c] === 1;
  }

  isOwned(r: number, c: number): boolean {
    return this.inside(r, c) && this.owned[r * this.cols + c] === 1;
  }

  /**
   * A cell we may fill with an output: blank and not a formula or hidden merge part, or one we
   * wrote last time. Cells outside the used range are empty by definition, except the hidden cells
   * of a merged area running on past it.
   */
  isFree(r: number, c: number): boolean {
    // Outside the used range the sheet is empty (and every free-cell search ends there), except
    // where a merged area runs on past it: its hidden cells there cannot be written either.
    if (!this.inside(r, c)) {
      const m = this.mergeBeyondAt(r, c);
      return m === undefined || (m.row === r && m.col === c);
    }
    const i = r * this.cols + c;
    if (this.blank[i] === 1) return this.occupied[i] === 0 || this.owned[i] === 1;
    return this.isOurs(r, c);
  }

  /** True when (r, c) lies in a merged area, its top-left included (inside the used range or past it). */
  inMerge(r: number, c: number): boolean {
    if (this.inside(r, c)) return this.merged[r * this.cols + c] === 1;
    return this.mergeBeyondAt(r, c) !== undefined;
  }

  /**
   * True when any cell of column c in rows r0..r1 lies in a merged area (top-left included): a
   * column we add must be clear of merges, or writing it would change part of a merged cell.
   */
  mergeInColumn(c: number, r0: number, r1: number): boolean {
    if (c >= 0 && c < this.cols)
      for (let r = Math.max(0, r0); r <= Math.min(r1, this.rows - 1); r++)
        if (this.merged[r * this.cols + c]) return true;
    for (const m of this.mergesBeyond)
      if (c >= m.col && c < m.col + m.colCount && r1 >= m.row && r0 < m.row + m.rowCount) return true;
    return false;
  }

  /** The merged area reaching past the used range that holds (r, c), if any. */
  private mergeBeyondAt(r: number, c: number): CellRange | undefined {
    for (const m of this.mergesBeyond)
      if (r >= m.row && r < m.row + m.rowCount && c >= m.col && c < m.col + m.colCount) return m;
    return undefined;
  }

  /** A cell we wrote: recorded as ours, or holding words only Scorelight writes. */
  isOurs(r: number, c: number): boolean {
    if (!this.inside(r, c)) return false;
    const i = r * this.cols + c;
    if (this.owned[i]) return true;
    const lower = this.lowerOf(i);
    return lower !== '' && OUR_OUTPUT_RE.test(lower);
  }

  /** Last column of row r holding the user's content (ours and blanks skipped); -1 when none. */
  lastUsedCol(r: number): number {
    for (let c = this.rowLast[r]; c >= 0; c--) if (!this.isBlank(r, c) && !this.isOurs(r, c)) return c;
    return -1;
  }

  /** Non-blank cells of a row in [c0, c1], ignoring claimed cells. */
  filledIn(r: number, c0: number, c1: number): number {
    let n = 0;
    const base = r * this.cols;
    for (let c = Math.max(0, c0); c <= Math.min(c1, this.cols - 1); c++)
      if (!this.blank[base + c] && !this.claimed[base + c]) n++;
    return n;
  }

  /** All the row's text joined with spaces (for lines spread over cells: "Owner: X  Polarity: Y"). */
  lineText(r: number): string {
    if (this.rowFirst[r] < 0) return '';
    const parts: string[] = [];
    for (let c = this.rowFirst[r]; c <= this.rowLast[r]; c++) if (!this.isBlank(r, c)) parts.push(this.trimmed(r, c));
    return parts.join(' ');
  }
}
