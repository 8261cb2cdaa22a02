/**
 * Applies a core WritePlan to an ExcelJS worksheet. The plan decides what to write; this file only
 * writes it faithfully: text as text (ExcelJS stores a JS string as a string cell, so "=1+1" can
 * never become a formula), our fill/font colour/bold on a fresh style copy, widths for columns we
 * added. It also records, in the workbook state, which cells are ours and how they looked before.
 */
import type { Cell, Worksheet } from 'exceljs';
import { cellNumber, toA1 } from '../core/a1';
import type { CellRef } from '../core/snapshot';
import type { WritePlan } from '../core/plan/types';
import type { UndoCell, WorkbookState } from '../core/state/types';
import { sheetState, withSheetState } from '../core/state/codec';
import { isFormulaValue } from './cell-values';
import { lookKey, readCellStyle, setCellStyle } from './cell-styles';

export interface ApplyOutcome {
  /** The workbook state with this sheet's owned cells and undo record updated (unchanged when blocked). */
  state: WorkbookState;
  /** False when nothing was written (blocked plan). */
  written: boolean;
  /** A1 addresses the plan asked for but that were left alone (a formula, or inside a merged area). */
  skipped: string[];
}

// Row then cell by number: ExcelJS's own findCell/getCell(r, c) build and parse an A1 address per call.
function findCell(ws: Worksheet, ref: CellRef): Cell | undefined {
  return ws.findRow(ref.row + 1)?.findCell(ref.col + 1);
}

function getCell(ws: Worksheet, ref: CellRef): Cell {
  return ws.getRow(ref.row + 1).getCell(ref.col + 1);
}

/** A cell we must not touch even if the plan names it: a formula, or a merged cell other than its top-left. */
function untouchable(cell: Cell | undefined): boolean {
  if (!cell) return false;
  if (isFormulaValue(cell.value)) return true;
  return cell.isMerged && cell.master !== cell;
}

export function applyPlan(
  ws: Worksheet,
  plan: WritePlan,
  state: WorkbookState,
  scoredAt: Date = new Date(),
): ApplyOutcome {
  if (plan.blocked) return { state, written: false, skipped: [] };

  const skipped = new Set<string>();
  const skippedKeys = new Set<number>();
  for (const ref of [...plan.writes.map((w) => w.cell), ...plan.clears]) {
    if (!untouchable(findCell(ws, ref))) continue;
    skipped.add(toA1(ref));
    skippedKeys.add(cellNumber(ref));
  }
  const writable = (ref: CellRef): boolean => skippedKeys.size === 0 || !skippedKeys.has(cellNumber(ref));

  // Capture the look before anything changes, so undo can put it back.
  const undo: UndoCell[] = plan.undo
    .filter((u) => writable(u.cell))
    .map((u) => ({ ...u, style: readCellStyle(findCell(ws, u.cell)) }));

  const looks = new Map(Object.entries(plan.styles).map(([name, look]) => [name, { look, key: lookKey(look) }]));
  const none = { look: {}, key: lookKey({}) };
  for (const w of plan.writes) {
    if (!writable(w.cell)) continue;
    const cell = getCell(ws, w.cell);
    // A plain string value: ExcelJS writes it as a string cell, never as a formula.
    cell.value = String(w.text);
    const { look, key } = looks.get(w.style) ?? none;
    setCellStyle(cell, look, key);
  }

  for (const ref of plan.clears) {
    if (!writable(ref)) continue;
    const cell = findCell(ws, ref);
    if (!cell) continue;
    cell.value = null;
    setCellStyle(cell, {});
  }

  for (const [col, width] of Object.entries(plan.columnWidths)) {
    const column = ws.getColumn(Number(col) + 1);
    // Only a column with no width of its own: a width the user set on our column is theirs.
    if (column.width === undefined) column.width = width;
  }

  const previous = sheetState(state, plan.sheet);
  const next = withSheetState(state, plan.sheet, {
    ...previous,
    owned: plan.owned.filter((a1) => !skipped.has(a1)),
    prints: plan.prints,
    undo,
    scoredAt: scoredAt.toISOString(),
  });
  return { state: next, written: true, skipped: [...skipped] };
}
