/**
 * What Scorelight changed in an open workbook, so a save can edit only those parts of the original
 * package: per sheet, the cells written, cleared or restored, and the widths of columns it added;
 * which board summaries it wrote; whether the saved state changed. Kept beside the ExcelJS
 * workbook (a WeakMap), so the hosts' functions keep their signatures.
 */
import type { Workbook } from 'exceljs';
import { cellNumber } from '../../core/a1';
import type { CellRef } from '../../core/snapshot';

export interface Touched {
  cells: Map<string, Map<number, CellRef>>;
  columnWidths: Map<string, Record<number, number>>;
  summaries: Set<string>;
  state: boolean;
  /** The first summary plan's document title and language, for document properties left empty. */
  document?: { title: string; language: string };
}

const LOG = new WeakMap<Workbook, Touched>();

export function touchedOf(wb: Workbook): Touched {
  let t = LOG.get(wb);
  if (!t) {
    t = { cells: new Map(), columnWidths: new Map(), summaries: new Set(), state: false };
    LOG.set(wb, t);
  }
  return t;
}

export function touchCells(wb: Workbook, sheet: string, refs: Iterable<CellRef>): void {
  const cells = touchedOf(wb).cells;
  let map = cells.get(sheet);
  if (!map) {
    map = new Map();
    cells.set(sheet, map);
  }
  for (const ref of refs) map.set(cellNumber(ref), ref);
}

export function touchColumnWidths(wb: Workbook, sheet: string, widths: Record<number, number>): void {
  const all = touchedOf(wb).columnWidths;
  all.set(sheet, { ...(all.get(sheet) ?? {}), ...widths });
}

export function touchSummary(wb: Workbook, sheetName: string): void {
  touchedOf(wb).summaries.add(sheetName);
}

/** Record a summary plan's document info; the first one written is the one kept. */
export function touchDocumentInfo(wb: Workbook, document: { title: string; language: string }): void {
  const t = touchedOf(wb);
  t.document ??= { title: document.title, language: document.language };
}

export function touchState(wb: Workbook): void {
  touchedOf(wb).state = true;
}

export function hasChanges(wb: Workbook): boolean {
  const t = touchedOf(wb);
  return t.state || t.summaries.size > 0 || [...t.cells.values()].some((m) => m.size > 0);
}
