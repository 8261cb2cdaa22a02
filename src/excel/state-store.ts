/**
 * The workbook state in the very hidden sheet STATE_SHEET_NAME, encoded by the core codec so the
 * Excel host and the .xlsx host read each other's workbooks.
 *
 * Size. Excel on the web refuses a request or a response over 5 MB, and a state grows with every
 * scored sheet (four 10,000-indicator sheets keep about 3.6 million characters). So the state is
 * read and written in pieces, each well under that limit, over as many syncs as needed:
 * - read: the first sync takes the window STATE_WINDOW (a typical state is a few rows: done); the
 *   rest follows in blocks of STATE_ROWS_PER_SYNC rows;
 * - write: the encoded rows are cut into steps of at most STATE_STEP_BYTES. The new state goes in
 *   the other of two column slots (A:E or H:L) from the one holding the current state, its header
 *   row (with length and checksum) last, and the old slot is cleared in that same last step. Until
 *   then a reader still finds the old state complete (the codec reads the first header in row 1),
 *   so a write that stops part-way loses nothing.
 * A state past MAX_STATE_CHARS is not written at all: the caller trims it or says so.
 */
import { decodeState, emptyState, encodeState, STATE_MARKER, withSheetState } from '../core/state/codec';
import { STATE_SHEET_NAME, type WorkbookState } from '../core/state/types';
import type { XlContext, XlRange, XlWorksheet } from './excel-api';
import { addHidden } from './format-backup';
import { jsonBytes } from './payload';

/** The state's first rows, read with the sheet in the first sync. 30 rows of 30,000 characters: < 1 MB. */
export const STATE_WINDOW = { rows: 30, cols: 12 } as const;
/** Rows of 30,000 characters per later read: about 3 MB of response. */
export const STATE_ROWS_PER_SYNC = 100;
/** Bytes of state rows per write step (values and their "@" formats). */
export const STATE_STEP_BYTES = 1_500_000;
/** The two column slots the state alternates between. */
const SLOTS = [0, 7] as const;
/** A state this large (about 20 MB) is past anything scoring needs: refuse rather than grind on. */
export const MAX_STATE_CHARS = 20_000_000;

/** The decoded state, or an empty one when there is none or it cannot be read. */
export function stateFromGrid(grid: string[][]): WorkbookState {
  if (grid.length === 0) return emptyState();
  const decoded = decodeState(grid);
  // A damaged state must not stop scoring: the worst case is forgetting which cells were ours.
  return decoded.ok ? decoded.state : emptyState();
}

/** Does this grid hold a Scorelight state (even a damaged one)? A user's own sheet with our name does not. */
export function isOurStateGrid(grid: string[][]): boolean {
  for (const row of grid) {
    const first = row.find((c) => c.trim() !== '');
    if (first !== undefined) return first.trim().toLowerCase() === STATE_MARKER.toLowerCase();
  }
  return false;
}

/** The column where the current state's header sits, or null when there is no state. */
export function stateColumn(grid: string[][]): number | null {
  for (const row of grid) {
    const col = row.findIndex((c) => c.trim() !== '');
    if (col >= 0) return row[col].trim().toLowerCase() === STATE_MARKER.toLowerCase() ? col : null;
  }
  return null;
}

export interface EncodedState {
  grid: string[][];
  /** Serialised size of the whole write (values and formats). */
  bytes: number;
  /** Characters of encoded state, for the size check. */
  chars: number;
}

/** Encode and square up the grid (Range.values needs equal row lengths). */
export function encodeForSheet(state: WorkbookState): EncodedState {
  const raw = encodeState(state);
  const width = raw.reduce((w, r) => Math.max(w, r.length), 0);
  const grid = raw.map((r) => (r.length === width ? r : [...r, ...new Array<string>(width - r.length).fill('')]));
  const chars = grid.reduce((n, r) => n + r.reduce((m, c) => m + c.length, 0), 0);
  return { grid, bytes: rowsBytes(grid), chars };
}

