/**
 * "Undo last scoring" for Excel: puts back what the last scoring of the active sheet changed.
 * Only cells that still hold exactly what the scoring left there are restored: the fingerprint of
 * the text it wrote (or empty where it cleared) and the code of the look it gave (look-print.ts:
 * fill, weight, and the font colour and wrap where it set them). A cell the user has typed into or
 * re-formatted since is left as it is, and named in the message. If rows or columns were inserted
 * or deleted since (a KPI name recorded at scoring is no longer where it was), undo refuses and
 * changes nothing.
 * The record is found by Worksheet.id (core/state/keying.ts): a renamed sheet keeps its undo, a
 * new sheet given an old name does not inherit it.
 * What it restores, per cell in the undo record kept in the state sheet:
 * - the value and number format as they were before (strings stay text);
 * - exactly the format properties scoring set: the fill (colour, pattern, pattern colour, tint),
 *   the weight, and the font colour and wrap where it set them; a colour going back to Automatic
 *   by a reset to the cell's style (undo-style-reset.ts). Read from this sheet's formatting backup
 *   when it belongs to this scoring and written back with setCellProperties inside the same
 *   batched range calls as the values (conditional formats are left exactly as they are);
 *   otherwise the style recorded in the plan, and failing that no fill and the default font.
 * One level per sheet, like the .xlsx host.
 * The undo record is cleared only after every restore has synced, in a sync of its own: if a
 * restore fails, or its response is lost, the record is still there and Undo can be pressed again
 * (restoring is idempotent). Column widths are not reset.
 * Syncs: read; read the values and looks now, what a style reset would overwrite, and the backed-up
 * formats (blocks past 4 MB); restore (blocks past 4 MB); clear the record. One undo step where
 * ExcelApi 1.20 allows. A state saved before look codes takes one more read where a font colour
 * goes back to Automatic.
 */
