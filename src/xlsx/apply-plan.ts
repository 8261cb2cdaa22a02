/**
 * Applies a core WritePlan to a Book sheet. The plan decides what to write; this file only writes
 * it faithfully: text as text (a string value is saved as an inline string, so "=1+1" can never
 * become a formula), our fill/font colour/bold as the cell's look, widths for columns we added. It
 * records each cell it changes for the writer, which edits only those cells of the package, and
 * keeps in the workbook state which cells are ours and how they looked before.
 */
import { cellNumber, toA1 } from '../core/a1';
import type { CellStyle } from '../core/cell-style';
import type { CellRef } from '../core/snapshot';
import type { WritePlan } from '../core/plan/types';
import type { SheetState, UndoCell, WorkbookState } from '../core/state/types';
import { sheetState, withSheetState } from '../core/state/codec';
import type { BookSheet } from './book/book';

export interface ApplyOutcome {
  /** The workbook state with this sheet's owned cells and undo record updated (unchanged when blocked). */
  state: WorkbookState;
  /** False when nothing was written (blocked plan). */
  written: boolean;
  /** A1 addresses the plan asked for but that were left alone (a formula, or inside a merged area). */
  skipped: string[];
}

const NO_LOOK: CellStyle = Object.freeze({});

/** A cell we must not touch even if the plan names it: a formula, or a merged cell other than its top-left. */
export function untouchable(ws: BookSheet, ref: CellRef): boolean {
  if (ws.cellAt(ref.row, ref.col)?.formula) return true;
  return ws.mergedRole(ref.row, ref.col) === 'covered';
}

export function applyPlan(
  ws: BookSheet,
  plan: WritePlan,
  state: WorkbookState,
  scoredAt: Date = new Date(),
): ApplyOutcome {
  const out = applyPlanToSheet(ws, plan, sheetState(state, plan.sheet), scoredAt);
  return {
    state: out.sheetState ? withSheetState(state, plan.sheet, out.sheetState) : state,
    written: out.written,
    skipped: out.skipped,
  };
}

export interface SheetApplyOutcome {
  /** The sheet's new state (owned cells, undo record); undefined when blocked. */
  sheetState?: SheetState;
  written: boolean;
  skipped: string[];
}

/**
 * applyPlan for one sheet, given its state from before: the new sheet state is returned rather
 * than merged, so a workbook of many sheets builds its state once (score-workbook.ts), not once
 * per sheet (copying every sheet's entry each time made 10,000 sheets cost 10,000²).
 */
export function applyPlanToSheet(
  ws: BookSheet,
  plan: WritePlan,
  previous: SheetState,
  scoredAt: Date = new Date(),
): SheetApplyOutcome {
  if (plan.blocked) return { written: false, skipped: [] };

  const skipped = new Set<string>();
  const skippedKeys = new Set<number>();
  for (const ref of [...plan.writes.map((w) => w.cell), ...plan.clears]) {
    if (!untouchable(ws, ref)) continue;
    skipped.add(toA1(ref));
    skippedKeys.add(cellNumber(ref));
  }
  const writable = (ref: CellRef): boolean => skippedKeys.size === 0 || !skippedKeys.has(cellNumber(ref));

  // Capture the look before anything changes, so undo can put it back.
  const undo: UndoCell[] = plan.undo
    .filter((u) => writable(u.cell))
    .map((u) => ({ ...u, style: ws.lookOf(ws.cellAt(u.cell.row, u.cell.col)) }));

  for (const w of plan.writes) {
    if (!writable(w.cell)) continue;
    const cell = ws.cellFor(w.cell.row, w.cell.col);
    cell.value = String(w.text);
    cell.error = false;
    // Looks are shared, never changed in place: a cell given another look gets another object.
    // An added header takes the table's own header look (fill, font colour, bold) where it has one.
    const from = w.lookFrom ? ws.cellAt(w.lookFrom.row, w.lookFrom.col) : undefined;
    cell.look = from ? ws.lookOf(from) : (plan.styles[w.style] ?? NO_LOOK);
    ws.touch(w.cell);
  }

  for (const ref of plan.clears) {
    if (!writable(ref)) continue;
    const cell = ws.cellAt(ref.row, ref.col);
    if (!cell) continue;
    cell.value = '';
    cell.error = false;
    cell.look = NO_LOOK;
    ws.touch(ref);
  }

  for (const [col, width] of Object.entries(plan.columnWidths)) {
    const c = Number(col);
    // Only a column with no width of its own: a width the user set on our column is theirs.
    if (!ws.columnWidths.has(c)) ws.addedColumnWidths[c] = width;
  }

  const sheetState: SheetState = {
    ...previous,
    owned: plan.owned.filter((a1) => !skipped.has(a1)),
    prints: plan.prints,
    // Look codes are the Excel host's (src/excel/look-print.ts): an older scoring's would not fit this one.
    looks: undefined,
    undo,
    scoredAt: scoredAt.toISOString(),
  };
  return { sheetState, written: true, skipped: [...skipped] };
}
