/**
 * Turns per-cell changes into a handful of range operations: cells are grouped by column into
 * vertical slices, and each slice is written with three calls (numberFormat, values,
 * setCellProperties) whose 2-D arrays hold null / {} for cells in between, which Excel leaves
 * unchanged. So the number of queued operations follows the number of output columns, never
 * the number of indicators. Slices are cut into row chunks so that no block exceeds the budget.
 */
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
const NULL_CELL_BYTES = 5 + 5 + 3;

function changeBytes(c: CellChange): number {
  return jsonBytes(c.value) + jsonBytes(c.numberFormat) + (c.props ? jsonBytes(c.props) : 3) + 3;
}

/** Group changes into column chunks no bigger than maxBytes each (a single cell may exceed it alone). */
export function chunkChanges(changes: CellChange[], maxBytes: number): Chunk[] {
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
    let current: Chunk | null = null;
    for (const c of list) {
      const cost = changeBytes(c);
      if (current) {
        const gap = c.row - (current.top + current.rows);
        const grown = current.bytes + gap * NULL_CELL_BYTES + cost;
        if (gap <= MAX_GAP_ROWS && grown <= maxBytes) {
          current.rows = c.row - current.top + 1;
          current.bytes = grown;
          current.changes.push(c);
          continue;
        }
        chunks.push(current);
      }
      current = { col, top: c.row, rows: 1, changes: [c], bytes: cost };
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
