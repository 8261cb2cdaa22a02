/**
 * Reads the active sheet into a SheetSnapshot, with the workbook state, in as few syncs as the
 * 5 MB limit allows: sync 1 queues the used range's size, merged areas, formula cells,
 * protection, the state sheet and the first HEAD_WINDOW of cells. A sheet inside that window
 * (almost all KPI sheets) is then complete; a bigger one is read by blocks of rows, one sync each.
 */
import type { CellValue, SheetSnapshot } from '../core/snapshot';
import { STATE_SHEET_NAME } from '../core/state/types';
import { summaryMarker } from '../core/summary/marker';
import type { XlContext, XlRange, XlRangeAreas, XlWorksheet } from './excel-api';
import { FORMAT_BACKUP_SHEET, markersFromRow, type BackupMarker } from './format-backup';
import { HEAD_WINDOW, isPayloadError, MAX_READ_CELLS, readBlockRows } from './payload';
import { areasToRanges, mergesInPieces, queueAreas } from './range-areas';
import { isOurStateGrid, queueStateHead, readStateRest, type StateHead } from './state-store';

export interface SheetRead {
  snapshot: SheetSnapshot;
  /** Worksheet.id of the active sheet: the state is keyed by it (core/state/keying.ts). */
  sheetId: string;
  /** Every sheet in the workbook (hidden ones too), to drop the state of sheets that are gone. */
  liveSheets: { name: string; id: string }[];
  /** The state sheet's cells as text, [] when there is none. */
  stateGrid: string[][];
  stateSheetExists: boolean;
  /**
   * A visible sheet with the state sheet's name that holds no Scorelight state: the user's own.
   * Nothing may clear it, so nothing is written.
   */
  stateNameTaken: boolean;
  backupSheetExists: boolean;
  /** Review > Protect Workbook is on: no sheet can be added (state, backup or summary). */
  structureProtected: boolean;
  /** The formatting backups kept for undo, one per scored sheet (format-backup.ts). */
  backupMarkers: BackupMarker[];
  /** Set when the sheet cannot be scored at all (too large, our own summary). */
  refusal?: string;
  /** Syncs this read took. */
  syncs: number;
}

function emptySnapshot(name: string, isProtected: boolean): SheetSnapshot {
  return {
    name,
    top: 0,
    left: 0,
    values: [],
    numberFormats: [],
    merges: [],
    formulaRanges: [],
    protected: isProtected,
  };
}

/** A row's formula texts ("" where a cell holds a constant), or null when it holds none. */
function formulaRow(row: readonly unknown[] | undefined): string[] | null {
  if (!row?.some((f) => typeof f === 'string' && f.startsWith('='))) return null;
  return row.map((f) => (typeof f === 'string' && f.startsWith('=') ? f : ''));
}

/**
 * Values, number formats and formulas, never Range.text: Excel shows fewer decimals, or ####, in a
 * narrow column, so reading the text would make a status or a variance change when a column is
 * resized. The engine formats from the number format, as it does for the .xlsx host. Formulas
 * come as Excel gives them (a constant cell's value) and are kept only where they are formulas.
 */
function appendRows(snapshot: SheetSnapshot, formulas: (string[] | null)[], block: XlRange): void {
  block.values.forEach((row, i) => {
    snapshot.values.push(row.map((v) => (v === null || v === undefined ? '' : (v as CellValue))));
    snapshot.numberFormats.push(block.numberFormat[i].map((f) => (typeof f === 'string' ? f : 'General')));
    formulas.push(formulaRow(block.formulas[i]));
  });
}

/** Is this sheet a board summary Scorelight made? Its left footer carries our marker. */
function isOurSummary(ws: XlWorksheet): boolean {
  const left = ws.pageLayout.headersFooters.defaultForAllPages.leftFooter;
  return typeof left === 'string' && left.startsWith(summaryMarker(''));
}

/** The active sheet, its used range and our two sheets: what every first read starts from. */
function queueBasics(context: XlContext) {
  const books = context.workbook.worksheets;
  const ws = books.getActiveWorksheet();
  ws.load('name,id,protection/protected');
  books.load('items/name,items/id');
  ws.pageLayout.headersFooters.defaultForAllPages.load('leftFooter');
  // Values only: formatting applied to whole columns would otherwise make the used range huge.
  const used = ws.getUsedRangeOrNullObject(true);
  used.load('address,rowIndex,columnIndex,rowCount,columnCount');
  const stateWs = books.getItemOrNullObject(STATE_SHEET_NAME);
  const backupWs = books.getItemOrNullObject(FORMAT_BACKUP_SHEET);
  backupWs.load('name');
  // ExcelApi 1.7: a structure-protected workbook refuses new sheets; know it before writing.
  const protection = context.workbook.protection;
  protection.load('protected');
  return { books, ws, used, stateWs, backupWs, protection };
}

