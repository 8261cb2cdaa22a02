/**
 * What the task pane asks of whichever host it runs in (Excel through Office.js, or the browser
 * preview through the .xlsx host). The pane receives one of these as a prop and never calls a
 * host library itself.
 */
import type { SheetResult } from './pipeline';
import type { Rules } from './rules/types';
import type { TableMapping } from './state/types';

export type Phase = 'reading' | 'scoring' | 'writing' | 'done';

export interface Progress {
  phase: Phase;
  /** 0..1 within the phase, when known (large sheets are written in blocks). */
  fraction?: number;
}

export interface ScoreOutcome {
  result: SheetResult;
  /** False when nothing was written (protected sheet, nothing found, failure before writing). */
  written: boolean;
  /** One sentence for the user ("Scored 24 indicators on Q2 KPIs."). */
  message: string;
  /** A failure part-way: some blocks were written. The message says so. */
  partial?: boolean;
}

/** "Score all sheets": each scored sheet's outcome, in workbook order, and one sentence for them all. */
export interface ScoreAllOutcome {
  /** The sheets that hold an indicator table; sheets with none are left out (the message names them). */
  outcomes: ScoreOutcome[];
  /** "Scored 48 indicators on 4 sheets. No KPI table was found on "Notes"." */
  message: string;
}

export interface SummaryOutcome {
  sheetName: string;
  message: string;
}

export interface UndoOutcome {
  restored: number;
  message: string;
}

export interface PaneHost {
  readonly mode: 'excel' | 'preview';
  scoreActiveSheet(onProgress?: (p: Progress) => void): Promise<ScoreOutcome>;
  /**
   * Score every visible sheet of the user's, each sheet its own write (and undo step) as when it is
   * scored alone. Hosts without it do not get the pane's "Score all sheets" button.
   */
  scoreAllSheets?(onProgress?: (p: Progress) => void): Promise<ScoreAllOutcome>;
  undoLastScoring(): Promise<UndoOutcome>;
  /** One summary for the workbook when the last action scored several sheets, else one for the sheet. */
  createSummary(): Promise<SummaryOutcome>;
  /** Select a cell so the user sees it ("Sheet1", "B7"). */
  selectCell(sheet: string, address: string): Promise<void>;
  loadRules(): Promise<Rules>;
  /** Validates first; rejects with a message when the rules are invalid. */
  saveRules(rules: Rules): Promise<void>;
  saveMapping(sheet: string, mapping: TableMapping): Promise<void>;
  /** The selected range's A1 address on the active sheet, for the mapping fallback. */
  getSelectedRange(): Promise<{ sheet: string; address: string } | null>;
  /**
   * The cells of a range as the sheet displays them, at most maxRows x maxCols from its top-left:
   * the mapping form names columns by their headers and shows the range as a grid.
   */
  readRangeText?(sheet: string, address: string, maxRows: number, maxCols: number): Promise<string[][]>;
  /** Preview only: select a range typed by the user (the preview has no grid to drag over). */
  selectRange?(address: string): boolean;
  /** Preview only: load a workbook the user picked. */
  openWorkbook?(name: string, data: ArrayBuffer): Promise<{ sheets: string[] }>;
  /** Preview only: the scored workbook to download. */
  downloadScored?(): Promise<{ name: string; data: ArrayBuffer }>;
}
