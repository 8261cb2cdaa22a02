// STUB owned by the board-summary work: replace with the real implementation.
import type { Workbook } from 'exceljs';
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';

/** Add (or replace, if ours) the board summary sheet for one scored sheet. Values only, no formulas. */
export function addSummarySheet(workbook: Workbook, result: SheetResult, rules: Rules, scoredAt: Date): { sheetName: string } {
  void workbook;
  void result;
  void rules;
  void scoredAt;
  throw new Error('The board summary is not available yet.');
}
