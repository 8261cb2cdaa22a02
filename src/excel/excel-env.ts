/**
 * Everything the Excel host needs from its surroundings, injectable so tests run the same code
 * on the recording fake: how to start a batch, which requirement sets the host supports, and how
 * to build a board summary (which needs the real Excel context).
 */
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';
import type { SummaryPlan } from '../core/summary/types';
import type { XlContext } from './excel-api';

export interface RunOptions {
  /** ExcelApi 1.20: every sync of the run becomes one undo step (one Ctrl+Z). */
  mergeUndoGroup?: boolean;
  /**
   * Wait while the user is editing a cell instead of failing (Excel.RunOptions.delayForCellEdit;
   * an Excel without it ignores it). The production env always asks for it.
   */
  delayForCellEdit?: boolean;
}

export interface ExcelEnv {
  run<T>(batch: (context: XlContext) => Promise<T>, options?: RunOptions): Promise<T>;
  isSetSupported(name: 'ExcelApi', minVersion: string): boolean;
  /** mergeUndoGroup: the summary's content as one undo step; `ungrouped` says Excel refused. */
  addSummary(
    result: SheetResult,
    rules: Rules,
    scoredAt: Date,
    options?: RunOptions,
  ): Promise<{ sheetName: string; ungrouped?: boolean }>;
  /**
   * Write a summary plan the host has built: the workbook's summary after "Score all sheets", or a
   * sheet's compared with the ratings history (the pane builds both, so it knows the period it records).
   * As addSummary: the content one undo step where allowed; `ungrouped` says Excel refused.
   */
  addSummaryPlan(plan: SummaryPlan, options?: RunOptions): Promise<{ sheetName: string; ungrouped?: boolean }>;
}
