/**
 * The production ExcelEnv: Office.js itself. The only file that calls Excel.run.
 * Passing the real context where an XlContext is expected is the compile-time proof that the
 * narrow interfaces in excel-api.ts match Office.js.
 */
import type { XlCellProps, XlContext } from './excel-api';
import type { ExcelEnv, RunOptions } from './excel-env';

/**
 * The summary writer (with the summary builder) is its own chunk, fetched when a summary is first
 * asked for: the pane's first load and the first scoring do not wait for it.
 */
const summaryWriter = () => import(/* webpackChunkName: "excel-summary" */ './summary-writer');

/** One Excel.run per step of the summary, grouped into one undo step where asked. */
const summaryRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>, o?: RunOptions): Promise<T> =>
  Excel.run({ delayForCellEdit: true, ...(o?.mergeUndoGroup ? { mergeUndoGroup: true } : {}) }, batch);

export function officeExcelEnv(): ExcelEnv {
  return {
    run<T>(batch: (context: XlContext) => Promise<T>, options?: RunOptions): Promise<T> {
      const typed = (context: Excel.RequestContext): Promise<T> => batch(context);
      // A request made while the user is typing in a cell fails at once without delayForCellEdit;
      // with it Excel runs the request when the edit ends.
      const runOptions: Excel.RunOptions = { delayForCellEdit: options?.delayForCellEdit ?? true };
      if (options?.mergeUndoGroup) runOptions.mergeUndoGroup = true;
      return Excel.run(runOptions, typed);
    },
    isSetSupported(name: 'ExcelApi', minVersion: string): boolean {
      // Office.context.requirements is absent outside an Office host (the browser preview).
      const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
      return requirements ? requirements.isSetSupported(name, minVersion) : false;
    },
    async addSummary(result, rules, scoredAt, options) {
      const { addSummarySheetInRuns } = await summaryWriter();
      return addSummarySheetInRuns(summaryRun, result, rules, scoredAt, { mergeUndoGroup: options?.mergeUndoGroup });
    },
    async addSummaryPlan(plan, options) {
      const { writeSummaryPlanInRuns } = await summaryWriter();
      return writeSummaryPlanInRuns(summaryRun, plan, { mergeUndoGroup: options?.mergeUndoGroup });
    },
  };
}

/** Compile-time check: the cell properties we send are Office.js's own shape. */
export const cellPropsAreOfficeShape: (p: XlCellProps) => Excel.SettableCellProperties = (p) => p;
