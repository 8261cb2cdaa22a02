/**
 * "Undo last scoring" for Excel: puts back what the last scoring of the active sheet changed.
 * What it restores, per cell in the undo record kept in the state sheet:
 * - the value and number format as they were before (strings stay text);
 * - the fill and font: read from this sheet's formatting backup when it belongs to this scoring
 *   and written back with setCellProperties inside the same batched range calls as the values
 *   (conditional formats are left exactly as they are); otherwise the style recorded in the plan,
 *   and failing that no fill and the default font.
 * Cells where the user has since typed a formula are left alone. One level, like the .xlsx host.
 * The undo record is cleared only after every restore has synced, in a sync of its own: if a
 * restore fails, or its response is lost, the record is still there and Undo can be pressed again
 * (restoring is idempotent). Column widths are not reset.
 * Syncs: read, read the backed-up formats (blocks past 4 MB), restore (blocks past 4 MB), clear the
 * record; one undo step where ExcelApi 1.20 allows.
 */
import { toA1 } from '../core/a1';
import type { UndoOutcome } from '../core/host';
import { sheetState, withSheetState } from '../core/state/codec';
import { STATE_SHEET_NAME } from '../core/state/types';
import { chunkChanges, packBlocks, queueChunk, type CellChange } from './cell-batches';
import { styleProps } from './cell-format';
import type { XlCellProps, XlContext, XlRangeAreas } from './excel-api';
import type { ExcelEnv } from './excel-env';
import {
  BACKUP_PROPS,
  backupCell,
  FORMAT_BACKUP_SHEET,
  markersFromRow,
  restorableProps,
  type BackupMarker,
} from './format-backup';
import { officeExcelEnv } from './office-env';
import { errorText } from './outcome-messages';
import { WRITE_BUDGET_BYTES } from './payload';
import { supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { encodeForSheet, queueStateWrite, stateFromGrid, stateGridFromRange } from './state-store';
import { restoredValue } from './text-safety';

/** Backed-up cells read per sync: about 110 bytes of response each, so 30,000 stay under 4 MB. */
const PROPS_CELLS_PER_SYNC = 30_000;

function formulaCells(areas: XlRangeAreas): Set<string> {
  const set = new Set<string>();
  if (areas.isNullObject) return set;
  for (const a of areas.areas.items) {
    for (let i = 0; i < a.rowCount; i++)
      for (let j = 0; j < a.columnCount; j++) set.add(`${a.rowIndex + i},${a.columnIndex + j}`);
  }
  return set;
}

/** The backed-up fill and font of each backed-up cell, keyed "row,col" in the scored sheet. */
async function readBackedUpFormats(
  context: XlContext,
  marker: BackupMarker,
  cells: { row: number; col: number }[],
): Promise<Map<string, XlCellProps>> {
  const backup = context.workbook.worksheets.getItem(FORMAT_BACKUP_SHEET);
  const out = new Map<string, XlCellProps>();
  // Whole slices touched by the undo, cut into pieces that each fit a request's response.
  const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
  const pieces: { slice: BackupMarker['slices'][number]; from: number; rows: number }[] = [];
  for (const slice of marker.slices) {
    let touched = false;
    for (let r = slice.row; r < slice.row + slice.rowCount && !touched; r++) touched = wanted.has(`${r},${slice.col}`);
    if (!touched) continue;
    for (let from = 0; from < slice.rowCount; from += PROPS_CELLS_PER_SYNC)
      pieces.push({ slice, from, rows: Math.min(PROPS_CELLS_PER_SYNC, slice.rowCount - from) });
  }
  let i = 0;
  while (i < pieces.length) {
    const batch: { piece: (typeof pieces)[number]; result: { readonly value: XlCellProps[][] } }[] = [];
    let cellsInBatch = 0;
    while (i < pieces.length && (batch.length === 0 || cellsInBatch + pieces[i].rows <= PROPS_CELLS_PER_SYNC)) {
      const piece = pieces[i++];
      const range = backup.getRangeByIndexes(piece.slice.at + piece.from, marker.col, piece.rows, 1);
      batch.push({ piece, result: range.getCellProperties(BACKUP_PROPS) });
      cellsInBatch += piece.rows;
    }
    // One sync per batch of pieces: each response must stay under Excel's 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const { piece, result } of batch) {
      result.value.forEach((row, k) => {
        const key = `${piece.slice.row + piece.from + k},${piece.slice.col}`;
        if (wanted.has(key) && row[0]) out.set(key, restorableProps(row[0]));
      });
    }
  }
  return out;
}

