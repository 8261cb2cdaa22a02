/**
 * The state as JSON and back: owned cells and blank-before undo cells written as A1 ranges with
 * their fingerprints (compact.ts), and the parsed JSON checked against WorkbookState field by
 * field, keeping what is sound and saying what was dropped.
 */
import { parseA1 } from '../a1';
import type { CellRef } from '../snapshot';
import { compactCells, expandBudget, isBlankUndo, rangePrints } from './compact';
import { rulesFromJson } from '../rules/json';
import { readRatingsHistory } from './ratings-history';
import type { Rules } from '../rules/types';
import { isBag, readSheetState } from './read-sheet-state';
import { sameSheet } from './sheet-states';
import type { SheetState, UndoCell, WorkbookState } from './types';

export interface DecodeOptions {
  /**
   * The workbook's sheets, where the host knows them: entries for other sheets are dropped unread,
   * so they cannot spend the expansion allowance. Without it every entry is read.
   */
  sheets?: string[];
  /** Cells the whole state may expand to (compact.ts MAX_EXPANDED_CELLS by default). */
  maxCells?: number;
}

export type DecodeResult = { ok: true; state: WorkbookState; warnings: string[] } | { ok: false; error: string };

/** The JSON form: owned cells and blank-before undo cells as A1 ranges (see compact.ts). */
export function compactState(state: WorkbookState): unknown {
  const sheets: [string, unknown][] = [];
  for (const [name, s] of Object.entries(state.sheets)) {
    const owned = compactCells(s.owned.map(parseA1).filter((r): r is CellRef => r !== null));
    const { prints, looks, ...rest } = s;
    const out: Record<string, unknown> = { ...rest, owned };
    // Fingerprints per owned range, in the same order: a few characters per range of equal text.
    if (prints) out.ownedPrints = rangePrints(owned, (a1) => prints.get(a1));
    // Look codes the same way (a range with a cell lacking one gets none: undo compares its text only).
    if (looks) out.ownedLooks = rangePrints(owned, (a1) => (Object.hasOwn(looks, a1) ? looks[a1] : undefined));
    if (s.undo) {
      const kept: UndoCell[] = [];
      const blank: CellRef[] = [];
      for (const u of s.undo) {
        if (isBlankUndo(u)) blank.push(u.cell);
        else kept.push(u);
      }
      out.undo = kept;
      out.undoBlank = compactCells(blank);
    }
    sheets.push([name, out]);
  }
  // fromEntries defines own properties, so a sheet called "__proto__" stays an ordinary entry.
  return { ...state, sheets: Object.fromEntries(sheets) };
}

/** Checks the parsed JSON against WorkbookState, keeping what is sound. */
export function stateFromJson(parsed: unknown, options: DecodeOptions = {}): DecodeResult {
  if (!isBag(parsed)) return { ok: false, error: 'The saved Scorelight state is not a JSON object.' };
  if (parsed.version !== 1)
    return {
      ok: false,
      error: `The saved Scorelight state has version ${JSON.stringify(parsed.version)}; expected 1.`,
    };
  const warnings: string[] = [];
  const sheets: [string, SheetState][] = [];
  if (parsed.sheets !== undefined && !isBag(parsed.sheets)) warnings.push('sheets: not an object, ignored');
  if (isBag(parsed.sheets)) {
    const budget = expandBudget(options.maxCells);
    const live = options.sheets;
    for (const [name, raw] of Object.entries(parsed.sheets)) {
      if (live && !live.some((l) => sameSheet(l, name))) continue;
      const s = readSheetState(raw, name, budget, warnings);
      if (s) sheets.push([name, s]);
    }
    if (budget.exhausted)
      warnings.push(
        'The saved state claims more cells than any scoring writes; Scorelight forgot the rest and will not clear them.',
      );
  }
  const state: WorkbookState = { version: 1, sheets: Object.fromEntries(sheets) };
  if (parsed.rules !== undefined) {
    const rules = readRules(parsed.rules, warnings);
    if (rules) state.rules = rules;
  }
  if (parsed.history !== undefined) {
    const history = readRatingsHistory(parsed.history, warnings);
    if (history) state.history = history;
  }
  return { ok: true, state, warnings };
}

function readRules(raw: unknown, warnings: string[]): Rules | undefined {
  if (!isBag(raw)) {
    warnings.push('rules: not an object, the default rules apply');
    return undefined;
  }
  // The rules module owns their validation (and fills fields added since they were saved).
  const read = rulesFromJson(JSON.stringify(raw));
  if (read.ok) return read.rules;
  warnings.push(`rules: ${read.errors.join('; ')}; the default rules apply`);
  return undefined;
}
