/**
 * Excel table names for the summary's data regions. Excel wants letters, digits, "_" or "."; a
 * letter or "_" first; no look of a cell reference ("A1", "R1C1"); and a name unique in the
 * workbook. A meaningful name ("Areas_for_focus_Q2_KPIs") is what a screen reader announces.
 */

/** Longest source part kept, so names stay readable (Excel allows 255). */
const MAX_SOURCE = 40;

export function excelTableName(base: string, source: string): string {
  const clean = (s: string) =>
    s
      .replace(/[^A-Za-z0-9_]+/g, '_')
      .replace(/_+/g, '_')
      .replace(/^_|_$/g, '');
  const src = clean(source).slice(0, MAX_SOURCE).replace(/_$/, '');
  const name = src ? `${clean(base)}_${src}` : clean(base);
  // A base of words always starts with a letter; "_" keeps a digit-led one valid all the same.
  return /^[A-Za-z_]/.test(name) ? name : `_${name}`;
}

/** `name`, or `name_2`, `name_3`... the first not in `taken` (compared case-insensitively, as Excel does). */
export function uniqueTableName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((t) => t.toLowerCase()));
  if (!used.has(name.toLowerCase())) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
