/**
 * Naming the summary sheet within Excel's rules: at most 31 characters, none of \ / ? * [ ] :,
 * not blank, not the reserved "History". Both writers share the collision rule so the add-in and
 * the command line pick the same name.
 */

export const SHEET_NAME_MAX = 31;
const SUFFIX = ' summary';

/** Replacements keep the name readable rather than dropping characters. */
const FORBIDDEN: Record<string, string> = { '\\': '-', '/': '-', ':': '-', '?': '', '*': '', '[': '(', ']': ')' };

/**
 * Cut to at most `max` UTF-16 units without splitting a surrogate pair; where that would split a
 * word, cut at the last space instead if it keeps more than half ("Adult social care", not
 * "Adult social care perfo").
 */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  const midWord = out.length < text.length && text[out.length] !== ' ' && !out.endsWith(' ');
  const space = out.lastIndexOf(' ');
  if (midWord && space > max / 2) out = out.slice(0, space);
  return out.trimEnd();
}

/**
 * The source name made safe. Apostrophes become ’ because ExcelJS writes print-title names as
 * 'Sheet'!$1:$2 without doubling them, which would corrupt the file.
 */
export function cleanSheetText(text: string): string {
  let out = '';
  for (const ch of text) out += ch in FORBIDDEN ? FORBIDDEN[ch] : ch === "'" ? '’' : ch;
  // Control characters are not allowed either; collapse the whitespace they leave.
  const printable = [...out].map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? ' ' : ch)).join('');
  return printable.replace(/\s+/g, ' ').trim();
}

/** "<source> summary", shortened to fit Excel's 31 characters. */
export function summarySheetName(source: string): string {
  const clean = cleanSheetText(source) || 'Sheet';
  return `${cut(clean, SHEET_NAME_MAX - SUFFIX.length)}${SUFFIX}`;
}

/** The n-th alternative ("Q2 KPIs summary (2)"), still within 31 characters. */
export function numberedSheetName(base: string, n: number): string {
  if (n <= 1) return base;
  const tail = ` (${n})`;
  if (base.length + tail.length <= SHEET_NAME_MAX) return `${base}${tail}`;
  // Shorten the source part, so the name still says "summary".
  if (base.endsWith(SUFFIX)) {
    return `${cut(base.slice(0, -SUFFIX.length), SHEET_NAME_MAX - SUFFIX.length - tail.length)}${SUFFIX}${tail}`;
  }
  return `${cut(base, SHEET_NAME_MAX - tail.length)}${tail}`;
}

export interface ExistingSheet {
  name: string;
  /** The sheet is a summary Scorelight made for this source sheet (its marker says so). */
  ours: boolean;
}

export interface SheetChoice {
  name: string;
  /** The name belongs to an earlier summary of ours: replace that sheet. */
  replace: boolean;
}

/**
 * The first of base, "base (2)", "base (3)"... that is free or already ours. Excel compares sheet
 * names without regard to case, so we do too.
 */
export function chooseSummarySheetName(base: string, existing: ExistingSheet[]): SheetChoice {
  const byName = new Map(existing.map((s) => [s.name.toLowerCase(), s]));
  for (let n = 1; ; n++) {
    const name = numberedSheetName(base, n);
    if (name.toLowerCase() === 'history') continue;
    const found = byName.get(name.toLowerCase());
    if (!found) return { name, replace: false };
    if (found.ours) return { name: found.name, replace: true };
  }
}
