/**
 * The state's record per sheet: found and replaced by name as Excel compares sheet names (ignoring
 * case), never through inherited keys ("constructor", "__proto__").
 */
import type { SheetState, WorkbookState } from './types';

export function emptyState(): WorkbookState {
  return { version: 1, sheets: {} };
}

function emptySheetState(): SheetState {
  return { owned: [], mappings: [] };
}

/** Excel sheet names are case-insensitive: "Data" and "DATA" are one sheet. */
export function sameSheet(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}

/** The state of one sheet (an empty one when none is recorded). Never inherited keys ("constructor"). */
export function sheetState(state: WorkbookState, sheetName: string): SheetState {
  if (Object.hasOwn(state.sheets, sheetName)) return state.sheets[sheetName];
  const key = Object.keys(state.sheets).find((k) => sameSheet(k, sheetName));
  return key === undefined ? emptySheetState() : state.sheets[key];
}

/** A new state with this sheet's state replaced (any differently-cased entry for it is dropped). */
export function withSheetState(state: WorkbookState, sheetName: string, s: SheetState): WorkbookState {
  const kept = Object.entries(state.sheets).filter(([k]) => !sameSheet(k, sheetName));
  // fromEntries defines own properties, so a sheet called "__proto__" stays an ordinary entry.
  return { ...state, sheets: Object.fromEntries([...kept, [sheetName, s]]) };
}

/** A new state without this sheet (deleted sheets). */
export function withoutSheetState(state: WorkbookState, sheetName: string): WorkbookState {
  return {
    ...state,
    sheets: Object.fromEntries(Object.entries(state.sheets).filter(([k]) => !sameSheet(k, sheetName))),
  };
}
