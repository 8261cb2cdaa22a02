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
import type { CellRange, CellRef, CellValue } from '../core/snapshot';
import { sheetState, withSheetState } from '../core/state/codec';
import { compactCells } from '../core/state/compact';
import { fingerprint, holdsPrint } from '../core/state/fingerprint';
import { keyBySheetId } from '../core/state/keying';
import { STATE_SHEET_NAME, type SheetAnchor, type SheetState } from '../core/state/types';
import { chunkChanges, packBlocks, queueChunk, type CellChange } from './cell-batches';
import { CLEARED_PROPS, styleProps } from './cell-format';
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
import { holdsLook, lookPrint, lookScope, NO_LOOK } from './look-print';
import { errorText } from './outcome-messages';
import { WRITE_BUDGET_BYTES } from './payload';
import { supportsMergeUndo, unsupportedExcelMessage } from './requirements';
import { encodeForSheet, queueStateHead, readStateRest, stateColumn, stateFromGrid, writeState } from './state-store';
import { restoredValue } from './text-safety';
import { queueStyleResets, readsAutomatic, RESET_PROPS, RESET_READ_WEIGHT, type StyleReset } from './undo-style-reset';

/**
 * Cells whose look is read per sync (backed-up or current, about 200 bytes of response each): 12,000
 * stay under 2.5 MB, with the current values of the same cells beside them.
 */
const PROPS_CELLS_PER_SYNC = 12_000;
/** Longest run of one column read as one range for its current values. */
const RUN_ROWS = 5_000;

function formulaCells(areas: XlRangeAreas): Set<string> {
  const set = new Set<string>();
  if (areas.isNullObject) return set;
  for (const a of areas.areas.items) {
    for (let i = 0; i < a.rowCount; i++)
      for (let j = 0; j < a.columnCount; j++) set.add(`${a.rowIndex + i},${a.columnIndex + j}`);
  }
  return set;
}

/** A read queued in a batch: how many cells it costs, and what to do with its result after the sync. */
interface ReadJob {
  cells: number;
  queue(): () => void;
}

/** Run reads in as few syncs as the response budget allows (each response must stay under 5 MB). */
async function runReads(context: XlContext, jobs: ReadJob[]): Promise<number> {
  let i = 0;
  let syncs = 0;
  while (i < jobs.length) {
    const after: (() => void)[] = [];
    let cells = 0;
    while (i < jobs.length && (after.length === 0 || cells + jobs[i].cells <= PROPS_CELLS_PER_SYNC)) {
      cells += jobs[i].cells;
      after.push(jobs[i++].queue());
    }
    // One sync per batch of reads: each response must stay under Excel's 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const done of after) done();
  }
  return syncs;
}

/** Runs of consecutive rows in one column, at most RUN_ROWS long. */
function columnRuns(cells: CellRef[]): CellRange[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: CellRange[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.row + last.rowCount === c.row && last.rowCount < RUN_ROWS) last.rowCount++;
    else runs.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1 });
  }
  return runs;
}

/** The reads undo needs before writing anything, and where their answers go. */
interface UndoReads {
  /** Each undo cell's value now, keyed "row,col". */
  now: Map<string, unknown>;
  /** Each undo cell's look now (BACKUP_PROPS), read in the same sync as its value. */
  looksNow: Map<string, XlCellProps>;
  /** Each undo cell's number format now (scoring sets "@" on what it writes, "General" on what it clears). */
  formatsNow: Map<string, unknown>;
  /** Backed-up look, keyed by the scored sheet's "row,col". */
  backedUp: Map<string, XlCellProps>;
  /** Anchor cells' values now, by A1. */
  anchorsNow: Map<string, unknown>;
}

