/**
 * The long strings of issue 12 item 2 (a 32,766-digit cell; a name of "keep keep ..."), shared by the
 * parse bench and its regression test so both measure the same inputs.
 */

/** Excel's cell limit. */
export const EXCEL_MAX_CELL = 32767;

/** The two reported inputs, and close relatives that stressed the old backtracking patterns. */
export function hostileTexts(): Record<string, string> {
  const digits = '1'.repeat(EXCEL_MAX_CELL - 1);
  const keep = 'keep '.repeat(Math.floor(EXCEL_MAX_CELL / 5)).trim();
  return {
    digits,
    keep,
    'digits-percent': `${'9'.repeat(EXCEL_MAX_CELL - 2)}%`,
    'digits-dash-digits': `${'1'.repeat(16000)}-${'2'.repeat(16000)}`,
    'under-spaces': `under${' '.repeat(EXCEL_MAX_CELL - 10)}20`,
    'maintain-words': `maintain ${'at '.repeat(10000)}`.slice(0, EXCEL_MAX_CELL),
    'bigger-is': `bigger ${'is '.repeat(10000)}`.slice(0, EXCEL_MAX_CELL),
    commas: `1${',000'.repeat(8000)}`,
  };
}
