// STUB owned by the board-summary work: replace with the real implementation.
import type { SheetResult } from '../core/pipeline';
import type { Rules } from '../core/rules/types';

/** Queue and sync the board summary sheet (with an Excel chart) for one scored sheet. */
export async function addSummarySheetExcel(
  context: Excel.RequestContext,
  result: SheetResult,
  rules: Rules,
  scoredAt: Date,
): Promise<{ sheetName: string }> {
  void context;
  void result;
  void rules;
  void scoredAt;
  throw new Error('The board summary is not available yet.');
}
