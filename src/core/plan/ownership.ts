/**
 * Which of the cells the state says are ours are still ours, decided from what the sheet holds now.
 *
 * - A cell with a fingerprint (state/fingerprint.ts) is ours while it holds exactly that text, or
 *   another text we wrote on this sheet (deleted or inserted rows move our outputs onto each
 *   other's addresses), and that text reads like our output: it may be overwritten or cleared. If
 *   it holds anything else (the user edited it, or inserted rows or columns moved their own content
 *   into it) it is left alone and reported as changed.
 * - A cell recorded before fingerprints existed (a legacy state) may be overwritten while it reads
 *   like our output (a status or trend word, a variance line, our header), never cleared: clearing
 *   is what lost user data.
 * - "A status word" includes the sheet's own words (its status key, its status column's words, a
 *   direction key: "Above target", "target", "Favourable"), which the scoring writes in place of the
 *   rules' labels. Without them our own status cell would stop being ours on the next scoring and
 *   detection would take it for the user's content (our columns moving one further right each time).
 * - A formula is never ours. An entry naming another sheet ("Other!B2") is not about this sheet.
 * - An empty cell needs nothing from us: it is not cleared (that would drop a moved-in format).
 */
import { cellNumber, parseA1, toA1 } from '../a1';
import { OUR_OUTPUT_RE } from '../detect/grid';
import type { CellRange, CellRef, CellValue, SheetSnapshot } from '../snapshot';
import { compactCells, onSheet } from '../state/compact';
import { fingerprint, holdsPrint } from '../state/fingerprint';
import type { SheetState } from '../state/types';
import type { Warning } from '../model';
import { defaultDirectionRules } from '../rules/presets';
import type { Rules } from '../rules/types';
import { normaliseRating, ratingOf } from '../scoring/rating-words';
import type { WritePlan } from './types';
import { LETTERS, NUMBERS } from '../letters';

/** What comes before the first letter or figure, and any figure. EdgeHTML 18 has no \p{L}. */
const LEAD_BEFORE_WORD = new RegExp(`^[^${LETTERS}${NUMBERS}]+`, 'u');
const A_NUMBER = new RegExp(`[${NUMBERS}]`, 'u');

export interface Ownership {
  /** Cells we may overwrite (keyed by cellNumber). */
  writable: Map<number, CellRef>;
  /** Cells we may also clear: they hold exactly what we wrote. */
  clearable: Set<number>;
  /** Cells recorded as ours that now hold something else, as A1 ranges (each a warning). */
  changed: string[];
  /**
   * Those cells (keyed by cellNumber): the user's now, never written, even where the table's own
   * status column would otherwise be rewritten ("Amber - exception agreed by board" stays).
   */
  edited: Set<number>;
  /** Of those, the ones with a fingerprint: A1 -> what we wrote, carried into the next state. */
  editedPrints: Map<string, string>;
  /**
   * Cells whose fingerprint matches text Scorelight never writes (a table's header, a note): a
   * forged claim, or a chance match. Never ours; the plan warns of them with its other refused claims.
   */
  refused: CellRef[];
  /** The state with only the cells still ours (for detection and the next plan). */
  state: SheetState | undefined;
  /**
   * Does a cell not recorded as ours hold a text we wrote elsewhere on this sheet? A row inserted
   * in a table moves our last outputs down onto addresses we never wrote: still ours to rewrite.
   */
  oursByContent: (value: CellValue | undefined) => boolean;
}

function formulaCells(ranges: CellRange[] | undefined): Set<number> {
  const set = new Set<number>();
  for (const r of ranges ?? [])
    for (let i = 0; i < r.rowCount; i++)
      for (let j = 0; j < r.colCount; j++) set.add(cellNumber({ row: r.row + i, col: r.col + j }));
  return set;
}

