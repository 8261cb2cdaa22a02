/**
 * Every string Scorelight writes into a cell fits Excel: at most 32,767 characters, and none of the
 * characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE,
 * U+FFFF; a surrogate without its pair). A workbook holding either is one Excel cannot open, though
 * the writer reports success. Too long a text is cut with "... and N more".
 */

/** Excel's limit on the characters in one cell. */
export const EXCEL_MAX_CELL_CHARS = 32_767;

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Any character stripForbidden may have to drop (every surrogate, paired or not): text without one,
 * nearly all of it, is returned by one native scan instead of the character loop.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** The text without the characters XML 1.0 forbids. One pass, linear in the length. */
export function stripForbidden(text: string): string {
  if (!MAYBE_FORBIDDEN.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad: boolean;
    if (c < 0x20) bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
    else if (c < 0xd800) bad = false;
    else if (isHigh(c)) {
      if (i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
        i++;
        continue;
      }
      bad = true;
    } else bad = isLow(c) || c === 0xfffe || c === 0xffff;
    if (!bad) continue;
    out += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The text cut to `max` characters (never inside a surrogate pair), ending "... and N more characters". */
export function capText(text: string, max = EXCEL_MAX_CELL_CHARS): string {
  if (text.length <= max) return text;
  // The tail's own length depends on N; N's digits are at most the digits of the whole length.
  const tailLen = ` ... and ${text.length} more characters`.length;
  let keep = Math.max(0, max - tailLen);
  if (keep > 0 && isHigh(text.charCodeAt(keep - 1))) keep--;
  return `${text.slice(0, keep)} ... and ${text.length - keep} more characters`;
}

/** What we may write into a cell: forbidden characters gone, then cut to Excel's limit. */
export function cellText(text: string): string {
  return capText(stripForbidden(text));
}

/**
 * Items joined by `sep` within `max` characters: as many whole items as fit, then
 * "... and N more" (N items). Linear: stops adding once the budget is spent.
 */
export function capList(items: string[], sep: string, max = EXCEL_MAX_CELL_CHARS): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = (i === 0 ? '' : sep) + items[i];
    const after = items.length - i - 1;
    // Room for this item and, when more follow, for the tail that would name them.
    const need = out.length + next.length + (after > 0 ? ` ... and ${after} more`.length : 0);
    if (need > max) return capText(`${out} ... and ${items.length - i} more`, max);
    out += next;
  }
  return out;
}
