/**
 * Formatting for "Undo last scoring", captured without a round trip: before the writes, in the
 * same batch, each output slice's formats are copied (Range.copyFrom, formats only) into a very
 * hidden sheet, one row down from where they sit (row 1 holds a marker naming the sheet, the
 * scoring time and the slices copied). Undo copies them back for the cells it restores. The
 * backup holds the latest scoring only; the marker says which sheet it belongs to.
 * Slices crossing merged cells are not copied (a partial merge cannot be pasted back); their cells
 * fall back to the plan's recorded style, or to no fill and default font.
 */
import type { CellRange } from '../core/snapshot';
import type { XlContext, XlWorksheet } from './excel-api';
import { qualifiedAddress } from './sheet-address';

export const FORMAT_BACKUP_SHEET = 'Scorelight_undo';

export interface BackupMarker {
  sheet: string;
  scoredAt: string;
  /** Source ranges (one column each) whose formats were copied. */
  ranges: CellRange[];
}

function intersects(a: CellRange, b: CellRange): boolean {
  return (
    a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount
  );
}

/** The slices that can be backed up: those clear of merged areas and of the sheet's last row. */
export function backupRanges(slices: CellRange[], merges: CellRange[]): CellRange[] {
  return slices.filter((s) => s.row + s.rowCount < 1_048_576 && !merges.some((m) => intersects(s, m)));
}

/** Queue the backup: clear the old one, write the marker, copy formats. 3 + slices operations. */
export function queueFormatBackup(context: XlContext, exists: boolean, sheet: string, marker: BackupMarker): void {
  const backup = exists
    ? context.workbook.worksheets.getItem(FORMAT_BACKUP_SHEET)
    : addHidden(context, FORMAT_BACKUP_SHEET);
  backup.getRange().clear('All');
  const a1 = backup.getRange('A1');
  a1.numberFormat = [['@']];
  a1.values = [[JSON.stringify(marker)]];
  for (const r of marker.ranges) {
    backup.getRangeByIndexes(r.row + 1, r.col, r.rowCount, r.colCount).copyFrom(qualifiedAddress(sheet, r), 'Formats');
  }
}

/** Parse the marker cell; null when absent or not ours. */
export function parseMarker(text: unknown): BackupMarker | null {
  if (typeof text !== 'string' || !text.startsWith('{')) return null;
  try {
    const m = JSON.parse(text) as Partial<BackupMarker>;
    if (typeof m.sheet !== 'string' || typeof m.scoredAt !== 'string' || !Array.isArray(m.ranges)) return null;
    return { sheet: m.sheet, scoredAt: m.scoredAt, ranges: m.ranges };
  } catch {
    return null;
  }
}

/** Queue copying formats back from the backup into `target` (a range inside a backed-up slice). */
export function queueFormatRestore(ws: XlWorksheet, target: CellRange): void {
  const source = qualifiedAddress(FORMAT_BACKUP_SHEET, { ...target, row: target.row + 1 });
  ws.getRangeByIndexes(target.row, target.col, target.rowCount, target.colCount).copyFrom(source, 'Formats');
}

/** Add a very hidden sheet: users never see it and cannot unhide it from the Excel UI. */
export function addHidden(context: XlContext, name: string): XlWorksheet {
  const ws = context.workbook.worksheets.add(name);
  ws.visibility = 'VeryHidden';
  return ws;
}