/** The backup sheet's markers: its only values, in row 1. */
function queueMarkers(backup: XlWorksheet): XlRange {
  const markers = backup.getUsedRangeOrNullObject(true);
  markers.load('values,columnIndex');
  return markers;
}

/**
 * The first read's window of cells: the used range's first HEAD_WINDOW.rows sheet rows, every
 * column. (A fixed A1:AF window was thrown away, after costing its bytes, for a sheet wider than
 * 32 columns or starting right of A.)
 */
function queueHead(used: XlRange): XlRange {
  const head = used.getIntersectionOrNullObject(`A1:XFD${HEAD_WINDOW.rows}`);
  head.load('values,numberFormat,formulas,rowIndex,columnIndex,rowCount,columnCount');
  return head;
}

/** Queue the first read; the head window is left out on the retry after a payload error. */
function queueFirstRead(context: XlContext, withHead: boolean) {
  const { books, ws, used, stateWs, backupWs, protection } = queueBasics(context);
  const head: XlRange | null = withHead ? queueHead(used) : null;
  // Areas are read item by item: a RangeAreas address string is cut at 8,192 characters.
  // ExcelApi 1.13, the manifest's floor (requirements.ts checks it before any Excel.run).
  const merges: XlRangeAreas | null = queueAreas(used.getMergedAreasOrNullObject());
  const formulas = queueAreas(used.getSpecialCellsOrNullObject('Formulas'));
  const stateHead: StateHead | null = queueStateHead(stateWs);
  const backupUsed = queueMarkers(backupWs);
  return { books, ws, used, head, merges, formulas, stateWs, stateHead, backupWs, backupUsed, protection };
}

type FirstRead = Omit<ReturnType<typeof queueFirstRead>, 'stateHead' | 'merges' | 'formulas' | 'backupUsed'> & {
  stateHead: StateHead | null;
  backupUsed: XlRange | null;
  merges: XlRangeAreas | null;
  formulas: XlRangeAreas | null;
};

/**
 * The first read without chaining calls off objects that may not exist (no state sheet yet, an
 * empty sheet): a probe sync learns what exists, a second reads from what does. Used only when
 * the one-sync read fails for a reason other than size, so a host that rejects calls on null
 * objects still scores, at the cost of a sync. Should that read fail too, it is made once more
 * without merged areas, which are then read in pieces (getMergedAreas* fails on a range holding
 * more than 512 of them).
 */
async function probeThenRead(context: XlContext): Promise<FirstReadDone> {
  const { books, ws, used, stateWs, backupWs, protection } = queueBasics(context);
  stateWs.load('name');
  await context.sync();
  const queueRest = (withMerges: boolean): FirstRead => {
    let merges: XlRangeAreas | null = null;
    let formulas: XlRangeAreas | null = null;
    let stateHead: StateHead | null = null;
    let head: XlRange | null = null;
    const backupUsed = backupWs.isNullObject ? null : queueMarkers(books.getItem(FORMAT_BACKUP_SHEET));
    if (!used.isNullObject) {
      head = queueHead(used);
      if (withMerges) merges = queueAreas(used.getMergedAreasOrNullObject());
      formulas = queueAreas(used.getSpecialCellsOrNullObject('Formulas'));
    }
    if (!stateWs.isNullObject) stateHead = queueStateHead(books.getItem(STATE_SHEET_NAME));
    return { books, ws, used, head, merges, formulas, stateWs, stateHead, backupWs, backupUsed, protection };
  };
  let first = queueRest(true);
  try {
    await context.sync();
    return { first, syncs: 2, mergesLater: false };
  } catch {
    first = queueRest(false);
    await context.sync();
    return { first, syncs: 3, mergesLater: true };
  }
}

interface FirstReadDone {
  first: FirstRead;
  syncs: number;
  /** The merged areas were left out: read them with mergesInPieces. */
  mergesLater: boolean;
}

