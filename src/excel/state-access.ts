/**
 * Read-modify-write of the workbook state for the pane's settings (rules, column mappings):
 * read (one sync for a typical state, more for a large one), then write it back in steps that
 * each stay under Excel's request limit (state-store.ts). Scoring writes the state in its own batch.
 */
import type { WorkbookState } from '../core/state/types';
import { STATE_SHEET_NAME } from '../core/state/types';
import type { XlContext } from './excel-api';
import {
  encodeForSheet,
  isOurStateGrid,
  queueStateHead,
  readStateRest,
  stateColumn,
  stateFromGrid,
  writeState,
} from './state-store';

export interface StateRead {
  state: WorkbookState;
  exists: boolean;
  /** Where the state sits in its sheet (state-store.ts stateColumn). */
  at: number | null;
  /** A visible sheet of the user's with our name: never cleared. */
  taken: boolean;
}

export async function readState(context: XlContext): Promise<StateRead> {
  const probe = queueStateHead(context.workbook.worksheets.getItemOrNullObject(STATE_SHEET_NAME));
  await context.sync();
  if (probe.ws.isNullObject) return { state: stateFromGrid([]), exists: false, at: null, taken: false };
  const { grid } = await readStateRest(context, probe);
  return {
    state: stateFromGrid(grid),
    exists: true,
    at: stateColumn(grid),
    taken: probe.ws.visibility === 'Visible' && !isOurStateGrid(grid),
  };
}

export async function updateState(context: XlContext, change: (s: WorkbookState) => WorkbookState): Promise<void> {
  const { state, exists, at, taken } = await readState(context);
  if (taken)
    throw new Error(
      'This workbook already has a sheet of its own named "Scorelight_state". Scorelight does not clear a sheet that is not its own: rename that sheet, then try again.',
    );
  await writeState(context, exists, encodeForSheet(change(state)), at);
}
