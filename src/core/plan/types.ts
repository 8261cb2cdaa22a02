/**
 * The write plan: what the engine asks a host to write. Hosts apply it as given; they never decide
 * what to write. All text is written as text, never as a formula.
 */
import type { CellRef } from '../snapshot';
import type { CellStyle } from '../cell-style';
import type { UndoCell } from '../state/types';

export type { CellStyle };

export type CellRole = 'status' | 'trend' | 'variance' | 'header';

export interface CellWrite {
  cell: CellRef;
  text: string;
  /** Key into WritePlan.styles; cells sharing a key share a style, so hosts can batch by style. */
  style: string;
  role: CellRole;
  /**
   * A header we add takes the look of the table's own header cell to its left (fill, font colour,
   * bold; Excel also copies its borders): hosts copy that cell's look onto this one, `style` is the
   * fallback when it cannot be read.
   */
  lookFrom?: CellRef;
}

export interface WritePlan {
  sheet: string;
  writes: CellWrite[];
  styles: Record<string, CellStyle>;
  /** Cells we wrote before that this scoring no longer uses: hosts clear value and our formatting. */
  clears: CellRef[];
  /** Every cell that is ours after this plan is applied (A1 addresses), to record in the workbook. */
  owned: string[];
  /**
   * Fingerprint of the text written, per owned cell (A1): hosts record it in the state with `owned`.
   * A Map, not a record: a plan of a large sheet has tens of thousands of cells, and a new property
   * name per cell on an object costs about twice a Map entry (each name interned first).
   */
  prints?: Map<string, string>;
  /**
   * Cells recorded as ours that now hold something else (edited, or moved there by inserted rows or
   * columns), as A1 ranges: left alone, each a warning.
   */
  changed?: string[];
  /**
   * Cells the saved state claims that this scoring writes nothing to (a user's column, a table's
   * figures), as A1 ranges: never cleared, forgotten from the state, each a warning.
   */
  ignoredClaims?: string[];
  /** Column widths (in characters) for columns we added, keyed by 0-based column index. */
  columnWidths: Record<number, number>;
  /**
   * The cells this plan changes (writes and clears) as the snapshot showed them before, for
   * "Undo last scoring". `style` is left for the host to fill in where it can read it.
   */
  undo: UndoCell[];
  /** Output cells left alone because they hold the user's content (A1), each also a warning. */
  skipped?: string[];
  /** True when the sheet is protected or otherwise not writable: the plan must not be applied. */
  blocked: boolean;
  blockedReason?: string;
}