function readJobs(
  context: XlContext,
  sheet: string,
  cells: CellRef[],
  marker: BackupMarker | null,
  anchors: SheetAnchor[],
  out: UndoReads,
): ReadJob[] {
  const target = context.workbook.worksheets.getItem(sheet);
  const jobs: ReadJob[] = [];
  const backedUpCells = new Set(
    marker ? cells.filter((c) => backupCell(marker, c.row, c.col)).map((c) => `${c.row},${c.col}`) : [],
  );
  for (const run of columnRuns(cells)) {
    jobs.push({
      cells: run.rowCount,
      queue: () => {
        const range = target.getRangeByIndexes(run.row, run.col, run.rowCount, 1);
        range.load('values,numberFormat');
        const props = target.getRangeByIndexes(run.row, run.col, run.rowCount, 1).getCellProperties(BACKUP_PROPS);
        // Called by runReads after the sync that answers both reads.
        return () => {
          // Read after runReads' sync (the rule cannot see through the closure).
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          const looks = props.value;
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
          const formats = range.numberFormat;
          range.values.forEach((row, k) => {
            const key = `${run.row + k},${run.col}`;
            out.now.set(key, row[0]);
            out.formatsNow.set(key, formats[k]?.[0]);
            // Every undo cell's look, not only backed-up ones: its look code is checked on each.
            const look = looks[k]?.[0];
            if (look) out.looksNow.set(key, look);
          });
        };
      },
    });
  }
  if (anchors.length > 0) {
    jobs.push({
      cells: anchors.length,
      queue: () => {
        const ranges = anchors.map((a) => {
          const r = target.getRange(a.cell);
          r.load('values');
          return r;
        });
        return () => ranges.forEach((r, k) => out.anchorsNow.set(anchors[k].cell, r.values[0]?.[0]));
      },
    });
  }
  if (marker) {
    const backup = context.workbook.worksheets.getItem(FORMAT_BACKUP_SHEET);
    // Whole slices touched by the undo, cut into pieces that each fit a request's response.
    for (const slice of marker.slices) {
      let touched = false;
      for (let r = slice.row; r < slice.row + slice.rowCount && !touched; r++)
        touched = backedUpCells.has(`${r},${slice.col}`);
      if (!touched) continue;
      for (let from = 0; from < slice.rowCount; from += PROPS_CELLS_PER_SYNC) {
        const rows = Math.min(PROPS_CELLS_PER_SYNC, slice.rowCount - from);
        jobs.push({
          cells: rows,
          queue: () => {
            const result = backup
              .getRangeByIndexes(slice.at + from, marker.col, rows, 1)
              .getCellProperties(BACKUP_PROPS);
            return () =>
              result.value.forEach((row, k) => {
                const key = `${slice.row + from + k},${slice.col}`;
                if (backedUpCells.has(key) && row[0]) out.backedUp.set(key, row[0]);
              });
          },
        });
      }
    }
  }
  return jobs;
}

/** The reads of what a style reset overwrites, by runs of rows; answers into `out` by "row,col". */
function resetReadJobs(context: XlContext, sheet: string, cells: CellRef[], out: Map<string, StyleReset>): ReadJob[] {
  const target = context.workbook.worksheets.getItem(sheet);
  return columnRuns(cells).map((run) => ({
    cells: run.rowCount * RESET_READ_WEIGHT,
    queue: () => {
      const result = target.getRangeByIndexes(run.row, run.col, run.rowCount, 1).getCellProperties(RESET_PROPS);
      return () =>
        result.value.forEach((row, k) => {
          if (row[0]) out.set(`${run.row + k},${run.col}`, { row: run.row + k, col: run.col, now: row[0] });
        });
    },
  }));
}

function withoutFontColour(p: XlCellProps): XlCellProps {
  const font = { ...p.format?.font };
  delete font.color;
  delete font.tintAndShade;
  return { ...p, format: { ...p.format, font } };
}

/** The look code of a cell the scoring cleared: no fill, not bold (cell-format.ts CLEARED_PROPS). */
const CLEARED_LOOK = lookPrint(CLEARED_PROPS);

/** The look code scoring recorded for a cell, or undefined where it recorded none. */
function lookCode(a1: string, state: SheetState, owned: Set<string>): string | undefined {
  if (!state.looks) return undefined;
  const ours = owned.has(a1) && Object.hasOwn(state.prints ?? {}, a1);
  if (!ours) return CLEARED_LOOK;
  return Object.hasOwn(state.looks, a1) ? state.looks[a1] : undefined;
}

/**
 * Does the cell still hold exactly what the scoring left there: the text it wrote (or empty where
 * it cleared) and the look it gave (fill, weight, and the font colour and wrap where it set them)?
 * A state saved before look codes (no `looks`) is checked on its text only, as it was then: a fill
 * or colour the user applied since over a cell whose text they kept is not seen there.
 */
function untouched(
  value: unknown,
  lookNow: XlCellProps | undefined,
  formatNow: unknown,
  a1: string,
  state: SheetState,
  owned: Set<string>,
): boolean {
  const prints = state.prints;
  if (!prints) return true; // A record saved before fingerprints: nothing to compare with.
  const wrote = owned.has(a1) && Object.hasOwn(prints, a1);
  const textKept = wrote
    ? holdsPrint(value as CellValue, prints[a1])
    : // A cell the scoring cleared: still empty.
      value === '' || value === null || value === undefined;
  // The number format scoring set (planChanges): one the user chose since is their edit. Checked
  // with the look codes only, so a state saved before them still undoes on its text alone.
  // Only where scoring decided the look (a header copies its table's header format afterwards).
  const code = lookCode(a1, state, owned);
  const formatKept =
    code === undefined || code === NO_LOOK || typeof formatNow !== 'string' || formatNow === (wrote ? '@' : 'General');
  return textKept && formatKept && holdsLook(lookNow, code);
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
