/**
 * Formatting for "Undo last scoring", captured without a round trip: before the writes, in the
 * same batch, each output slice's formats are copied (Range.copyFrom, formats only) into a very
 * hidden sheet. Each scored sheet has its own column there, so scoring sheet B never wipes the
 * backup of sheet A: row 1 holds a marker (the sheet, the scoring time, and where each slice went),
 * and the slices are packed down the column from row 2. Undo reads the backed-up fill and font
 * with getCellProperties and writes them back with setCellProperties, never copyFrom: copying
 * formats back would paste the backup's conditional-format rules beside the sheet's own.
 * Slices crossing merged cells are not copied (a partial merge cannot be pasted); their cells fall
 * back to the plan's recorded style, or to no fill and the default font.
 */
import type { CellRange } from '../core/snapshot';
import type { XlCellProps, XlCellPropsLoadOptions, XlContext, XlWorksheet } from './excel-api';
import type { LookScope } from './look-print';
import { qualifiedAddress } from './sheet-address';

export const FORMAT_BACKUP_SHEET = 'Scorelight_undo';

const SHEET_ROWS = 1_048_576;
/** A cell holds at most 32,767 characters: a marker must fit in one. */
const MARKER_MAX_CHARS = 32_000;

/** A slice of the scored sheet (one column wide) and the backup row its copy starts at. */
export interface BackupSlice extends CellRange {
  at: number;
}

export interface BackupMarker {
  sheet: string;
  scoredAt: string;
  /** The backup sheet column holding this sheet's slices. */
  col: number;
  slices: BackupSlice[];
}

/**
 * What undo reads back: every part of a cell's look that scoring can change. Scoring sets the fill
 * (a colour, or none) and the font's weight and colour, so the fill comes back whole (pattern,
 * pattern colour, and the tints that make a theme colour such as "Accent 1, Lighter 80%"), and wrap
 * (variance sentences wrap).
 */
export const BACKUP_PROPS: XlCellPropsLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true },
    font: { color: true, bold: true, tintAndShade: true },
    wrapText: true,
  },
};

function intersects(a: CellRange, b: CellRange): boolean {
  return (
    a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount
  );
}

/** The slices that can be backed up: those clear of merged areas. */
export function backupRanges(slices: CellRange[], merges: CellRange[]): CellRange[] {
  return slices.filter((s) => !merges.some((m) => intersects(s, m)));
}

/** The markers in the backup sheet's first row (its used range, values only), by column. */
export function markersFromRow(values: unknown[][], firstCol: number): BackupMarker[] {
  const out: BackupMarker[] = [];
  (values[0] ?? []).forEach((v, i) => {
    const m = parseMarker(v, firstCol + i);
    if (m) out.push(m);
  });
  return out;
}

/** This sheet's column in the backup: its own if it has one, else the next free one. */
export function backupColumn(markers: BackupMarker[], sheet: string): number {
  const own = markers.find((m) => m.sheet === sheet);
  if (own) return own.col;
  return markers.reduce((c, m) => Math.max(c, m.col + 1), 0);
}

/** Pack slices down the column from row 2; what does not fit (rows or marker size) is left out. */
export function planBackup(sheet: string, scoredAt: string, col: number, slices: CellRange[]): BackupMarker {
  const marker: BackupMarker = { sheet, scoredAt, col, slices: [] };
  let at = 1;
  let chars = JSON.stringify(marker).length;
  for (const s of slices) {
    const entry: BackupSlice = { ...s, at };
    const cost = JSON.stringify(entry).length + 1;
    if (at + s.rowCount > SHEET_ROWS || chars + cost > MARKER_MAX_CHARS) continue;
    marker.slices.push(entry);
    at += s.rowCount;
    chars += cost;
  }
  return marker;
}

