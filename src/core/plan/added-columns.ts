/**
 * The look of the columns we add beside a table: widths that fit what we write there, and headers
 * that borrow the table's own header look. A status word clipped by the next column ("■ Unfavoura")
 * or a header that looks pasted on makes the scored sheet harder to read than the one given.
 */
import type { DetectedTable } from '../detect/types';
import type { CellRef, SheetSnapshot } from '../snapshot';
import type { CellWrite, CellStyle } from './types';

/** Columns never narrower than this (characters): a short word still reads as a column. */
export const MIN_ADDED_WIDTH = 10;
/** Nor wider: a long custom label wraps onto the cell's edge rather than pushing the sheet off the page. */
export const MAX_ADDED_WIDTH = 28;
/**
 * Variance columns fit their longest sentence between these widths (characters), and wrap beyond:
 * one line where it can be, since a row the host does not grow cuts a wrapped sentence short.
 */
export const VARIANCE_WIDTH = 40;
export const MAX_VARIANCE_WIDTH = 70;

/** Bold text runs about a tenth wider than the default font the width is counted in. */
const BOLD_FACTOR = 1.1;
/** Room for the cell's padding either side. */
const PADDING = 2;

/** A line feed or a surrogate: text with neither (nearly all) is one line of text.length characters. */
const MULTI_LINE_OR_ASTRAL = /[\n\ud800-\udfff]/;

/** Characters of the default font `text` needs, by its longest line. */
export function textWidth(text: string, bold: boolean): number {
  if (!MULTI_LINE_OR_ASTRAL.test(text)) return text.length * (bold ? BOLD_FACTOR : 1);
  let longest = 0;
  for (const line of text.split('\n')) {
    // Code points, not UTF-16 units: a symbol outside the basic plane is one character wide.
    const n = [...line].length;
    if (n > longest) longest = n;
  }
  return longest * (bold ? BOLD_FACTOR : 1);
}

/**
 * Widths for the columns we add: status and trend columns fit their longest text (header included),
 * between MIN_ADDED_WIDTH and MAX_ADDED_WIDTH; variance columns their longest sentence between
 * VARIANCE_WIDTH and MAX_VARIANCE_WIDTH, wrapped beyond.
 */
export function addedColumnWidths(
  tables: DetectedTable[],
  writes: CellWrite[],
  styles: Record<string, CellStyle>,
): Record<number, number> {
  const widths: Record<number, number> = {};
  for (const t of tables) {
    if (!t.added) continue;
    const top = t.added.headerRow;
    const bottom = t.range.row + t.range.rowCount - 1;
    const v = t.added.variance;
    if (v !== undefined) {
      let width = Math.max(widths[v] ?? 0, VARIANCE_WIDTH);
      for (let i = 0; i < writes.length; i++) {
        const w = writes[i];
        if (w.cell.col === v && w.cell.row >= top && w.cell.row <= bottom && w.role === 'variance')
          width = Math.max(width, Math.min(MAX_VARIANCE_WIDTH, Math.ceil(textWidth(w.text, false) + PADDING)));
      }
      widths[v] = width;
    }
    for (const col of [t.added.status, t.added.trend]) {
      if (col === undefined) continue;
      let width = Math.max(widths[col] ?? 0, MIN_ADDED_WIDTH);
      // Only this table's own words in the column: another block's variance sentence below is not ours to fit.
      for (let i = 0; i < writes.length; i++) {
        const w = writes[i];
        if (w.cell.col === col && w.cell.row >= top && w.cell.row <= bottom && w.role !== 'variance') {
          const need = Math.ceil(textWidth(w.text, styles[w.style]?.bold === true) + PADDING);
          width = Math.max(width, Math.min(MAX_ADDED_WIDTH, need));
        }
      }
      widths[col] = width;
    }
  }
  return widths;
}

function textAt(snapshot: SheetSnapshot, ref: CellRef): string {
  const v = snapshot.values[ref.row - snapshot.top]?.[ref.col - snapshot.left];
  return v === undefined || v === null ? '' : String(v).trim();
}

/**
 * The table's own header cell our added headers copy their look from: the nearest header cell with
 * text to the left of the first column we add, on the header row. None when that row is empty there.
 */
export function headerLookSource(snapshot: SheetSnapshot, table: DetectedTable): CellRef | undefined {
  const added = table.added;
  if (!added) return undefined;
  const ours = [added.status, added.trend, added.variance].filter((c): c is number => c !== undefined);
  if (ours.length === 0) return undefined;
  const first = Math.min(...ours);
  for (let col = first - 1; col >= Math.max(snapshot.left, table.range.col); col--) {
    const ref = { row: added.headerRow, col };
    if (textAt(snapshot, ref) !== '') return ref;
  }
  return undefined;
}
