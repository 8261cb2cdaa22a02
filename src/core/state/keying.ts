/**
 * Which saved record belongs to a sheet, where the host gives sheets a lasting id (Excel's
 * Worksheet.id). Records are stored under the sheet's name (the .xlsx host knows no ids), so:
 * - a record under this name made for another sheet (the old sheet was deleted and the name
 *   reused) is dropped: its cells and undo describe a sheet that is gone;
 * - a record with this sheet's id under another name (the sheet was renamed) moves to the new name;
 * - a record with no id yet (saved by the .xlsx host or an older version) is taken as this sheet's.
 */
import { sheetState, withoutSheetState, withSheetState } from './codec';
import type { SheetState, WorkbookState } from './types';

export function keyBySheetId(state: WorkbookState, name: string, id: string | undefined): WorkbookState {
  if (!id) return state;
  const byName = Object.hasOwn(state.sheets, name) || Object.keys(state.sheets).some((k) => sameName(k, name));
  const current = byName ? sheetState(state, name) : undefined;
  if (current && (current.id === undefined || current.id === id))
    return withSheetState(state, name, { ...current, id });
  let next = current ? withoutSheetState(state, name) : state;
  const renamed = Object.entries(next.sheets).find(([, s]) => s.id === id);
  if (renamed) {
    next = withoutSheetState(next, renamed[0]);
    return withSheetState(next, name, { ...renamed[1], id });
  }
  return next;
}

/**
 * Drop the records of sheets that no longer exist (by id where recorded, else by name): nothing
 * can be re-scored or undone there, and they would only grow the saved state.
 */
export function withoutGoneSheets(state: WorkbookState, live: { name: string; id?: string }[]): WorkbookState {
  const ids = new Set(live.map((l) => l.id).filter((i): i is string => !!i));
  const kept = Object.entries(state.sheets).filter(([name, s]: [string, SheetState]) =>
    s.id ? ids.has(s.id) : live.some((l) => sameName(l.name, name)),
  );
  if (kept.length === Object.keys(state.sheets).length) return state;
  return { ...state, sheets: Object.fromEntries(kept) };
}

function sameName(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}
