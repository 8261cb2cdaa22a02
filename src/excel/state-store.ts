/**
 * The workbook state in the very hidden sheet STATE_SHEET_NAME, encoded by the core codec so the
 * Excel host and the .xlsx host read each other's workbooks. Writes are queued, never synced
 * here: the state goes in the same batch as the cells it describes.
 */
import { decodeState, emptyState, encodeState } from '../core/state/codec';
import { STATE_SHEET_NAME, type WorkbookState } from '../core/state/types';
import type { XlContext, XlRange } from './excel-api';
import { addHidden } from './format-backup';
import { jsonBytes } from './payload';

/** The decoded state, or an empty one when there is none or it cannot be read. */
export function stateFromGrid(grid: string[][]): WorkbookState {
  if (grid.length === 0) return emptyState();
  const decoded = decodeState(grid);
  // A damaged state must not stop scoring: the worst case is forgetting which cells were ours.
  return decoded.ok ? decoded.state : emptyState();
}

export interface EncodedState {
  grid: string[][];
  bytes: number;
}

/** Encode and square up the grid (Range.values needs equal row lengths). */
export function encodeForSheet(state: WorkbookState): EncodedState {
  const raw = encodeState(state);
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = raw.map((r) => (r.length === width ? r : [...r, ...new Array<string>(width - r.length).fill('')]));
  return { grid, bytes: jsonBytes(grid) * 2 };
}

/** Queue replacing the state sheet's contents (creating it very hidden if needed): 4-5 operations. */
export function queueStateWrite(context: XlContext, exists: boolean, encoded: EncodedState): void {
  const ws = exists ? context.workbook.worksheets.getItem(STATE_SHEET_NAME) : addHidden(context, STATE_SHEET_NAME);
  ws.getRange().clear('Contents');
  const { grid } = encoded;
  if (grid.length === 0 || grid[0].length === 0) return;
  const range = ws.getRangeByIndexes(0, 0, grid.length, grid[0].length);
  // Text format first: encoded JSON must never be read as a formula or a number.
  range.numberFormat = grid.map((r) => r.map(() => '@'));
  range.values = grid;
}

/** The state sheet's used range as a grid anchored at A1, so the codec sees rows where it wrote them. */
export function stateGridFromRange(used: XlRange): string[][] {
  if (used.isNullObject) return [];
  const grid: string[][] = [];
  for (let r = 0; r < used.rowIndex; r++) grid.push([]);
  for (const row of used.values) {
    const cells: string[] = [];
    for (let c = 0; c < used.columnIndex; c++) cells.push('');
    for (const v of row) cells.push(v === null ? '' : String(v));
    grid.push(cells);
  }
  return grid;
}
