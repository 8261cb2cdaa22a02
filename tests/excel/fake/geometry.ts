/** Addresses, rectangles and not-yet-loaded values for the fake Excel's proxies. */
import type { CellRange } from '../../../src/core/snapshot';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

function columnName(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: CellRange): string {
  const start = `${columnName(r.col)}${r.row + 1}`;
  if (r.rowCount === 1 && r.colCount === 1) return start;
  return `${start}:${columnName(r.col + r.colCount - 1)}${r.row + r.rowCount}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersect(a: CellRange, b: CellRange): CellRange | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const right = Math.min(a.col + a.colCount, b.col + b.colCount);
  if (bottom <= row || right <= col) return null;
  return { row, col, rowCount: bottom - row, colCount: right - col };
}

/** A property Office.js fills at sync: reading it before throws, like PropertyNotLoaded. */
export class NotLoaded<T> {
  private value: T | undefined;
  private set = false;
  constructor(private readonly what: string) {}
  put(v: T): void {
    this.value = v;
    this.set = true;
  }
  get(): T {
    if (!this.set) throw new Error(`PropertyNotLoaded: ${this.what} was read before it was loaded and synced`);
    return this.value as T;
  }
}
