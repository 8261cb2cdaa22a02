/**
 * Requirement sets. ExcelApi 1.9 is the floor (getRanges, setCellProperties, copyFrom,
 * suspendScreenUpdatingUntilNextSync); the manifest declares it so AppSource and admins see it,
 * and we check again at run time because a sideloaded add-in can still open in an older Excel.
 */
import type { ExcelEnv } from './excel-env';

export const MIN_EXCEL_API = '1.9';
/** Excel.run({ mergeUndoGroup: true }) needs this. */
export const MERGE_UNDO_EXCEL_API = '1.20';

export const OLD_EXCEL_MESSAGE =
  'Scorelight needs a newer Excel (Excel 2021, Microsoft 365 or Excel on the web: ExcelApi 1.9). ' +
  'This version of Excel does not support it, so nothing was read or written.';

/** A message for the user when this Excel is too old, else null. Never throws. */
export function unsupportedExcelMessage(env: ExcelEnv): string | null {
  try {
    return env.isSetSupported('ExcelApi', MIN_EXCEL_API) ? null : OLD_EXCEL_MESSAGE;
  } catch {
    return OLD_EXCEL_MESSAGE;
  }
}

export function supportsMergeUndo(env: ExcelEnv): boolean {
  try {
    return env.isSetSupported('ExcelApi', MERGE_UNDO_EXCEL_API);
  } catch {
    return false;
  }
}
