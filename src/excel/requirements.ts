/**
 * Requirement sets. ExcelApi 1.13 is the floor: reading a sheet's merged areas
 * (Range.getMergedAreasOrNullObject) needs it, and no older member reads them, while scoring
 * without them could write into the hidden cells of a merge. Everything else the host calls is
 * 1.9 or older (setCellProperties, getCellProperties, copyFrom, suspendScreenUpdatingUntilNextSync),
 * except mergeUndoGroup (1.20), which is checked before each use. 1.13 admits Excel on the web,
 * Microsoft 365 on Windows and Mac (builds since early 2021), Office 2021 and Office 2024; not
 * Excel 2016 or 2019. The manifest declares the same floor so AppSource and admins see it, and
 * we check again at run time because a sideloaded add-in can still open in an older Excel.
 */
import type { ExcelEnv } from './excel-env';

export const MIN_EXCEL_API = '1.13';
/** Excel.run({ mergeUndoGroup: true }) needs this. */
export const MERGE_UNDO_EXCEL_API = '1.20';

export const OLD_EXCEL_MESSAGE =
  'Scorelight needs a newer Excel (Excel 2021 or later, Microsoft 365 or Excel on the web: ExcelApi 1.13). ' +
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

/** RangeAreas.select (several ranges selected at once) needs this. */
export const AREA_SELECT_EXCEL_API = '1.18';

export function supportsAreaSelect(env: ExcelEnv): boolean {
  try {
    return env.isSetSupported('ExcelApi', AREA_SELECT_EXCEL_API);
  } catch {
    return false;
  }
}
