/**
 * The workbook state as a grid of text cells for the very hidden sheet STATE_SHEET_NAME.
 *
 *   row 0:   "Scorelight state" | "v1" | "chunks N" | "chars L" | "fnv1a XXXXXXXX"
 *   row 1..N: "c" + chunk       | ""   | ...
 *
 * The JSON is escaped to ASCII (so no chunk boundary can split a character, and no host or XML
 * writer can mangle one) and cut into chunks that, with their prefix, fit in 30,000 characters
 * (Excel holds 32,767 per cell). The "c" prefix means no cell ever starts with "=", "+", "-" or
 * "@", so Excel never reads one as a formula, and no cell looks like a number, date or boolean.
 * Length and checksum in the header catch a truncated or edited sheet.
 */
import { parseA1, parseRangeA1 } from '../a1';
import type { CellRef } from '../snapshot';
import {
  blankUndoCell,
  compactCells,
  expandBudget,
  expandCells,
  expandOwned,
  isBlankUndo,
  onSheet,
  rangePrints,
  type ExpandBudget,
} from './compact';
import { rulesFromJson } from '../rules/json';
import { readRatingsHistory } from './ratings-history';
import type { Rules } from '../rules/types';
import type { SheetAnchor, SheetState, TableMapping, UndoCell, WorkbookState } from './types';

export const STATE_MARKER = 'Scorelight state';
export const STATE_FORMAT_VERSION = 1;
/** Most characters we put in one cell, prefix included. */
export const MAX_CELL_CHARS = 30_000;
export const CHUNK_PREFIX = 'c';

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

type Bag = Record<string, unknown>;

export function emptyState(): WorkbookState {
  return { version: 1, sheets: {} };
}

function emptySheetState(): SheetState {
  return { owned: [], mappings: [] };
}

/** Excel sheet names are case-insensitive: "Data" and "DATA" are one sheet. */
function sameSheet(a: string, b: string): boolean {
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

/** JSON with every non-ASCII code unit escaped: JSON.parse reads it back unchanged. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** FNV-1a 32-bit over UTF-16 code units: cheap, and enough to notice damage (not a security check). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The state as rows of text cells, rectangular so hosts can write it as one range. */
export function encodeState(state: WorkbookState): string[][] {
  const json = asciiJson(compactState(state));
  const size = MAX_CELL_CHARS - CHUNK_PREFIX.length;
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += size) chunks.push(CHUNK_PREFIX + json.slice(i, i + size));
  const header = [
    STATE_MARKER,
    `v${STATE_FORMAT_VERSION}`,
    `chunks ${chunks.length}`,
    `chars ${json.length}`,
    `fnv1a ${fnv1a(json)}`,
  ];
  const pad = header.length - 1;
  return [header, ...chunks.map((c) => [c, ...new Array<string>(pad).fill('')])];
}

