/** The board summary: a scored sheet to a printable, host-neutral plan (see build.ts). */
export { buildSummary, buildWorkbookSummary, WORKBOOK_SOURCE, WORKBOOK_SUMMARY_NAME } from './build';
export type * from './types';
export { summarySheetName, chooseSummarySheetName, numberedSheetName, cleanSheetText } from './sheet-name';
export type { ExistingSheet, SheetChoice } from './sheet-name';
export { summaryMarker, leftFooterSection, footerString, isSummaryMarker } from './marker';
export { checkSummaryAccessibility, accessibilitySummary, SUMMARY_RULES } from './accessibility-check';
export type { AccessibilityIssue, SummaryRule } from './accessibility-check';
export { recordRatings, changesSince, indicatorKey, previousRating, MAX_PERIODS } from './history';
export type { RatingsHistory, RatingRecord, IndicatorHistory, Changes, Movement } from './history';
