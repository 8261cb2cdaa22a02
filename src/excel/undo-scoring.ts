/**
 * "Undo last scoring" for Excel: puts back what the last scoring of the active sheet changed.
 * What it restores, per cell in the undo record kept in the state sheet:
 * - the value and number format as they were before (strings stay text);
 * - the formatting: copied back from the formatting backup when it belongs to this scoring
 *   (fill, font, borders, everything Excel copies as formats); otherwise the style recorded in the
 *   plan, and failing that no fill and the default font.
 * Cells where the user has since typed a formula are left alone. One level, like the .xlsx host:
 * the record is replaced at each scoring and dropped after an undo. Column widths are not reset.
 * Two syncs: read, then write (more write blocks only past 4 MB; one undo step where ExcelApi 1.20 allows).
 */
import { toA1 } from '../core/a1';
import type { UndoOutcome } from '../core/host';
import type { CellRange } from '../core/snapshot';
import { sheetState, withSheetState } from '../core/state/codec';
import { STATE_SHEET_NAME } from '../core/state/types';
import { chunkChanges, packBlocks, queueChunk, type CellChange } from './cell-batches';
import { styleProps } from './cell-format';
import type { XlContext, XlRangeAreas } from './excel-api';
import type { ExcelEnv } from './excel-env';
import { FORMAT_BACKUP_SHEET, parseMarker, queueFormatRestore } from './format-backup';
import { officeExcelEnv } from './office-env';
import { errorText } from './outcome-messages';
import { WRITE_BUDGET_BYTES } from './payload';
import { supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { encodeForSheet, queueStateWrite, stateFromGrid, stateGridFromRange } from './state-store';
import { restoredValue } from './text-safety';

function inside(r: CellRange, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount;
}

function formulaCells(areas: XlRangeAreas): Set<string> {
  const set = new Set<string>();
  if (areas.isNullObject) return set;
  for (const a of areas.areas.items) {
    for (let i = 0; i < a.rowCount; i++)
      for (let j = 0; j < a.columnCount; j++) set.add(`${a.rowIndex + i},${a.columnIndex + j}`);
  }
  return set;
}

/** Vertical runs of cells (same column, consecutive rows): one copyFrom each. */
function runs(cells: { row: number; col: number }[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const out: CellRange[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last.col === c.col && last.row + last.rowCount === c.row) last.rowCount++;
    else out.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1 });
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
  const marker = backupWs.getRange('A1');
  marker.load('values');
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

  const backup = backupWs.isNullObject ? null : parseMarker(marker.values[0]?.[0]);
  const backedUp = backup && backup.sheet === sheet && backup.scoredAt === current.scoredAt ? backup.ranges : [];
  const userFormulas = formulaCells(formulas);
  const changes: CellChange[] = [];
  const copied: { row: number; col: number }[] = [];
  const emptied = new Set<string>();
  for (const u of undo) {
    const { row, col } = u.cell;
    // The user has since typed a formula here: it is theirs now.
    if (userFormulas.has(`${row},${col}`)) continue;
    const fromBackup = backedUp.some((r) => inside(r, row, col));
    if (fromBackup) copied.push(u.cell);
    changes.push({
      row,
      col,
      value: restoredValue(u.value, u.numberFormat),
      numberFormat: u.numberFormat,
      props: fromBackup ? null : styleProps(u.style),
    });
    if (u.value === '') emptied.add(toA1(u.cell));
  }
  // Cells put back to empty are no longer ours; cells put back to an earlier status stay ours.
  const next = withSheetState(state, sheet, {
    ...current,
    owned: current.owned.filter((a1) => !emptied.has(a1)),
    undo: undefined,
  });
  const encoded = encodeForSheet(next);
  // Runs of consecutive rows only: undo does not read the merged areas, and a gap could cross one.
  const blocks = packBlocks(chunkChanges(changes, WRITE_BUDGET_BYTES / 2, [], 0), WRITE_BUDGET_BYTES, encoded.bytes);
  const target = books.getItem(sheet);
  for (let b = 0; b < blocks.length; b++) {
    if (b === 0) {
      queueStateWrite(context, !stateWs.isNullObject, encoded);
      // Formats first (copyFrom brings the old number format too), then values and number formats.
      for (const r of runs(copied)) queueFormatRestore(target, r);
    }
    for (const chunk of blocks[b]) queueChunk(target, chunk);
    // Blocks keep each request under Excel's 5 MB; a typical undo is one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
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
      message: `Undo failed: ${errorText(error)}. The sheet may be partly restored; check it before scoring again.`,
    };
  }
}
