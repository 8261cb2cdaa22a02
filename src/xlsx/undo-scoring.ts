/**
 * "Undo last scoring" for the .xlsx host: puts back the values and looks recorded when the last
 * plan was applied. One level only, as in Excel's own add-in (the record is replaced at each scoring).
 */
import type { Workbook } from 'exceljs';
import { toA1 } from '../core/a1';
import type { UndoOutcome } from '../core/host';
import { sheetState, withSheetState } from '../core/state/codec';
import { isFormulaValue } from './cell-values';
import { setCellNumberFormat, setCellStyle } from './cell-styles';
import { isSheetProtected } from './read-snapshot';
import { readState, writeState } from './state-sheet';
import { touchCells } from './package/touched';

export function undoLastScoring(wb: Workbook, sheet: string): UndoOutcome {
  const ws = wb.getWorksheet(sheet);
  if (!ws) return { restored: 0, message: `There is no sheet called "${sheet}".` };
  const state = readState(wb);
  const current = sheetState(state, sheet);
  const undo = current.undo ?? [];
  if (undo.length === 0) return { restored: 0, message: `Nothing to undo on "${sheet}".` };
  if (isSheetProtected(ws))
    return { restored: 0, message: `Sheet "${sheet}" is protected: unprotect it to undo the last scoring.` };

  const emptied = new Set<string>();
  let restored = 0;
  for (const u of undo) {
    const cell = ws.getCell(u.cell.row + 1, u.cell.col + 1);
    // The user has since typed a formula here: it is theirs now, leave it.
    if (isFormulaValue(cell.value) || (cell.isMerged && cell.master !== cell)) continue;
    cell.value = u.value === '' ? null : u.value;
    setCellNumberFormat(cell, u.numberFormat);
    setCellStyle(cell, u.style ?? {});
    if (u.value === '') emptied.add(toA1(u.cell));
    restored++;
  }
  // Cells put back to empty are no longer ours; cells put back to an earlier status stay ours.
  const next = withSheetState(state, sheet, {
    ...current,
    owned: current.owned.filter((a1) => !emptied.has(a1)),
    undo: undefined,
  });
  touchCells(
    wb,
    sheet,
    undo.map((u) => u.cell),
  );
  writeState(wb, next);
  return {
    restored,
    message: `Restored ${restored} cell${restored === 1 ? '' : 's'} on "${sheet}" to how they were before the last scoring.`,
  };
}
