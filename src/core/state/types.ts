/**
 * What Scorelight remembers inside the workbook (a very hidden sheet, see state/codec.ts), so it
 * survives save and reopen in Excel and in the .xlsx host.
 */
import type { CellRef } from '../snapshot';
import type { Rules } from '../rules/types';
import type { CellStyle } from '../cell-style';
import type { RatingsHistory } from '../summary/history';

/** A user's column/row mapping for a table detection could not read (the mapping fallback). */
export interface TableMapping {
  /** The table's range as A1 ("A3:K40"). */
  range: string;
  orientation: 'rows' | 'columns';
  /** 0-based offsets within the range of the column (or row) holding each field. */
  name: number;
  target?: number;
  /** A single actual column/row, or several period columns/rows. */
  actual?: number;
  periods?: number[];
  polarity?: number;
  status?: number;
  /** Header rows (or columns) before the first indicator. */
  headerCount: number;
}

/** One cell as it was before we wrote it, for "Undo last scoring". */
export interface UndoCell {
  cell: CellRef;
  /** The value before (""/number/string/boolean) and its formatting, so it can be put back. */
  value: string | number | boolean;
  /** The formatting before, where the host could read it; absent = no fill, default font. */
  style?: CellStyle;
  numberFormat: string;
}

/** A cell that fixes where a scored table sat: a KPI name's address and the fingerprint of its text. */
export interface SheetAnchor {
  cell: string;
  print: string;
}

export interface SheetState {
  /**
   * The host's own id for the sheet where it has one (Excel's Worksheet.id): it survives a rename,
   * and a new sheet given an old name does not inherit that name's record.
   */
  id?: string;
  /**
   * Where the last scoring found its tables (a few KPI name cells): rows or columns inserted or
   * deleted since move them, and undo then refuses rather than write into moved cells.
   */
  anchors?: SheetAnchor[];
  /** Cells Scorelight owns on this sheet (A1 addresses). */
  owned: string[];
  /**
   * Per owned cell (A1), the fingerprint of the text we wrote there (state/fingerprint.ts), so a
   * re-score clears or overwrites it only while it still holds that text. Absent in states saved
   * before fingerprints; entries for cells not in `owned` mean nothing. A Map, as the plan's.
   */
  prints?: ReadonlyMap<string, string>;
  /**
   * Per owned cell (A1), a short code of the look the last scoring gave it (fill, weight, and the
   * font colour and wrap where it set them), so "Undo last scoring" puts back only a cell whose
   * look the user has not changed since. Host-defined (src/excel/look-print.ts), same length as a
   * print. Absent in states saved before it, and dropped by a host that does not write it (the
   * codes would describe an older scoring): undo then compares text only.
   */
  looks?: Record<string, string>;
  mappings: TableMapping[];
  /** ISO timestamp of the last scoring. */
  scoredAt?: string;
  /** The cells the last scoring changed, as they were before it. */
  undo?: UndoCell[];
}

export interface WorkbookState {
  version: 1;
  sheets: Record<string, SheetState>;
  rules?: Rules;
  /** Each indicator's ratings at each scoring (summary/history.ts), for "changes since the last report". */
  history?: RatingsHistory;
}

export const STATE_SHEET_NAME = 'Scorelight_state';
