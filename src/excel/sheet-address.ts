import { rangeToA1 } from '../core/a1';
import type { CellRange } from '../core/snapshot';

/** "'Q2 KPIs'!B2:B40": a sheet-qualified address for copyFrom across sheets (quotes doubled). */
export function qualifiedAddress(sheet: string, range: CellRange): string {
  return `'${sheet.replace(/'/g, "''")}'!${rangeToA1(range)}`;
}
