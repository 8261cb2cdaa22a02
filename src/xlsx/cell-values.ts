/**
 * ExcelJS cell values to the Office.js shape the core reads (snapshot.ts): numbers, strings,
 * booleans, "" for empty, errors as their text, dates as Excel serial numbers. Kept free of any
 * runtime ExcelJS import so the browser preview can load it before ExcelJS itself.
 */
import type { CellValue as ExcelJsValue } from 'exceljs';
import type { CellValue } from '../core/snapshot';

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1462;

/** A JS Date (ExcelJS reads dates as UTC instants) to the serial number Excel stores. */
export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  // Millisecond rounding noise would otherwise turn 30/06/12 into 41090.00000000001.
  return Math.round(serial * 1e8) / 1e8;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richTextToPlain(parts: unknown): string {
  if (!Array.isArray(parts)) return '';
  return parts.map((p) => (isRecord(p) && typeof p.text === 'string' ? p.text : '')).join('');
}

/** True when ExcelJS holds a formula (plain, shared or array) in this value. */
export function isFormulaValue(v: ExcelJsValue | undefined): boolean {
  return isRecord(v) && (typeof v.formula === 'string' || typeof v.sharedFormula === 'string');
}

/** Convert any ExcelJS cell value to the Office.js shape. Formulas give their cached result. */
export function toSnapshotValue(v: unknown, date1904 = false): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '#NUM!';
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#VALUE!' : dateToSerial(v, date1904);
  if (!isRecord(v)) return '';
  if (typeof v.error === 'string') return v.error;
  if (Array.isArray(v.richText)) return richTextToPlain(v.richText);
  if (typeof v.formula === 'string' || typeof v.sharedFormula === 'string') return toSnapshotValue(v.result, date1904);
  // Hyperlinks: the text shown (itself possibly rich text), never the address.
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text;
    if (isRecord(text) && Array.isArray(text.richText)) return richTextToPlain(text.richText);
    return '';
  }
  return '';
}
