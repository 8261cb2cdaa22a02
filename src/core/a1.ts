import type { CellRange, CellRef } from './snapshot';

/** Letters of the columns asked for so far: a scoring names the same few columns thousands of times. */
const LETTERS: string[] = [];
/** Excel's last column is XFD (16,384 columns). */
const MAX_COLUMNS = 16_384;

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

const A1_RE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B7" -> { row: 6, col: 1 }. Sheet prefixes ("Sheet1!B7") are ignored. Returns null when not an address. */
export function parseA1(address: string): CellRef | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = A1_RE.exec(bare.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
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
