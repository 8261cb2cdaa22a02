/**
 * Strings Excel would read as something else. Writing "=SUM(A1)" or "-3 below target" into
 * Range.values makes a formula; "25%" or "1,305" becomes a number. A leading apostrophe makes
 * Excel keep the rest as text (the apostrophe is not part of the value, as when typed).
 */
import type { XlValue } from './excel-api';

const FORMULA_START = /^[=+\-@]/;

/**
 * Text Scorelight writes into a cell it formats as Text ("@"): formula starts need the quote, and
 * so does a text that itself starts with an apostrophe ("'Tis"), which Excel would otherwise take
 * as the quote prefix and drop.
 */
export function ourText(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? `'${text}` : text;
}

/**
 * A value put back by "Undo last scoring". A string in a cell not formatted as Text was text in
 * the user's sheet (we never write over formulas), so it is quoted whole to stay text.
 */
export function restoredValue(value: XlValue, numberFormat: string): XlValue {
  if (typeof value !== 'string' || value === '') return value;
  if (numberFormat === '@') return ourText(value);
  return `'${value}`;
}