/** The first read, with its fallbacks (a read changes nothing, so each is safe to repeat). */
async function firstRead(context: XlContext): Promise<FirstReadDone> {
  let first: FirstRead = queueFirstRead(context, true);
  try {
    await context.sync();
    return { first, syncs: 1, mergesLater: false };
  } catch (error) {
    if (!isPayloadError(error)) {
      const probed = await probeThenRead(context);
      return { ...probed, syncs: probed.syncs + 1 };
    }
  }
  // Long texts in the first window: read it again without the window.
  first = queueFirstRead(context, false);
  try {
    await context.sync();
    return { first, syncs: 2, mergesLater: false };
  } catch {
    const probed = await probeThenRead(context);
    return { ...probed, syncs: probed.syncs + 2 };
  }
}

export async function readActiveSheet(context: XlContext): Promise<SheetRead> {
  const start = await firstRead(context);
  const { first, mergesLater } = start;
  let syncs = start.syncs;
  const { ws, used, head, formulas, stateWs, stateHead, backupWs } = first;

  const name = ws.name;
  const isProtected = ws.protection.protected;
  const stateRead =
    stateWs.isNullObject || !stateHead ? { grid: [], syncs: 0 } : await readStateRest(context, stateHead);
  syncs += stateRead.syncs;
  const stateGrid = stateRead.grid;
  const base: Omit<SheetRead, 'snapshot' | 'syncs'> = {
    sheetId: ws.id,
    liveSheets: first.books.items.map((s) => ({ name: s.name, id: s.id })),
    stateGrid,
    stateSheetExists: !stateWs.isNullObject,
    stateNameTaken:
      !stateWs.isNullObject &&
      stateHead !== null &&
      stateHead.ws.visibility === 'Visible' &&
      !isOurStateGrid(stateGrid),
    backupSheetExists: !backupWs.isNullObject,
    structureProtected: first.protection.protected,
    backupMarkers:
      backupWs.isNullObject || !first.backupUsed || first.backupUsed.isNullObject
        ? []
        : markersFromRow(first.backupUsed.values, first.backupUsed.columnIndex),
  };
  const snapshot = emptySnapshot(name, isProtected);
  if (isOurSummary(ws)) {
    return {
      ...base,
      snapshot,
      syncs,
      refusal: `"${name}" is a board summary made by Scorelight, so it is not scored.`,
    };
  }
  if (used.isNullObject) return { ...base, snapshot, syncs };

  const rows = used.rowCount;
  const cols = used.columnCount;
  if (rows * cols > MAX_READ_CELLS) {
    return {
      ...base,
      snapshot,
      syncs,
      refusal: `"${name}" uses ${rows.toLocaleString('en-GB')} rows by ${cols.toLocaleString('en-GB')} columns, more than Scorelight can read at once (${MAX_READ_CELLS.toLocaleString('en-GB')} cells). Nothing was written. Move the KPI tables to a smaller sheet and score that.`,
    };
  }
  snapshot.top = used.rowIndex;
  snapshot.left = used.columnIndex;
  const area = { row: used.rowIndex, col: used.columnIndex, rowCount: rows, colCount: cols };
  if (mergesLater) {
    const pieces = await mergesInPieces(context, ws, area);
    snapshot.merges = pieces.merges;
    syncs += pieces.syncs;
  } else {
    snapshot.merges = areasToRanges(first.merges);
  }
  snapshot.formulaRanges = areasToRanges(formulas);

  // The head is usable when it holds whole rows of the used range, starting at its first row.
  const formulaTexts: (string[] | null)[] = [];
  let nextRow = 0;
  if (
    head &&
    !head.isNullObject &&
    head.rowIndex === used.rowIndex &&
    head.columnIndex === used.columnIndex &&
    head.columnCount === cols
  ) {
    appendRows(snapshot, formulaTexts, head);
    nextRow = head.rowCount;
  }
  let step = readBlockRows(cols);
  while (nextRow < rows) {
    const count = Math.min(step, rows - nextRow);
    const block = ws.getRangeByIndexes(used.rowIndex + nextRow, used.columnIndex, count, cols);
    block.load('values,numberFormat,formulas,rowIndex,columnIndex,rowCount,columnCount');
    try {
      // One sync per block is the point: each response must stay under Excel's 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      syncs++;
      // The estimate was short (long texts): a read changes nothing, so retry with half the rows.
      if (!isPayloadError(error) || count === 1) throw error;
      step = Math.ceil(count / 2);
      continue;
    }
    syncs++;
    appendRows(snapshot, formulaTexts, block);
    nextRow += count;
  }
  // The author's formula text (weak polarity evidence), kept only for a sheet that has some.
  if (formulaTexts.some((line) => line !== null)) snapshot.formulas = formulaTexts;
  return { ...base, snapshot, syncs };
}
