/**
 * The reads "Undo last scoring" makes before it writes anything, batched so each response stays
 * under Excel's 5 MB: each undo cell's value, number format and look now, the anchors that show
 * whether rows moved, the backed-up formats, and what a style reset would overwrite.
 */
import type { CellRange, CellRef } from '../core/snapshot';
import type { SheetAnchor } from '../core/state/types';
import type { XlCellProps, XlContext, XlRangeAreas } from './excel-api';
import { BACKUP_PROPS, backupCell, FORMAT_BACKUP_SHEET, type BackupMarker } from './format-backup';
import { RESET_PROPS, RESET_READ_WEIGHT, type StyleReset } from './undo-style-reset';

/**
 * Cells whose look is read per sync (backed-up or current, about 200 bytes of response each): 12,000
 * stay under 2.5 MB, with the current values of the same cells beside them.
 */
const PROPS_CELLS_PER_SYNC = 12_000;
/** Longest run of one column read as one range for its current values. */
const RUN_ROWS = 5_000;

export function formulaCells(areas: XlRangeAreas): Set<string> {
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
export async function runReads(context: XlContext, jobs: ReadJob[]): Promise<number> {
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
export interface UndoReads {
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

export function readJobs(
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
export function resetReadJobs(
  context: XlContext,
  sheet: string,
  cells: CellRef[],
  out: Map<string, StyleReset>,
): ReadJob[] {
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
