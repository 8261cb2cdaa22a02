/**
 * The .xlsx host: the same engine as the add-in, applied to workbooks read straight from their
 * package (book/) and saved by editing it (package/). Used by the CLI and by the browser preview;
 * everything here runs in a browser.
 */
export { Book, BookSheet, type BookCell, type CellView } from './book/book';
export { openBook, NotAWorkbookError, TooLargeWorkbookError, MAX_CELLS } from './book/read-book';
export { readSnapshot, usedBounds } from './read-snapshot';
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
export { openWorkbook, savePackage } from './workbook-io';