/** The JSON form: owned cells and blank-before undo cells as A1 ranges (see compact.ts). */
function compactState(state: WorkbookState): unknown {
  const sheets: [string, unknown][] = [];
  for (const [name, s] of Object.entries(state.sheets)) {
    const owned = compactCells(s.owned.map(parseA1).filter((r): r is CellRef => r !== null));
    const { prints, looks, ...rest } = s;
    const out: Record<string, unknown> = { ...rest, owned };
    // Fingerprints per owned range, in the same order: a few characters per range of equal text.
    if (prints) out.ownedPrints = rangePrints(owned, prints);
    // Look codes the same way (a range with a cell lacking one gets none: undo compares its text only).
    if (looks) out.ownedLooks = rangePrints(owned, looks);
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

function cellString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** Reads "chunks 3" style header fields; undefined when absent. */
function headerField(header: string[], name: string): string | undefined {
  const re = new RegExp(`^${name}\\s*[:=]?\\s*(\\S+)$`, 'i');
  for (const h of header) {
    const m = re.exec(h.trim());
    if (m) return m[1];
  }
  return undefined;
}

/**
 * The grid back to a state. An empty grid is an empty state. Damage to the envelope (not ours, a
 * newer version, missing or altered chunks, bad JSON) is an error; a damaged field inside is dropped
 * with a warning, so one bad entry does not cost the rest. Never throws.
 */
export function decodeState(grid: unknown[][], options: DecodeOptions = {}): DecodeResult {
  try {
    return decodeGrid(grid, options);
  } catch (e) {
    // Defensive only: decodeGrid checks what it reads; a throw here is a bug, reported not raised.
    return {
      ok: false,
      error: `The saved Scorelight state could not be read: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function decodeGrid(grid: unknown[][], options: DecodeOptions): DecodeResult {
  if (!Array.isArray(grid)) return { ok: false, error: 'The saved Scorelight state is not a grid of cells.' };
  const rows = grid.map((r) => (Array.isArray(r) ? r.map(cellString) : []));
  const top = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (top < 0) return { ok: true, state: emptyState(), warnings: [] };
  const col = rows[top].findIndex((c) => c.trim() !== '');
  const header = rows[top].slice(col).map((c) => c.trim());
  if (header[0].toLowerCase() !== STATE_MARKER.toLowerCase()) {
    return {
      ok: false,
      error: `The ${JSON.stringify(header[0].slice(0, 40))} sheet content is not a Scorelight state (its first cell should read "${STATE_MARKER}").`,
    };
  }
  const version = /^v(\d+)$/i.exec(header[1] ?? '');
  if (!version) return { ok: false, error: 'The saved Scorelight state has no format version.' };
  if (Number(version[1]) !== STATE_FORMAT_VERSION) {
    return {
      ok: false,
      error: `The saved Scorelight state is format v${version[1]}; this version of Scorelight reads v${STATE_FORMAT_VERSION}. Update Scorelight.`,
    };
  }

  const declared = headerField(header, 'chunks');
  const expected = declared === undefined ? undefined : Number(declared);
  const chunks: string[] = [];
  for (let r = top + 1; r < rows.length; r++) {
    const c = rows[r][col] ?? '';
    if (c === '') {
      if (expected === undefined) break;
      continue;
    }
    if (!c.startsWith(CHUNK_PREFIX))
      return { ok: false, error: `The saved Scorelight state is damaged: row ${r + 1} is not one of its chunks.` };
    chunks.push(c.slice(CHUNK_PREFIX.length));
  }
  if (expected !== undefined && chunks.length !== expected) {
    return {
      ok: false,
      error: `The saved Scorelight state is incomplete: ${chunks.length} of ${declared} chunks found.`,
    };
  }
  const json = chunks.join('');
  const chars = headerField(header, 'chars');
  if (chars !== undefined && Number(chars) !== json.length) {
    return {
      ok: false,
      error: `The saved Scorelight state is damaged: ${json.length} characters where ${chars} were written.`,
    };
  }
  const sum = headerField(header, 'fnv1a');
  if (sum !== undefined && sum.toLowerCase() !== fnv1a(json)) {
    return {
      ok: false,
      error: 'The saved Scorelight state is damaged: its checksum does not match (was the hidden sheet edited?).',
    };
  }
  if (json === '') return { ok: true, state: emptyState(), warnings: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return {
      ok: false,
      error: `The saved Scorelight state is not valid JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return stateFromJson(parsed, options);
}

function isBag(v: unknown): v is Bag {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
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

function readSheetState(raw: unknown, name: string, budget: ExpandBudget, warnings: string[]): SheetState | null {
  const path = `sheets[${JSON.stringify(name)}]`;
  if (!isBag(raw)) {
    warnings.push(`${path}: not an object, dropped`);
    return null;
  }
  const s: SheetState = { owned: [], mappings: [] };
  if (Array.isArray(raw.owned)) {
    // Saved as ranges ("O5:Q5004"); single addresses read the same way. An entry naming another
    // sheet ("Other!B2") says nothing about this one.
    const codes: unknown[] = Array.isArray(raw.ownedPrints) ? raw.ownedPrints : [];
    const lookCodes: unknown[] = Array.isArray(raw.ownedLooks) ? raw.ownedLooks : [];
    const ranges: string[] = [];
    const rangeCodes: unknown[] = [];
    const rangeLooks: unknown[] = [];
    raw.owned.forEach((a, i) => {
      if (typeof a === 'string' && parseRangeA1(a) !== null && onSheet(a, name)) {
        ranges.push(a);
        rangeCodes.push(codes[i]);
        rangeLooks.push(lookCodes[i]);
      }
    });
    if (ranges.length !== raw.owned.length)
      warnings.push(`${path}.owned: entries that are not addresses on this sheet dropped`);
    // The look codes expand the same ranges again: measured against a copy, not charged twice.
    const looks = expandOwned(ranges, rangeLooks, { ...budget }).prints;
    const { cells, prints } = expandOwned(ranges, rangeCodes, budget);
    s.owned = cells;
    if (Array.isArray(raw.ownedPrints)) s.prints = prints;
    if (Array.isArray(raw.ownedLooks)) s.looks = looks;
  } else if (raw.owned !== undefined) warnings.push(`${path}.owned: not a list, dropped`);
  if (Array.isArray(raw.mappings)) {
    raw.mappings.forEach((m, i) => {
      const mapping = readMapping(m);
      if (mapping) s.mappings.push(mapping);
      else warnings.push(`${path}.mappings[${i}]: not a valid mapping, dropped`);
    });
  } else if (raw.mappings !== undefined) warnings.push(`${path}.mappings: not a list, dropped`);
  if (typeof raw.scoredAt === 'string') s.scoredAt = raw.scoredAt;
  if (typeof raw.id === 'string' && raw.id !== '') s.id = raw.id;
  if (Array.isArray(raw.anchors)) {
    const anchors = raw.anchors.filter(
      (a): a is SheetAnchor =>
        isBag(a) && typeof a.cell === 'string' && parseA1(a.cell) !== null && typeof a.print === 'string',
    );
    if (anchors.length === raw.anchors.length) s.anchors = anchors.map((a) => ({ cell: a.cell, print: a.print }));
    else warnings.push(`${path}.anchors: damaged, dropped`);
  }
  if (raw.undo !== undefined) {
    // Undo is all or nothing: a partial record would restore some cells and not others.
    const undo = Array.isArray(raw.undo) ? raw.undo.map(readUndoCell) : null;
    const blank = raw.undoBlank === undefined ? [] : Array.isArray(raw.undoBlank) ? raw.undoBlank : null;
    const blanks = blank
      ? expandCells(
          blank.filter((a): a is string => typeof a === 'string' && onSheet(a, name)),
          budget,
        ).map(blankUndoCell)
      : null;
    // A record cut short by the expansion allowance is a partial one: none at all is safer.
    const all = undo && blanks && !budget.exhausted ? [...blanks, ...undo] : null;
    if (all && all.every((u): u is UndoCell => u !== null)) s.undo = all;
    else warnings.push(`${path}.undo: damaged, "Undo last scoring" is not available for this sheet`);
  }
  return s;
}

const MAPPING_INDEXES = ['target', 'actual', 'polarity', 'status'] as const;

function readMapping(raw: unknown): TableMapping | null {
  if (!isBag(raw)) return null;
  const { range, orientation, name, headerCount } = raw;
  if (typeof range !== 'string' || (orientation !== 'rows' && orientation !== 'columns')) return null;
  if (!isIndex(name) || !isIndex(headerCount)) return null;
  const m: TableMapping = { range, orientation, name, headerCount };
  for (const k of MAPPING_INDEXES) {
    const v = raw[k];
    if (v === undefined) continue;
    if (!isIndex(v)) return null;
    m[k] = v;
  }
  if (raw.periods !== undefined) {
    if (!Array.isArray(raw.periods) || !raw.periods.every(isIndex)) return null;
    m.periods = raw.periods;
  }
  return m;
}

function readUndoCell(raw: unknown): UndoCell | null {
  if (!isBag(raw) || !isBag(raw.cell)) return null;
  const { row, col } = raw.cell;
  const { value, numberFormat, style } = raw;
  if (!isIndex(row) || !isIndex(col) || typeof numberFormat !== 'string') return null;
  if (typeof value !== 'string' && typeof value !== 'boolean' && !(typeof value === 'number' && Number.isFinite(value)))
    return null;
  const u: UndoCell = { cell: { row, col }, value, numberFormat };
  if (style !== undefined) {
    if (!isBag(style)) return null;
    const { fill, fontColor, bold } = style;
    if ((fill !== undefined && typeof fill !== 'string') || (fontColor !== undefined && typeof fontColor !== 'string'))
      return null;
    if (bold !== undefined && typeof bold !== 'boolean') return null;
    u.style = {};
    if (fill !== undefined) u.style.fill = fill;
    if (fontColor !== undefined) u.style.fontColor = fontColor;
    if (bold !== undefined) u.style.bold = bold;
  }
  return u;
}