async function undoInContext(context: XlContext): Promise<UndoOutcome> {
  const books = context.workbook.worksheets;
  const ws = books.getActiveWorksheet();
  ws.load('name,protection/protected');
  const formulas = ws.getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject('Formulas');
  formulas.load('areaCount');
  formulas.areas.load('rowIndex,columnIndex,rowCount,columnCount');
  const stateWs = books.getItemOrNullObject(STATE_SHEET_NAME);
  stateWs.load('name');
  const stateUsed = stateWs.getUsedRangeOrNullObject(true);
  stateUsed.load('values,rowIndex,columnIndex');
  const backupWs = books.getItemOrNullObject(FORMAT_BACKUP_SHEET);
  backupWs.load('name');
  const markerRow = backupWs.getUsedRangeOrNullObject(true);
  markerRow.load('values,columnIndex');
  await context.sync();

  const sheet = ws.name;
  const state = stateFromGrid(stateWs.isNullObject ? [] : stateGridFromRange(stateUsed));
  const current = sheetState(state, sheet);
  const undo = current.undo ?? [];
  if (undo.length === 0) return { restored: 0, message: `Nothing to undo on "${sheet}".` };
  if (ws.protection.protected)
    return {
      restored: 0,
      message: `Sheet "${sheet}" is protected: unprotect it (Review > Unprotect Sheet) to undo the last scoring. Nothing was changed.`,
    };

  const markers =
    backupWs.isNullObject || markerRow.isNullObject ? [] : markersFromRow(markerRow.values, markerRow.columnIndex);
  // This sheet's backup, and only when it was taken by the scoring being undone.
  const marker = markers.find((m) => m.sheet === sheet && m.scoredAt === current.scoredAt) ?? null;
  const userFormulas = formulaCells(formulas);
  const kept = undo.filter((u) => !userFormulas.has(`${u.cell.row},${u.cell.col}`));
  const backedUp = marker
    ? await readBackedUpFormats(
        context,
        marker,
        kept.map((u) => u.cell).filter((c) => backupCell(marker, c.row, c.col)),
      )
    : new Map<string, XlCellProps>();

  const changes: CellChange[] = [];
  const emptied = new Set<string>();
  for (const u of kept) {
    const { row, col } = u.cell;
    changes.push({
      row,
      col,
      value: restoredValue(u.value, u.numberFormat),
      numberFormat: u.numberFormat,
      props: backedUp.get(`${row},${col}`) ?? styleProps(u.style),
    });
    if (u.value === '') emptied.add(toA1(u.cell));
  }
  // Runs of consecutive rows only: undo does not read the merged areas, and a gap could cross one.
  const blocks = packBlocks(chunkChanges(changes, WRITE_BUDGET_BYTES / 2, [], 0), WRITE_BUDGET_BYTES, 0);
  const target = books.getItem(sheet);
  for (const block of blocks) {
    for (const chunk of block) queueChunk(target, chunk);
    // Blocks keep each request under Excel's 5 MB; a typical undo is one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  // Every restore has landed: only now forget the record. Cells put back to empty are no longer
  // ours; cells put back to an earlier status stay ours.
  const next = withSheetState(state, sheet, {
    ...current,
    owned: current.owned.filter((a1) => !emptied.has(a1)),
    undo: undefined,
  });
  queueStateWrite(context, !stateWs.isNullObject, encodeForSheet(next));
  await context.sync();
  const n = changes.length;
  return {
    restored: n,
    message: `Restored ${n} cell${n === 1 ? '' : 's'} on "${sheet}" to how they were before the last scoring.`,
  };
}

export async function undoLastScoring(options: { env?: ExcelEnv } = {}): Promise<UndoOutcome> {
  const env = options.env ?? officeExcelEnv();
  const tooOld = unsupportedExcelMessage(env);
  if (tooOld) return { restored: 0, message: tooOld };
  try {
    return await env.run((context) => undoInContext(context), { mergeUndoGroup: supportsMergeUndo(env) });
  } catch (error) {
    return {
      restored: 0,
      message: `Undo failed: ${errorText(error)}. The undo record is kept: check the sheet, then press Undo last scoring again to finish putting it back.`,
    };
  }
}
