/**
 * Read-modify-write of the workbook state for the pane's settings (rules, column mappings):
 * read in one sync, queue the new state, sync. Scoring itself writes the state in its own batch.
 */
import type { WorkbookState } from '../core/state/types';
import { STATE_SHEET_NAME } from '../core/state/types';
import type { XlContext } from './excel-api';
import { encodeForSheet, queueStateWrite, stateFromGrid, stateGridFromRange } from './state-store';

export async function readState(context: XlContext): Promise<{ state: WorkbookState; exists: boolean }> {
  const ws = context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME);
  ws.load('name');
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('values,rowIndex,columnIndex');
  await context.sync();
  if (ws.isNullObject) return { state: stateFromGrid([]), exists: false };
  return { state: stateFromGrid(stateGridFromRange(used)), exists: true };
}

export async function updateState(context: XlContext, change: (s: WorkbookState) => WorkbookState): Promise<void> {
  const { state, exists } = await readState(context);
  queueStateWrite(context, exists, encodeForSheet(change(state)));
  await context.sync();
}