/** Serialised size of writing these rows: their values and a "@" format per cell. */
function rowsBytes(rows: string[][]): number {
  return jsonBytes(rows) + jsonBytes(rows.map((r) => r.map(() => '@')));
}

/** One request's share of a state write. */
export interface StateStep {
  bytes: number;
  queue(context: XlContext): void;
}

/**
 * The syncs a state write takes, in order: chunk rows first, then the header with the old slot
 * cleared. Small states are one step (the caller sends it with the first block of cells).
 * `current` is where the state now sits (stateColumn), null when there is none or it is damaged.
 */
export function stateWriteSteps(exists: boolean, encoded: EncodedState, at: number | null): StateStep[] {
  // A state found anywhere but our two slots (hand-moved) is rewritten from a cleared sheet.
  const current = at !== null && (SLOTS as readonly number[]).includes(at) ? at : null;
  const slot = current === SLOTS[0] ? SLOTS[1] : SLOTS[0];
  const { grid } = encoded;
  const put = (ws: XlWorksheet, row: number, rows: string[][]): void => {
    if (rows.length === 0 || rows[0].length === 0) return;
    const range = ws.getRangeByIndexes(row, slot, rows.length, rows[0].length);
    // Text format first: encoded JSON must never be read as a formula or a number.
    range.numberFormat = rows.map((r) => r.map(() => '@'));
    range.values = rows;
  };
  // The first step makes the sheet if needed, and clears the slot it writes into (a write that
  // stopped part-way may have left rows there); a sheet that holds no readable state is cleared whole.
  const open = (context: XlContext, firstStep: boolean): XlWorksheet => {
    if (!firstStep) return context.workbook.worksheets.getItem(STATE_SHEET_NAME);
    if (!exists) return addHidden(context, STATE_SHEET_NAME);
    const ws = context.workbook.worksheets.getItem(STATE_SHEET_NAME);
    if (current === null) ws.getRange().clear('Contents');
    else ws.getRangeByIndexes(0, slot, SHEET_ROWS, SLOT_WIDTH).clear('Contents');
    return ws;
  };
  // Rows of chunks, packed into steps; then the header, which makes the new state the current one.
  const pieces: { row: number; rows: string[][]; bytes: number }[] = [];
  const body = grid.slice(1);
  for (let at = 0; at < body.length;) {
    let end = at;
    let bytes = 0;
    while (end < body.length && (end === at || bytes + rowsBytes([body[end]]) <= STATE_STEP_BYTES)) {
      bytes += rowsBytes([body[end]]);
      end++;
    }
    pieces.push({ row: at + 1, rows: body.slice(at, end), bytes });
    at = end;
  }
  const header = grid.slice(0, 1);
  const finish = (ws: XlWorksheet): void => {
    put(ws, 0, header);
    if (current !== null && current !== slot)
      ws.getRangeByIndexes(0, current, SHEET_ROWS, SLOT_WIDTH).clear('Contents');
  };
  const total = pieces.reduce((n, p) => n + p.bytes, 0) + rowsBytes(header) + 400;
  if (total <= STATE_STEP_BYTES) {
    return [
      {
        bytes: total,
        queue: (context) => {
          const ws = open(context, true);
          for (const p of pieces) put(ws, p.row, p.rows);
          finish(ws);
        },
      },
    ];
  }
  const steps: StateStep[] = pieces.map((p, i) => ({
    bytes: p.bytes + 300,
    queue: (context: XlContext) => put(open(context, i === 0), p.row, p.rows),
  }));
  steps.push({ bytes: rowsBytes(header) + 300, queue: (context) => finish(open(context, false)) });
  return steps;
}

const SHEET_ROWS = 1_048_576;
/** Columns one state slot spans (the header's five fields). */
const SLOT_WIDTH = 5;

