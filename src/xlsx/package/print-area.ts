/**
 * A print area the user defined on a scored sheet (the workbook's _xlnm.Print_Area name for it):
 * the columns Scorelight adds beside a table would print on no page if they fell outside it, so the
 * area grows to the right to take them, on the rows it already covers. A sheet without a print area
 * prints all its cells and gets none; an area of several ranges is the user's design and is left
 * alone. Nothing else of how the sheet prints (fit to page, scale, margins) is ever changed.
 */
import { columnLetters, parseRangeA1 } from '../../core/a1';
import type { CellRef } from '../../core/snapshot';
import { localName, scanXml } from './xml-scan';

export const PRINT_AREA = '_xlnm.Print_Area';

/** Each sheet's print area as the workbook part defines it: sheet index (localSheetId) -> formula text. */
export function printAreasOf(workbookXml: string): Map<number, string> {
  const out = new Map<number, string>();
  let open: number | undefined;
  let text = '';
  scanXml(workbookXml, {
    open(tag) {
      if (localName(tag.name) !== 'definedName') return;
      const local = Number(tag.attrs.localSheetId);
      open = tag.attrs.name === PRINT_AREA && Number.isInteger(local) && local >= 0 ? local : undefined;
      text = '';
    },
    text(t) {
      if (open !== undefined) text += t;
    },
    close(name) {
      if (localName(name) !== 'definedName' || open === undefined) return;
      out.set(open, text.trim());
      open = undefined;
    },
  });
  return out;
}

/**
 * The print area widened to the right to take `cells` on its rows, or null when it holds them
 * already or is not one plain range ("'KPIs'!$A$1:$E$20"; "$A1:$E20" as some writers give it).
 */
export function widenedPrintArea(text: string, cells: readonly CellRef[]): string | null {
  const bang = text.lastIndexOf('!');
  if (bang < 0 || text.includes(',')) return null;
  const sheetRef = text.slice(0, bang);
  const area = parseRangeA1(text.slice(bang + 1).replace(/\$/g, ''));
  if (!area) return null;
  const bottom = area.row + area.rowCount - 1;
  let right = area.col + area.colCount - 1;
  for (const c of cells) if (c.row >= area.row && c.row <= bottom && c.col > right) right = c.col;
  if (right === area.col + area.colCount - 1) return null;
  const a = (col: number, row: number) => `$${columnLetters(col)}$${row + 1}`;
  return `${sheetRef}!${a(area.col, area.row)}:${a(right, bottom)}`;
}
