import type { CellRange, CellRef } from './snapshot';

/** Letters of the columns asked for so far: a scoring names the same few columns thousands of times. */
const LETTERS: string[] = [];
/** Excel's last column is XFD (16,384 columns). */
export const MAX_COLUMNS = 16_384;

/** One number per cell, for sets and maps of thousands of cells without building A1 strings. */
export function cellNumber(ref: CellRef): number {
  return ref.row * MAX_COLUMNS + ref.col;
}

/** 0-based column index to letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetters(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS) LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col to an A1 address ("B7"). */
export function toA1(ref: CellRef): string {
  return `${columnLetters(ref.col)}${ref.row + 1}`;
}

/** A range to "A1:C3" (or "A1" for one cell). */
export function rangeToA1(r: CellRange): string {
  const start = toA1({ row: r.row, col: r.col });
  if (r.rowCount === 1 && r.colCount === 1) return start;
  return `${start}:${toA1({ row: r.row + r.rowCount - 1, col: r.col + r.colCount - 1 })}`;
}

const MAX_ROW_DIGITS = 7;
const MAX_COL_LETTERS = 3;

function isSpace(code: number): boolean {
  // What String.prototype.trim removes that can appear in a typed address.
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * "B7" -> { row: 6, col: 1 }. Sheet prefixes ("Sheet1!B7") are ignored. Returns null when not an address.
 * Accepts what /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/ accepts, around surrounding spaces. Read character by
 * character: saving the state of a large sheet parses tens of thousands of these.
 */
export function parseA1(address: string): CellRef | null {
  let i = address.lastIndexOf('!') + 1;
  let end = address.length;
  while (i < end && isSpace(address.charCodeAt(i))) i++;
  while (end > i && isSpace(address.charCodeAt(end - 1))) end--;
  if (i < end && address.charCodeAt(i) === 36) i++; // $
  let col = 0;
  let letters = 0;
  for (; i < end && letters <= MAX_COL_LETTERS; i++, letters++) {
    const code = address.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  if (letters === 0 || letters > MAX_COL_LETTERS) return null;
  if (i < end && address.charCodeAt(i) === 36) i++; // $
  let row = 0;
  let digits = 0;
  for (; i < end; i++, digits++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (digits === 0 || digits > MAX_ROW_DIGITS) return null;
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" or "B7" -> range; null when not a range address. */
export function parseRangeA1(address: string): CellRange | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const start = parseA1(a);
  if (!start) return null;
  const end = b === undefined ? start : parseA1(b);
  if (!end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    row,
    col,
    rowCount: Math.abs(end.row - start.row) + 1,
    colCount: Math.abs(end.col - start.col) + 1,
  };
}
