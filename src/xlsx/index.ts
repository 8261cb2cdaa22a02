/**
 * The .xlsx host: the same engine as the add-in, applied to ExcelJS workbooks. Used by the CLI and
 * by the browser preview. Everything here runs in a browser; only workbook-io.ts loads ExcelJS.
 */
export { readSnapshot, isSheetProtected } from './read-snapshot';
export { applyPlan, type ApplyOutcome } from './apply-plan';
export { readState, readStateWithWarnings, writeState } from './state-sheet';
export {
  scoreWorkbook,
  userSheets,
  UnknownSheetError,
  type ScoreWorkbookOptions,
  type ScoreWorkbookResult,
} from './score-workbook';
export { undoLastScoring } from './undo-scoring';
export { isScorelightSheet, isSummarySheet } from './our-sheets';
export { openWorkbook, saveWorkbook, savePackage } from './workbook-io';
export { hasChanges } from './package/touched';
export { dateToSerial, toSnapshotValue } from './cell-values';
export { unsupportedParts, zipEntryNames } from './unsupported-parts';