/** Queue the backup: clear this sheet's column, write its marker, copy formats. 4 + slices operations. */
export function queueFormatBackup(context: XlContext, exists: boolean, marker: BackupMarker): void {
  const backup = exists
    ? context.workbook.worksheets.getItem(FORMAT_BACKUP_SHEET)
    : addHidden(context, FORMAT_BACKUP_SHEET);
  backup.getRangeByIndexes(0, marker.col, SHEET_ROWS, 1).clear('All');
  const cell = backup.getRangeByIndexes(0, marker.col, 1, 1);
  cell.numberFormat = [['@']];
  cell.values = [[JSON.stringify(marker)]];
  for (const s of marker.slices) {
    backup.getRangeByIndexes(s.at, marker.col, s.rowCount, 1).copyFrom(qualifiedAddress(marker.sheet, s), 'Formats');
  }
}

/** Parse a marker cell; null when absent or not ours. */
export function parseMarker(text: unknown, col: number): BackupMarker | null {
  if (typeof text !== 'string' || !text.startsWith('{')) return null;
  try {
    const m = JSON.parse(text) as Partial<BackupMarker>;
    if (typeof m.sheet !== 'string' || typeof m.scoredAt !== 'string' || !Array.isArray(m.slices)) return null;
    return { sheet: m.sheet, scoredAt: m.scoredAt, col, slices: m.slices };
  } catch {
    return null;
  }
}

/** Where a cell of the scored sheet sits in the backup, or null when it was not backed up. */
export function backupCell(marker: BackupMarker, row: number, col: number): { row: number; col: number } | null {
  const s = marker.slices.find(
    (x) => col >= x.col && col < x.col + x.colCount && row >= x.row && row < x.row + x.rowCount,
  );
  return s ? { row: s.at + (row - s.row), col: marker.col } : null;
}

/**
 * A backed-up look as setCellProperties takes it: exactly the properties scoring set, as they were.
 * - a cell with no fill reads back as white with pattern None, and writing the white would paint
 *   it, so no-fill is sent as the pattern alone; a pattern's colour only where there is a pattern;
 * - with the scoring's look code (`scope`, look-print.ts): the font colour and the wrap only where
 *   scoring set them; anything else the user has changed since stays as they left it;
 * - an older state has no code: the font colour is written only where it differs now from the
 *   backup (scoring changed it), the wrap whenever the backup has it.
 * Excel reads an Automatic colour back as black, and setting black would fix it as explicit black:
 * undo-scoring.ts takes a colour going back to what reads as black out of these properties and
 * resets the cell to its style instead (undo-style-reset.ts).
 */
export function restorableProps(p: XlCellProps, fontColorNow?: string, scope?: LookScope | null): XlCellProps {
  const fill = p.format?.fill;
  const font = p.format?.font;
  const patterned = fill?.pattern !== undefined && fill.pattern !== 'Solid' && fill.pattern !== 'None';
  const restoredFill: NonNullable<XlCellProps['format']>['fill'] =
    !fill || fill.pattern === 'None'
      ? { pattern: 'None' }
      : {
          color: fill.color,
          pattern: fill.pattern,
          tintAndShade: fill.tintAndShade ?? 0,
          ...(patterned ? { patternColor: fill.patternColor, patternTintAndShade: fill.patternTintAndShade ?? 0 } : {}),
        };
  const recolour = scope
    ? scope.fontColor && font?.color !== undefined
    : fontColorNow !== undefined && font?.color !== undefined && !sameColour(fontColorNow, font.color);
  const rewrap = p.format?.wrapText !== undefined && (!scope || scope.wrap);
  return {
    format: {
      fill: restoredFill,
      font: recolour
        ? { color: font?.color, tintAndShade: font?.tintAndShade ?? 0, bold: font?.bold ?? false }
        : { bold: font?.bold ?? false },
      // Wrap as it was (scoring wraps variance sentences); absent in a backup made before it was kept.
      ...(rewrap ? { wrapText: p.format?.wrapText } : {}),
    },
  };
}

function sameColour(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Add a very hidden sheet: users never see it and cannot unhide it from the Excel UI. */
export function addHidden(context: XlContext, name: string): XlWorksheet {
  const ws = context.workbook.worksheets.add(name);
  ws.visibility = 'VeryHidden';
  return ws;
}
