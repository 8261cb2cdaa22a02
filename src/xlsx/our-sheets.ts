/**
 * Sheets Scorelight made itself (the state sheet, board summaries) are never scored: scoring a
 * summary would colour our own report and record it as an indicator table.
 */
import type { Worksheet } from 'exceljs';
import { leftFooterSection, summaryMarker } from '../core/summary/marker';
import { STATE_SHEET_NAME } from '../core/state/types';

/** True for a board summary: its printed footer carries our marker ("Scorelight board summary: <source>"). */
export function isSummarySheet(ws: Worksheet): boolean {
  const footers = [ws.headerFooter?.oddFooter, ws.headerFooter?.evenFooter, ws.headerFooter?.firstFooter];
  const prefix = summaryMarker('');
  return footers.some((f) => typeof f === 'string' && leftFooterSection(f).startsWith(prefix));
}

export function isScorelightSheet(ws: Worksheet): boolean {
  return ws.name === STATE_SHEET_NAME || isSummarySheet(ws);
}
