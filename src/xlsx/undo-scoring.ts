/**
 * "Undo last scoring" for the .xlsx host: puts back the values and looks recorded when the last
 * plan was applied. One level only, as in Excel's own add-in (the record is replaced at each scoring).
 */
import { toA1 } from '../core/a1';
import type { UndoOutcome } from '../core/host';
import { sheetState, withSheetState } from '../core/state/codec';
import { untouchable } from './apply-plan';
import type { Book } from './book/book';
import { readState, writeState } from './state-sheet';

export function undoLastScoring(book: Book, sheet: string): UndoOutcome {
  const ws = book.sheet(sheet);
  if (!ws) return { restored: 0, message: `There is no sheet called "${sheet}".` };
  const state = readState(book);
  const current = sheetState(state, ws.name);
  const undo = current.undo ?? [];
  if (undo.length === 0) return { restored: 0, message: `Nothing to undo on "${ws.name}".` };
  if (ws.protected)
    return { restored: 0, message: `Sheet "${ws.name}" is protected: unprotect it to undo the last scoring.` };

  const emptied = new Set<string>();
  let restored = 0;
  for (const u of undo) {
    // The user has since typed a formula here: it is theirs now, leave it.
    if (untouchable(ws, u.cell)) continue;
    const cell = ws.cellFor(u.cell.row, u.cell.col);
    cell.value = u.value;
    cell.error = false;
    // The number format is the cell's own: scoring never changes it, so there is nothing to put back.
    cell.look = { ...(u.style ?? {}) };
    ws.touch(u.cell);
    if (u.value === '') emptied.add(toA1(u.cell));
    restored++;
  }
  // Cells put back to empty are no longer ours; cells put back to an earlier status stay ours.
  const next = withSheetState(state, ws.name, {
    ...current,
    owned: current.owned.filter((a1) => !emptied.has(a1)),
    undo: undefined,
  });
  writeState(book, next);
  return {
    restored,
    message: `Restored ${restored} cell${restored === 1 ? '' : 's'} on "${ws.name}" to how they were before the last scoring.`,
  };
}
