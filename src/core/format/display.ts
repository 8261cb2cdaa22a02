/**
 * The text Excel would display for a cell value under a number format code. Hosts that cannot
 * supply `texts` in a snapshot use this; so do variance lines that quote a cell as the sheet shows it.
 */
// numfmt 4.0.1 on the registry names dist/index.cjs in its "require" export but ships dist/index.js,
// so CommonJS consumers (jest, node) fail with "Cannot find module 'numfmt'". Fix in config, not here:
// jest moduleNameMapper '^numfmt$' -> '<rootDir>/node_modules/numfmt/dist/index.js', or pin numfmt 3.2.6.
import { format } from 'numfmt';
import type { CellValue } from '../snapshot';
import { excelError } from '../values/excel-errors';

/** What Excel shows in a cell too narrow for an out-of-range date. */
const OVERFLOW = '########';

const OPTIONS = {
  // A bad format code must never throw out of the scoring run: show what Excel shows for nonsense.
  throws: false,
  invalid: OVERFLOW,
  overflow: OVERFLOW,
  // Excel's own date range (1900-9999), not Google Sheets'.
  dateSpanLarge: false,
  dateErrorNumber: false,
  dateErrorThrows: false,
  nbsp: false,
  locale: 'en-GB',
} as const;

export function displayText(value: CellValue, numberFormat: string): string {
  // Hosts sometimes hand over null or undefined for either; treat them as empty / General.
  const code = typeof numberFormat === 'string' ? numberFormat.trim() : '';
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    // Excel's error values display as is, whatever the format.
    const error = excelError(value);
    if (error) return error;
    // Text shows as typed unless the format has a text section with decoration ("[Blue]@").
    if (code === '' || code === '@' || !code.includes('@')) return value;
    return safeFormat(code, value) ?? value;
  }
  // Excel cannot hold NaN or infinities; a formula producing one shows #NUM!.
  if (!Number.isFinite(value)) return '#NUM!';
  if (typeof value !== 'number') return String(value);
  return safeFormat(code === '' ? 'General' : code, value) ?? String(value);
}

function safeFormat(fmt: string, value: number | string): string | null {
  try {
    return format(fmt, value, OPTIONS);
  } catch {
    return null;
  }
}
