/**
 * The name of a scored copy, the same from every front door: "reports/q2.xlsx" -> "reports/q2.scored.xlsx".
 * A scored copy is rescored in place (no .scored.scored); a macro workbook keeps .xlsm, as Excel
 * refuses a macro package named .xlsx.
 */
export function scoredName(book: string, macro = false): string {
  const slash = Math.max(book.lastIndexOf('/'), book.lastIndexOf('\\'));
  const dot = book.lastIndexOf('.');
  // A leading dot names a hidden file, not an extension (as Node's path.extname reads it).
  const hasExt = dot > slash + 1;
  const ext = hasExt ? book.slice(dot) : '';
  const base = hasExt ? book.slice(0, dot) : book;
  const lower = ext.toLowerCase();
  // A macro workbook is written as .xlsm whatever the input's name (Excel refuses it named .xlsx).
  const outExt = macro ? (lower === '.xlsm' ? ext : '.xlsm') : lower === '.xlsx' ? ext : '.xlsx';
  if (base.toLowerCase().endsWith('.scored')) return `${base}${outExt}`;
  return `${base}.scored${outExt}`;
}
