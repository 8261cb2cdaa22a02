/**
 * The workbook state (owned cells, undo record, mappings, rules) lives in a very hidden sheet,
 * encoded by the core codec so the Excel host and this host read each other's workbooks.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { decodeState, emptyState, encodeState } from '../core/state/codec';
import { STATE_SHEET_NAME, type WorkbookState } from '../core/state/types';
import { touchState } from './package/touched';

export function stateSheet(wb: Workbook): Worksheet | undefined {
  return wb.getWorksheet(STATE_SHEET_NAME);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) {
    return (v as { richText: { text: string }[] }).richText.map((p) => p.text).join('');
  }
  return '';
}

/**
 * The state saved in the workbook and any problems reading it. A damaged state gives an empty one
 * and a warning: scoring must go on; the worst case is that we forget which cells were ours.
 */
export function readStateWithWarnings(wb: Workbook): { state: WorkbookState; warnings: string[] } {
  const ws = stateSheet(wb);
  if (!ws) return { state: emptyState(), warnings: [] };
  const grid: string[][] = [];
  const rows = ws.actualRowCount === 0 ? 0 : ws.dimensions.bottom;
  for (let r = 1; r <= rows; r++) {
    const row = ws.findRow(r);
    const cells: string[] = [];
    const width = row?.cellCount ?? 0;
    for (let c = 1; c <= width; c++) cells.push(cellText(row?.findCell(c)?.value));
    grid.push(cells);
  }
  try {
    const decoded = decodeState(grid, { sheets: wb.worksheets.map((w) => w.name) });
    if (decoded.ok) return { state: decoded.state, warnings: decoded.warnings };
    return {
      state: emptyState(),
      warnings: [`Scorelight's saved settings in this workbook could not be read (${decoded.error}); they were reset.`],
    };
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      state: emptyState(),
      warnings: [`Scorelight's saved settings in this workbook could not be read (${why}); they were reset.`],
    };
  }
}

/** The state saved in the workbook, or an empty state when there is none or it cannot be read. */
export function readState(wb: Workbook): WorkbookState {
  return readStateWithWarnings(wb).state;
}

/** Replace the state sheet's content with this state, creating the sheet (very hidden) if needed. */
export function writeState(wb: Workbook, state: WorkbookState): void {
  const grid = encodeState(state);
  touchState(wb);
  let ws = stateSheet(wb);
  if (ws) {
    // Empty every row we held before; rows past the new grid must not keep stale text.
    const old = ws.actualRowCount === 0 ? 0 : ws.dimensions.bottom;
    if (old > 0) ws.spliceRows(1, old);
  } else {
    ws = wb.addWorksheet(STATE_SHEET_NAME);
  }
  ws.state = 'veryHidden';
  grid.forEach((cells, r) => {
    cells.forEach((text, c) => {
      // Strings stay strings in ExcelJS, so encoded JSON starting with "=" is never a formula.
      if (text !== '') ws.getCell(r + 1, c + 1).value = text;
    });
  });
}
