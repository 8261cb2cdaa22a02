/**
 * Request-size budgets. Excel on the web rejects a request or response over 5 MB and reads over
 * 5,000,000 cells; we stay well under and split into blocks (one sync each) beyond that.
 */

/** Bytes one block may carry, leaving room for Office.js's own envelope. */
export const WRITE_BUDGET_BYTES = 4_000_000;
export const READ_BUDGET_BYTES = 4_000_000;
/**
 * Conservative JSON cost of one cell read as values + numberFormat + formulas (Range.formulas gives
 * a constant cell's value again, so a cell's value travels twice).
 */
export const READ_BYTES_PER_CELL = 90;
/** Excel's documented cap for one read. */
export const MAX_READ_CELLS = 5_000_000;
/**
 * The first read takes the used range's part in sheet rows 1 to 5,000 in the same sync as the used
 * range's size, so a sheet of up to 5,000 rows is read whole in one sync. Real cells cost about
 * 20 B each as values + numberFormat and some 28 B with formulas, so a dense 5,000 x 32 window
 * is 3 to 4.5 MB; a window whose response is too large fails with a payload error and is read
 * again in blocks.
 */
export const HEAD_WINDOW = { rows: 5000 } as const;

/** Rows per read block for a used range this wide. */
export function readBlockRows(cols: number): number {
  return Math.max(1, Math.floor(READ_BUDGET_BYTES / (Math.max(1, cols) * READ_BYTES_PER_CELL)));
}

/** JSON size of a value as it travels in a request. */
export function jsonBytes(v: unknown): number {
  const json = JSON.stringify(v);
  return json === undefined ? 4 : utf8Length(json);
}

/** UTF-8 length of a string without allocating (Excel's limit is in bytes, not characters). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      n += 2;
      i++;
    } else if (c >= 0x800) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}

/** Did Excel refuse a request or response for its size? (A refused request applied nothing.) */
export function isPayloadError(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}`
      : String(error);
  return /PayloadSizeLimitExceeded|payload size/i.test(text);
}

/** Did Excel refuse to put a call in an undo group (mergeUndoGroup with an API lacking undo)? */
export function isUndoNotSupported(error: unknown): boolean {
  if (error === undefined || error === null) return false;
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ''}`
      : String(error);
  return /UndoNotSupported/i.test(text);
}