import { toA1 } from '../core/a1';
import type { UndoOutcome } from '../core/host';
import type { CellRef } from '../core/snapshot';
import { sheetState, withSheetState } from '../core/state/codec';
import { compactCells } from '../core/state/compact';
import { fingerprint } from '../core/state/fingerprint';
import { keyBySheetId } from '../core/state/keying';
import { STATE_SHEET_NAME } from '../core/state/types';
import { chunkChanges, packBlocks, queueChunk, type CellChange } from './cell-batches';
import { styleProps } from './cell-format';
import type { XlCellProps, XlContext } from './excel-api';
import type { ExcelEnv } from './excel-env';
import { FORMAT_BACKUP_SHEET, markersFromRow, restorableProps } from './format-backup';
import { officeExcelEnv } from './office-env';
import { lookScope } from './look-print';
import { errorText } from './outcome-messages';
import { WRITE_BUDGET_BYTES } from './payload';
import { supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { encodeForSheet, queueStateHead, readStateRest, stateColumn, stateFromGrid, writeState } from './state-store';
import { restoredValue } from './text-safety';
import { formulaCells, readJobs, resetReadJobs, runReads, type UndoReads } from './undo-reads';
import { queueStyleResets, readsAutomatic, type StyleReset } from './undo-style-reset';
import { lookCode, untouched } from './undo-untouched';

function withoutFontColour(p: XlCellProps): XlCellProps {
  const font = { ...p.format?.font };
  delete font.color;
  delete font.tintAndShade;
  return { ...p, format: { ...p.format, font } };
}

async function undoInContext(context: XlContext): Promise<UndoOutcome> {
  const books = context.workbook.worksheets;
  const ws = books.getActiveWorksheet();
  ws.load('name,id,protection/protected');
  const formulas = ws.getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject('Formulas');
  formulas.load('areaCount');
  formulas.areas.load('rowIndex,columnIndex,rowCount,columnCount');
  const probe = queueStateHead(books.getItemOrNullObject(STATE_SHEET_NAME));
  const backupWs = books.getItemOrNullObject(FORMAT_BACKUP_SHEET);
  backupWs.load('name');
  const markerRow = backupWs.getUsedRangeOrNullObject(true);
  markerRow.load('values,columnIndex');
  await context.sync();

  const sheet = ws.name;
  const stateExists = !probe.ws.isNullObject;
  const grid = stateExists ? (await readStateRest(context, probe)).grid : [];
  const state = keyBySheetId(stateFromGrid(grid), sheet, ws.id || undefined);
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
  const reads: UndoReads = {
    now: new Map(),
    looksNow: new Map(),
    formatsNow: new Map(),
    backedUp: new Map(),
    anchorsNow: new Map(),
  };
  const anchors = current.anchors ?? [];
  const owned = new Set(current.owned);
  // Cells whose font colour this scoring set (their look code says so) may need a style reset:
  // what it would overwrite is read in the same syncs as everything else.
  const resets = new Map<string, StyleReset>();
  const recoloured = undo.map((u) => u.cell).filter((c) => lookScope(lookCode(toA1(c), current, owned))?.fontColor);
  await runReads(context, [
    ...readJobs(
      context,
      sheet,
      undo.map((u) => u.cell),
      marker,
      anchors,
      reads,
    ),
    ...resetReadJobs(context, sheet, recoloured, resets),
  ]);

  // Rows or columns inserted or deleted since: the recorded addresses no longer name the cells
  // that were scored. Writing there would put old values into unrelated cells.
  const moved = anchors.filter((a) => {
    const v = reads.anchorsNow.get(a.cell);
    return v === undefined || v === null || v === '' || fingerprint(String(v)) !== a.print;
  });
  if (moved.length > 0)
    return {
      restored: 0,
      message: `Rows or columns on "${sheet}" have been inserted or deleted since the last scoring (${moved[0].cell} no longer holds the KPI it held), so the cells Scorelight would put back have moved. Nothing was changed. Use Excel's own Undo, or re-score the sheet.`,
    };

  const userFormulas = formulaCells(formulas);
  const changes: CellChange[] = [];
  const emptied = new Set<string>();
  const left: CellRef[] = [];
  /** Cells whose font colour goes back to Automatic: reset to their style (undo-style-reset.ts). */
  const toReset: CellRef[] = [];
  for (const u of undo) {
    const { row, col } = u.cell;
    const key = `${row},${col}`;
    const a1 = toA1(u.cell);
    const lookNow = reads.looksNow.get(key);
    if (
      userFormulas.has(key) ||
      !untouched(reads.now.get(key), lookNow, reads.formatsNow.get(key), a1, current, owned)
    ) {
      left.push(u.cell);
      continue;
    }
    const backed = reads.backedUp.get(key);
    const scope = lookScope(lookCode(a1, current, owned));
    let props = backed ? restorableProps(backed, lookNow?.format?.font?.color, scope) : styleProps(u.style);
    // Back to a colour Excel reads as black (Automatic), or to the default font where there is no
    // backup: writing "#000000" would fix an explicit black, so the style puts Automatic back.
    const automatic = backed
      ? props.format?.font?.color !== undefined && readsAutomatic(backed)
      : scope?.fontColor === true && !u.style?.fontColor;
    if (automatic) {
      props = withoutFontColour(props);
      toReset.push(u.cell);
    }
    changes.push({ row, col, value: restoredValue(u.value, u.numberFormat), numberFormat: u.numberFormat, props });
    if (u.value === '') emptied.add(a1);
  }
  // A state without look codes: what a style reset overwrites is read now, in a sync of its own.
  const unread = toReset.filter((c) => !resets.has(`${c.row},${c.col}`));
  if (unread.length > 0) await runReads(context, resetReadJobs(context, sheet, unread, resets));
  // Runs of consecutive rows only: undo does not read the merged areas, and a gap could cross one.
  const blocks = packBlocks(chunkChanges(changes, WRITE_BUDGET_BYTES / 2, [], 0), WRITE_BUDGET_BYTES, 0);
  const target = books.getItem(sheet);
  for (const block of blocks) {
    for (const chunk of block) {
      // Each cell's style reset goes just before its own writes, on the same range: a request that
      // fails part-way (Excel keeps what ran before the failure) has reset no cell of a later chunk.
      const chunkResets = chunk.changes.flatMap((c) => resets.get(`${c.row},${c.col}`) ?? []);
      if (chunkResets.length > 0) queueStyleResets(target, chunkResets);
      queueChunk(target, chunk);
    }
    // Blocks keep each request under Excel's 5 MB; a typical undo is one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }

  // Every restore has landed: only now forget the record. Cells put back to empty are no longer
  // ours; cells put back to an earlier status stay ours. Cells left alone are the user's now.
  const leftA1 = new Set(left.map(toA1));
  const next = withSheetState(state, sheet, {
    ...current,
    owned: current.owned.filter((a1) => !emptied.has(a1) && !leftA1.has(a1)),
    undo: undefined,
  });
  await writeState(context, stateExists, encodeForSheet(next), stateColumn(grid));
  const n = changes.length;
  const restored = `Restored ${n} cell${n === 1 ? '' : 's'} on "${sheet}" to how they were before the last scoring.`;
  if (left.length === 0) return { restored: n, message: restored };
  const ranges = compactCells(left);
  const shown = ranges.slice(0, 12).join(', ') + (ranges.length > 12 ? ` and ${ranges.length - 12} more` : '');
  return {
    restored: n,
    message: `${restored} Left ${left.length} cell${left.length === 1 ? '' : 's'} as ${left.length === 1 ? 'it is' : 'they are'}, changed since the scoring: ${shown}.`,
  };
}

export async function undoLastScoring(options: { env?: ExcelEnv } = {}): Promise<UndoOutcome> {
  const env = options.env ?? officeExcelEnv();
  const tooOld = unsupportedExcelMessage(env);
  if (tooOld) return { restored: 0, message: tooOld };
  try {
    return await env.run((context) => undoInContext(context), {
      mergeUndoGroup: supportsMergeUndo(env),
      delayForCellEdit: true,
    });
  } catch (error) {
    return {
      restored: 0,
      message: `Undo failed: ${errorText(error)}. The undo record is kept: check the sheet, then press Undo last scoring again to finish putting it back.`,
    };
  }
}