/** Write the whole state now, one sync per step (settings, undo): returns the syncs made. */
export async function writeState(
  context: XlContext,
  exists: boolean,
  encoded: EncodedState,
  current: number | null,
): Promise<number> {
  const steps = stateWriteSteps(exists, encoded, current);
  for (const step of steps) {
    step.queue(context);
    // One sync per step is the point: each request must stay under Excel's 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
  return steps.length;
}

/** The state sheet's first window, queued in a caller's sync. */
export interface StateHead {
  ws: XlWorksheet;
  used: XlRange;
  head: XlRange;
}

export function queueStateHead(ws: XlWorksheet): StateHead {
  ws.load('name,visibility');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const head = used.getIntersectionOrNullObject(
    `A1:${String.fromCharCode(64 + STATE_WINDOW.cols)}${STATE_WINDOW.rows}`,
  );
  head.load('values,rowIndex,columnIndex,rowCount,columnCount');
  return { ws, used, head };
}

/** The state sheet's cells as text from A1, reading past the first window in blocks. */
export async function readStateRest(
  context: XlContext,
  probe: StateHead,
): Promise<{ grid: string[][]; syncs: number }> {
  const { ws, used, head } = probe;
  if (ws.isNullObject || used.isNullObject) return { grid: [], syncs: 0 };
  const grid: string[][] = [];
  const place = (range: XlRange): void => {
    range.values.forEach((row, i) => {
      const r = range.rowIndex + i;
      while (grid.length <= r) grid.push([]);
      const cells = grid[r];
      row.forEach((v, j) => {
        const c = range.columnIndex + j;
        while (cells.length < c) cells.push('');
        cells[c] = v === null ? '' : String(v);
      });
    });
  };
  if (!head.isNullObject) place(head);
  const bottom = used.rowIndex + used.rowCount;
  const left = Math.min(used.columnIndex, STATE_WINDOW.cols);
  const right = Math.min(used.columnIndex + used.columnCount, STATE_WINDOW.cols);
  let syncs = 0;
  for (let row = Math.max(STATE_WINDOW.rows, used.rowIndex); row < bottom && right > left;) {
    const count = Math.min(STATE_ROWS_PER_SYNC, bottom - row);
    const block = ws.getRangeByIndexes(row, left, count, right - left);
    block.load('values,rowIndex,columnIndex');
    // One sync per block is the point: each response must stay under Excel's 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    place(block);
    row += count;
  }
  return { grid, syncs };
}

export type FittedState = { ok: true; encoded: EncodedState; dropped: string[] } | { ok: false; message: string };

/**
 * The state encoded, kept under MAX_STATE_CHARS: other sheets' undo records go first, the oldest
 * scoring first (re-scoring needs only their owned cells and fingerprints). Still too large: a
 * message instead of a write that would grind through hundreds of syncs.
 */
export function fitState(state: WorkbookState, keep: string, max = MAX_STATE_CHARS): FittedState {
  let encoded = encodeForSheet(state);
  const dropped: string[] = [];
  const others = Object.entries(state.sheets)
    .filter(([name, s]) => name !== keep && (s.undo?.length ?? 0) > 0)
    .sort(([, a], [, b]) => (a.scoredAt ?? '').localeCompare(b.scoredAt ?? ''));
  let next = state;
  for (const [name, s] of others) {
    if (encoded.chars <= max) break;
    next = withSheetState(next, name, { ...s, undo: undefined });
    dropped.push(name);
    encoded = encodeForSheet(next);
  }
  if (encoded.chars <= max) return { ok: true, encoded, dropped };
  const mb = (n: number): string => (n / 1_000_000).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  return {
    ok: false,
    message: `Scorelight's saved record for this workbook would be ${mb(encoded.chars)} MB, past the ${mb(max)} MB it keeps, so nothing was written. Score fewer or smaller sheets in this workbook`,
  };
}
