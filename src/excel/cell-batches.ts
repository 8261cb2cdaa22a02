/**
 * Turns per-cell changes into a handful of range operations: cells are grouped by column into
 * vertical slices, and each slice is written with three calls (numberFormat, values,
 * setCellProperties) whose 2-D arrays hold null / {} for cells in between, which Excel leaves
 * unchanged. So the number of queued operations follows the number of output columns, never
 * the number of indicators. Slices are cut into row chunks so that no block exceeds the budget,
 * and never run through a merged area (Excel refuses a write covering part of one).
 * Sizes are what Office.js serialises: each row of each array is `[value],`, so a gap row costs
 * `[null],` twice and `[{}],` once, 19 bytes, not the 13 once assumed (a sparse column over a
 * tall sheet was sent 45% larger than estimated).
 */
import type { CellRange } from '../core/snapshot';
import type { XlCellProps, XlValue, XlWorksheet } from './excel-api';
import { jsonBytes } from './payload';

export interface CellChange {
  row: number;
  col: number;
  /** Already made safe for Excel (see text-safety.ts). */
  value: XlValue;
  numberFormat: string;
  /** null: leave this cell's formatting alone. */
  props: XlCellProps | null;
}

/** A vertical run of rows in one column, with the changes inside it. */
export interface Chunk {
  col: number;
  top: number;
  rows: number;
  changes: CellChange[];
  bytes: number;
}

/** Gaps longer than this start a new slice: beyond it, nulls cost more than a few more calls. */
const MAX_GAP_ROWS = 1000;
/** `[null],` in numberFormat and values, `[{}],` in the cell properties. */
export const NULL_ROW_BYTES = 7 + 7 + 5;
/** The three calls and the range they act on, in Office.js's request envelope. */
export const CHUNK_ENVELOPE_BYTES = 700;

export function changeBytes(c: CellChange): number {
  return jsonBytes(c.value) + 3 + jsonBytes(c.numberFormat) + 3 + (c.props ? jsonBytes(c.props) + 3 : 5);
}

/**
 * Rows of column `col` that a chunk must not cover: every cell of a merged area but its top-left.
 * (Writing the top-left cell alone is how Excel sets a merged cell; covering any other cell fails.)
 */
function blockedRows(col: number, merges: CellRange[]): number[] {
  const rows: number[] = [];
  for (const m of merges) {
    if (col < m.col || col >= m.col + m.colCount) continue;
    // A one-row merge starting in this column is only its top-left cell here: a chunk may cross it.
    if (m.rowCount === 1 && m.col === col) continue;
    for (let r = m.row; r < m.row + m.rowCount; r++) rows.push(r);
  }
  return rows.sort((a, b) => a - b);
}

/** Is any of the sorted `rows` strictly between `from` and `to`? */
function anyBetween(rows: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo] < to;
}

/**
 * Group changes into column chunks no bigger than maxBytes each (a single cell may exceed it
 * alone), cut wherever a merged area crosses the column between two changes.
 */
export function chunkChanges(
  changes: CellChange[],
  maxBytes: number,
  merges: CellRange[] = [],
  maxGapRows = MAX_GAP_ROWS,
): Chunk[] {
  const byCol = new Map<number, CellChange[]>();
  for (const c of changes) {
    const list = byCol.get(c.col);
    if (list) list.push(c);
    else byCol.set(c.col, [c]);
  }
  const chunks: Chunk[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const list = byCol.get(col) ?? [];
    list.sort((a, b) => a.row - b.row);
    const blocked = blockedRows(col, merges);
    let current: Chunk | null = null;
    for (const c of list) {
      const cost = changeBytes(c);
      if (current) {
        const gap = c.row - (current.top + current.rows);
        const grown = current.bytes + gap * NULL_ROW_BYTES + cost;
        const bottom = current.top + current.rows - 1;
        if (gap <= maxGapRows && grown <= maxBytes && !anyBetween(blocked, bottom, c.row)) {
          current.rows = c.row - current.top + 1;
          current.bytes = grown;
          current.changes.push(c);
          continue;
        }
        chunks.push(current);
      }
      current = { col, top: c.row, rows: 1, changes: [c], bytes: CHUNK_ENVELOPE_BYTES + cost };
    }
    if (current) chunks.push(current);
  }
  return chunks;
}

/** Pack chunks into blocks (one sync each) of at most maxBytes; the first block has `firstReserved` used. */
export function packBlocks(chunks: Chunk[], maxBytes: number, firstReserved: number): Chunk[][] {
  const blocks: Chunk[][] = [[]];
  let used = firstReserved;
  for (const ch of chunks) {
    if (used + ch.bytes > maxBytes && (blocks[blocks.length - 1].length > 0 || used > 0)) {
      blocks.push([]);
      used = 0;
    }
    blocks[blocks.length - 1].push(ch);
    used += ch.bytes;
  }
  return blocks;
}

/** A chunk cut in two by its changes (for a retry after Excel refused the request's size); null for one cell. */
export function splitChunk(chunk: Chunk): [Chunk, Chunk] | null {
  if (chunk.changes.length < 2) return null;
  const mid = Math.ceil(chunk.changes.length / 2);
  const part = (changes: CellChange[]): Chunk => {
    const top = changes[0].row;
    const rows = changes[changes.length - 1].row - top + 1;
    const bytes =
      CHUNK_ENVELOPE_BYTES + changes.reduce((n, c) => n + changeBytes(c), 0) + (rows - changes.length) * NULL_ROW_BYTES;
    return { col: chunk.col, top, rows, changes, bytes };
  };
  return [part(chunk.changes.slice(0, mid)), part(chunk.changes.slice(mid))];
}

/** A block cut in two, by chunks, or by rows when it holds one chunk; null when it cannot be cut. */
export function splitBlock(block: Chunk[]): [Chunk[], Chunk[]] | null {
  if (block.length > 1) {
    const mid = Math.ceil(block.length / 2);
    return [block.slice(0, mid), block.slice(mid)];
  }
  const halves = block.length === 1 ? splitChunk(block[0]) : null;
  return halves ? [[halves[0]], [halves[1]]] : null;
}

/** Queue one chunk: 2 or 3 operations whatever its size. Number format first, so "@" holds the text. */
export function queueChunk(ws: XlWorksheet, chunk: Chunk): void {
  const numberFormat: (string | null)[][] = [];
  const values: (XlValue | null)[][] = [];
  const props: XlCellProps[][] = [];
  for (let i = 0; i < chunk.rows; i++) {
    numberFormat.push([null]);
    values.push([null]);
    props.push([{}]);
  }
  let anyProps = false;
  for (const c of chunk.changes) {
    const i = c.row - chunk.top;
    numberFormat[i][0] = c.numberFormat;
    values[i][0] = c.value;
    if (c.props) {
      props[i][0] = c.props;
      anyProps = true;
    }
  }
  const range = ws.getRangeByIndexes(chunk.top, chunk.col, chunk.rows, 1);
  range.numberFormat = numberFormat;
  range.values = values;
  if (anyProps) range.setCellProperties(props);
}
