/**
 * Scores a whole workbook (Book): every sheet (or the ones asked for) except our own, each plan
 * applied unless blocked, owned cells and undo recorded in the state sheet. Rules come from the
 * caller, else from the workbook's saved state, else the defaults.
 */
import { toA1 } from '../core/a1';
import { withMappings, type SheetMapping } from '../core/detect/map-spec';
import { emptyResult, scoreSheet, type SheetResult } from '../core/pipeline';
import { defaultRules } from '../core/rules/presets';
import type { Rules } from '../core/rules/types';
import { sheetState } from '../core/state/codec';
import type { SheetState, WorkbookState } from '../core/state/types';
import { applyPlanToSheet } from './apply-plan';
import type { Book, BookSheet } from './book/book';
import { isScorelightSheet } from './our-sheets';
import { readSnapshot } from './read-snapshot';
import { readStateWithWarnings, stateNameTaken, writeState } from './state-sheet';

export interface ScoreWorkbookOptions {
  /** Sheet names to score; all of the user's sheets when omitted. */
  sheets?: string[];
  /** Rules to use instead of those saved in the workbook. */
  rules?: Rules;
  /** Timestamp recorded in the state (tests pass a fixed one). */
  scoredAt?: Date;
  /** Table mappings given on the command line: added to the workbook's state before scoring. */
  mappings?: SheetMapping[];
}

export interface ScoreWorkbookResult {
  results: SheetResult[];
  /** Names of the sheets something was written to. */
  written: string[];
  /** Per sheet, the A1 addresses actually written (plan writes minus any left alone). */
  writtenCells: Record<string, string[]>;
  /** The rules the scoring used. */
  rules: Rules;
  scoredAt: Date;
  /** Problems with the workbook as a whole (its saved Scorelight state could not be read). */
  workbookWarnings: string[];
}

/** Thrown for a sheet name the workbook does not have; the message is fit to show as is. */
export class UnknownSheetError extends Error {
  constructor(
    readonly sheet: string,
    readonly available: string[],
  ) {
    super(`There is no sheet called "${sheet}" (sheets: ${available.map((n) => `"${n}"`).join(', ')}).`);
    this.name = 'UnknownSheetError';
  }
}

/** The user's sheets in workbook order (not the state sheet nor our summaries). */
export function userSheets(wb: Book): BookSheet[] {
  return wb.sheets.filter((ws) => !isScorelightSheet(ws));
}

function pickSheets(wb: Book, names: string[] | undefined): BookSheet[] {
  const all = userSheets(wb);
  if (!names || names.length === 0) return all;
  return names.map((name) => {
    // Excel sheet names are case-insensitive.
    const ws = all.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!ws)
      throw new UnknownSheetError(
        name,
        all.map((s) => s.name),
      );
    return ws;
  });
}

/** A sheet the engine failed on: reported, nothing written, the other sheets still scored. */
function failedResult(name: string, err: unknown): SheetResult {
  const message = err instanceof Error ? err.message : String(err);
  const warning = {
    sheet: name,
    cell: '',
    message: `Scorelight could not score "${name}", so nothing was written to it: ${message}`,
  };
  return emptyResult(name, [warning], message);
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

/** A plan that would write past the grid (a header filled out to XFD leaves no free column). */
function outsideGrid(result: SheetResult): boolean {
  const out = (c: { row: number; col: number }) => c.row >= MAX_ROWS || c.col >= MAX_COLS;
  return result.plan.writes.some((w) => out(w.cell)) || result.plan.clears.some(out);
}

/**
 * The state with these sheets' entries replaced, in one pass over the state's sheets (an entry
 * for the same sheet in another case is replaced too: Excel's sheet names ignore case).
 */
function withSheetStates(state: WorkbookState, updated: Map<string, SheetState>): WorkbookState {
  if (updated.size === 0) return state;
  const names = new Set([...updated.keys()].map((n) => n.toUpperCase()));
  const kept = Object.entries(state.sheets).filter(([k]) => !names.has(k.toUpperCase()));
  // fromEntries defines own properties, so a sheet called "__proto__" stays an ordinary entry.
  return { ...state, sheets: Object.fromEntries([...kept, ...updated]) };
}

export function scoreWorkbook(wb: Book, options: ScoreWorkbookOptions = {}): ScoreWorkbookResult {
  const sheets = pickSheets(wb, options.sheets);
  const read = readStateWithWarnings(wb);
  let state = read.state;
  if (options.mappings?.length) state = withMappings(state, options.mappings);
  const rules = options.rules ?? state.rules ?? defaultRules();
  const scoredAt = options.scoredAt ?? new Date();
  const results: SheetResult[] = [];
  const written: string[] = [];
  const writtenCells: Record<string, string[]> = {};
  // Each scored sheet's new state, merged into the workbook's once at the end.
  const updated = new Map<string, SheetState>();

  for (const ws of sheets) {
    let result: SheetResult;
    try {
      result = scoreSheet(readSnapshot(ws, wb.date1904), rules, sheetState(state, ws.name));
    } catch (err) {
      results.push(failedResult(ws.name, err));
      continue;
    }
    if (outsideGrid(result)) {
      results.push(
        failedResult(
          ws.name,
          new Error(
            'its table reaches the last column Excel has (XFD), so there is no room for the status, trend and variance columns',
          ),
        ),
      );
      continue;
    }
    const outcome = applyPlanToSheet(ws, result.plan, sheetState(state, ws.name), scoredAt);
    if (outcome.sheetState) updated.set(ws.name, outcome.sheetState);
    for (const a1 of outcome.skipped) {
      result.warnings.push({
        sheet: ws.name,
        cell: a1,
        message: `${a1} holds a formula or sits inside merged cells, so Scorelight left it as it is.`,
      });
    }
    if (outcome.written) {
      const left = new Set(outcome.skipped);
      writtenCells[ws.name] = result.plan.writes.map((w) => toA1(w.cell)).filter((a1) => !left.has(a1));
    }
    if (outcome.written && (result.plan.writes.length > 0 || result.plan.clears.length > 0)) written.push(ws.name);
    results.push(result);
  }

  state = withSheetStates(state, updated);
  const workbookWarnings = [...read.warnings];
  if (written.length > 0 && !writeState(wb, state))
    workbookWarnings.push(
      `The workbook has a sheet of its own called "${stateNameTaken(wb)?.name}", the name Scorelight keeps its settings under, so they were not saved: the next scoring will not know which cells it wrote.`,
    );
  return { results, written, writtenCells, rules, scoredAt, workbookWarnings };
}
