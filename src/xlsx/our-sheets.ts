/**
 * Sheets Scorelight made itself (the state sheet, board summaries) are never scored: scoring a
 * summary would colour our own report and record it as an indicator table.
 */
import { leftFooterSection, summaryMarker } from '../core/summary/marker';
import type { BookSheet } from './book/book';
import { isStateSheet } from './state-sheet';

/** True for a board summary: its printed footer carries our marker ("Scorelight board summary: <source>"). */
export function isSummarySheet(ws: BookSheet): boolean {
  const prefix = summaryMarker('');
  return ws.footers.some((f) => leftFooterSection(f).startsWith(prefix));
}

export function isScorelightSheet(ws: BookSheet): boolean {
  return isStateSheet(ws) || isSummarySheet(ws);
}
