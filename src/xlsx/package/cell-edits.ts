/**
 * What the writer puts into a scored sheet: one edit per cell Scorelight wrote, cleared or put
 * back, with the value and look the Book holds for it now. Formulas and cells covered by a merged
 * area are never edited: their bytes stay as the user's file has them.
 */
import type { BookSheet } from '../book/book';
import type { CellEdit, EditValue } from './sheet-patch';

export function cellEditsOf(ws: BookSheet): CellEdit[] {
  const edits: CellEdit[] = [];
  for (const ref of ws.touched.values()) {
    const cell = ws.cellAt(ref.row, ref.col);
    if (cell?.formula || ws.mergedRole(ref.row, ref.col) === 'covered') continue;
    let value: EditValue = null;
    if (cell && cell.value !== '') value = cell.error ? { error: String(cell.value) } : cell.value;
    edits.push({ row: ref.row, col: ref.col, value, look: ws.lookOf(cell) });
  }
  return edits;
}
