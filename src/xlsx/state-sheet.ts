/**
 * The workbook state (owned cells, undo record, mappings, rules) lives in a very hidden sheet,
 * encoded by the core codec so the Excel host and this host read each other's workbooks.
 */
import { decodeState, emptyState, encodeState, STATE_MARKER } from '../core/state/codec';
import { STATE_SHEET_NAME, type WorkbookState } from '../core/state/types';
import { type Book, BookSheet } from './book/book';

/**
 * A sheet holding Scorelight's state: named as ours (in any case, as Excel compares sheet names)
 * and holding our marker in A1, or empty and very hidden. A user's own sheet of that name is
 * neither: it is scored as theirs and never replaced by the state.
 */
export function isStateSheet(ws: BookSheet): boolean {
  if (ws.name.toLowerCase() !== STATE_SHEET_NAME.toLowerCase()) return false;
  if (ws.cellAt(0, 0)?.value === STATE_MARKER) return true;
  return ws.visibility === 'veryHidden' && ws.rows.size === 0;
}

export function stateSheet(book: Book): BookSheet | undefined {
  return book.sheets.find(isStateSheet);
}

/** A sheet of the user's with the state sheet's name: the state then cannot be saved. */
export function stateNameTaken(book: Book): BookSheet | undefined {
  const lower = STATE_SHEET_NAME.toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === lower && !isStateSheet(s));
}

function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** The largest key, -1 for none (a loop: a spread of many keys would overflow the stack). */
function lastKey(keys: Iterable<number>): number {
  let last = -1;
  for (const k of keys) if (k > last) last = k;
  return last;
}

/**
 * Columns of the state sheet that can hold state: the header's five and the chunks in A. A cell
 * far to the right (XFD) is not state, and must not make every row 16,384 strings wide.
 */
const STATE_COLUMNS = 16;

/** The state sheet's cells as rows of text, from A1 (blank cells as ""). */
function stateGrid(ws: BookSheet): string[][] {
  const grid: string[][] = [];
  const last = lastKey(ws.rows.keys());
  for (let r = 0; r <= last; r++) {
    const line = ws.rows.get(r);
    const width = line ? Math.min(lastKey(line.keys()) + 1, STATE_COLUMNS) : 0;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push(cellText(line?.get(c)?.value));
    grid.push(cells);
  }
  return grid;
}

/**
 * The state saved in the workbook and any problems reading it. A damaged state gives an empty one
 * and a warning: scoring must go on; the worst case is that we forget which cells were ours.
 */
export function readStateWithWarnings(book: Book): { state: WorkbookState; warnings: string[] } {
  const ws = stateSheet(book);
  if (!ws) return { state: emptyState(), warnings: [] };
  try {
    const decoded = decodeState(stateGrid(ws), { sheets: book.sheets.map((s) => s.name) });
    if (decoded.ok) return { state: decoded.state, warnings: decoded.warnings };
    return {
      state: emptyState(),
      warnings: [`Scorelight's saved settings in this workbook could not be read (${decoded.error}); they were reset.`],
    };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      state: emptyState(),
      warnings: [`Scorelight's saved settings in this workbook could not be read (${why}); they were reset.`],
    };
  }
}

/** The state saved in the workbook, or an empty state when there is none or it cannot be read. */
export function readState(book: Book): WorkbookState {
  return readStateWithWarnings(book).state;
}

/**
 * Replace the state sheet's content with this state, creating the sheet (very hidden) if needed.
 * False, with nothing written, when a sheet of the user's already has the name.
 */
export function writeState(book: Book, state: WorkbookState): boolean {
  let ws = stateSheet(book);
  if (!ws && stateNameTaken(book)) return false;
  const grid = encodeState(state);
  if (!ws) {
    ws = new BookSheet(STATE_SHEET_NAME, undefined, book.styles, 'veryHidden');
    book.sheets.push(ws);
  }
  ws.visibility = 'veryHidden';
  ws.clear();
  grid.forEach((cells, r) => {
    cells.forEach((text, c) => {
      // Saved as inline strings: encoded JSON starting with "=" is never a formula.
      if (text !== '') ws.cellFor(r, c).value = text;
    });
  });
  ws.rewritten = true;
  book.stateChanged = true;
  return true;
}