/** Variance lines beyond what OUR_OUTPUT_RE knows ("On target (95%)", "Within the band of ..."). */
const VARIANCE_RE = /^on target \(|^within the (band|target) of |\b(above|below) the (band|target) of /;

/**
 * A status word in the sheet's own wording, after one of our symbols or not: a rating phrase
 * (scoring/rating-words.ts: "Above target", "Off target", a key's bare "target", "Favourable", "On
 * track") or a direction key's "Not started". Those are the words detect/sheet-words.ts finds and
 * scoring/labels.ts writes. Single letters and figures ("95% target") are not.
 */
function sheetStatusWord(text: string): boolean {
  const word = text.replace(LEAD_BEFORE_WORD, '');
  if (A_NUMBER.test(word)) return false;
  const n = normaliseRating(word);
  return n.length > 1 && (ratingOf(word) !== null || n === 'not started');
}

/**
 * Text Scorelight could have written: a status or trend word of these rules or of the sheet (after a
 * symbol or not), a direction-of-travel word, our headers, a variance line. A fingerprint alone
 * could be forged by whoever edits the hidden sheet; with this, a forged one still cannot make a
 * table's headers or names ours.
 */
function readsLikeOurs(text: string, rules: Rules | undefined): boolean {
  const t = text.trim().toLowerCase();
  if (OUR_OUTPUT_RE.test(t) || VARIANCE_RE.test(t) || sheetStatusWord(t)) return true;
  if (!rules) return false;
  const looks = [...Object.values(rules.status), ...Object.values(rules.trends)];
  const directionWords = Object.values((rules.direction ?? defaultDirectionRules()).labels);
  const labels = [...looks.map((a) => a.label), ...directionWords]
    .filter((l): l is string => typeof l === 'string')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '');
  const symbols = looks.map((a) => a.symbol).filter((s) => typeof s === 'string' && s !== '');
  return labels.some((l) => t === l || symbols.some((s) => t === `${s} ${l}`.toLowerCase()));
}

export function reconcileOwnership(snapshot: SheetSnapshot, state: SheetState | undefined, rules?: Rules): Ownership {
  const writable = new Map<number, CellRef>();
  const clearable = new Set<number>();
  const changed: CellRef[] = [];
  const none = (): boolean => false;
  const edited = new Set<number>();
  const editedPrints = new Map<string, string>();
  const refused: CellRef[] = [];
  if (!state || state.owned.length === 0)
    return { writable, clearable, changed: [], edited, editedPrints, refused, state, oursByContent: none };
  const formulas = formulaCells(snapshot.formulaRanges);
  const prints: ReadonlyMap<string, string> = state.prints ?? new Map();
  // Every text we wrote on this sheet: a row deleted or inserted moves our own outputs onto each
  // other's addresses, and such a cell still holds exactly what Scorelight wrote.
  const written = new Set<string>();
  for (const a1 of state.owned) {
    const print = prints.get(a1);
    if (print !== undefined) written.add(print);
  }
  const keptOwned: string[] = [];
  const keptPrints = new Map<string, string>();
  for (const entry of state.owned) {
    if (!onSheet(entry, snapshot.name)) continue;
    const ref = parseA1(entry);
    if (!ref) continue;
    const key = cellNumber(ref);
    const a1 = toA1(ref);
    const value = snapshot.values[ref.row - snapshot.top]?.[ref.col - snapshot.left];
    const empty = value === undefined || value === null || value === '';
    if (formulas.has(key)) {
      changed.push(ref);
      continue;
    }
    const print = prints.get(a1);
    const same =
      print !== undefined &&
      (holdsPrint(value, print) || (typeof value === 'string' && written.has(fingerprint(value))));
    if (print !== undefined) {
      if (same && readsLikeOurs(value as string, rules)) {
        writable.set(key, ref);
        clearable.add(key);
        keptOwned.push(a1);
        keptPrints.set(a1, fingerprint(value as string));
      } else if (same && !empty) refused.push(ref);
      else if (!empty) {
        changed.push(ref);
        edited.add(key);
        // Kept in the state with what we wrote, so the next scoring still knows the cell is the user's.
        keptOwned.push(a1);
        keptPrints.set(a1, print);
        editedPrints.set(a1, print);
      }
    } else if (typeof value === 'string' && readsLikeOurs(value, rules)) {
      writable.set(key, ref);
      keptOwned.push(a1);
    } else if (!empty) {
      changed.push(ref);
      edited.add(key);
    }
  }
  return {
    writable,
    clearable,
    changed: compactCells(changed),
    edited,
    editedPrints,
    refused,
    state: { ...state, owned: keptOwned, prints: keptPrints },
    oursByContent: (value) =>
      typeof value === 'string' && value !== '' && written.has(fingerprint(value)) && readsLikeOurs(value, rules),
  };
}

/**
 * One warning per range of cells we wrote before that now hold something else, and per range the
 * saved state claims where this scoring writes nothing.
 */
export function changedWarnings(plan: WritePlan): Warning[] {
  const changed = (plan.changed ?? []).map((range) => ({
    sheet: plan.sheet,
    cell: range,
    message: `${range} held Scorelight's output but now holds something else (edited, or moved by inserted rows or columns), so Scorelight left it as it is.`,
  }));
  const ignored = (plan.ignoredClaims ?? []).map((range) => ({
    sheet: plan.sheet,
    cell: range,
    message: `${range} is recorded as Scorelight's, but this scoring writes no status, trend or variance there, so Scorelight left it as it is and forgot it (clear it yourself if it is an old result).`,
  }));
  return [...changed, ...ignored];
}
